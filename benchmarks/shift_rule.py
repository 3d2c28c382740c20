"""Fit the timeline's thresholds on shift_pairs_fit.jsonl and score the rule on shift_pairs_check.jsonl.

`python -m benchmarks.shift_rule` prints the fitted thresholds next to the ones in
index/answering/timeline.py, and how the rule does on both sets. A pair is {"topic", "speaker", "role",
"title", "earlier", "later_speaker", "later_role", "later_title", "later", "shift"}: two passages of one
party on one topic, who said each and the title of the article each is from, and whether the later one
departs from the earlier one. Each passage is encoded as the store encodes it (index/text/context: led by
its speaker, its article's title mixed in), because a shared speaker raises the cosine of two passages
that disagree. Every pair and headline is invented for this purpose.

Candidate thresholds are the midpoints between consecutive cosines of the fit set. SHIFT_BELOW is the
most accurate on pairs whose stances are not opposed, SHIFT_BELOW_OPPOSED on pairs whose stances are
(the rule is separable), the lower one among equally accurate ones, so that a marked shift can be
trusted. SAME_ABOVE is the lowest at which no shift of the fit set would be collapsed: a repeat shown
twice costs a line, a shift collapsed away hides the very thing the timeline is for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

from index.answering import timeline
from index.text import context
from index.text.stance import opposed

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "timeline"
FIT = DATA / "shift_pairs_fit.jsonl"
CHECK = DATA / "shift_pairs_check.jsonl"


@dataclass(frozen=True)
class Pair:
    earlier: str
    later: str
    shift: bool
    cosine: float

    @property
    def opposed(self) -> bool:
        return opposed(self.earlier, self.later)


@dataclass(frozen=True)
class Scores:
    pairs: int
    shifts: int
    marked: int
    right: int  # shifts marked that are shifts
    wrong: int  # shifts marked that are not
    collapsed_shifts: int  # shifts the same-thing rule would hide

    @property
    def accuracy(self) -> float:
        missed = self.shifts - self.right
        return (self.pairs - missed - self.wrong) / self.pairs

    def to_dict(self) -> dict:
        return {
            "pairs": self.pairs,
            "shifts": self.shifts,
            "marked": self.marked,
            "right": self.right,
            "wrong": self.wrong,
            "collapsed_shifts": self.collapsed_shifts,
            "accuracy": round(self.accuracy, 3),
        }


def load(path: Path, model: context.Encoder) -> list[Pair]:
    """The pairs with the cosine of their vectors, each made as the store makes a passage's."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    earlier = context.encode(
        model, [context.reading(r.get("speaker"), r.get("role"), r["earlier"], r.get("title")) for r in rows]
    )
    later = context.encode(
        model,
        [context.reading(r.get("later_speaker"), r.get("later_role"), r["later"], r.get("later_title")) for r in rows],
    )
    cosines = np.einsum("ij,ij->i", earlier, later)
    return [Pair(r["earlier"], r["later"], bool(r["shift"]), float(c)) for r, c in zip(rows, cosines, strict=True)]


def _candidates(pairs: list[Pair]) -> list[float]:
    values = sorted({p.cosine for p in pairs})
    return [(a + b) / 2 for a, b in pairwise(values)] + [values[-1] + 0.01]


def _best(candidates: list[float], score) -> float:
    best = max(score(t) for t in candidates)
    return min(t for t in candidates if score(t) == best)


def fit(pairs: list[Pair]) -> dict[str, float]:
    candidates = _candidates(pairs)
    plain = [p for p in pairs if not p.opposed]
    against = [p for p in pairs if p.opposed]

    def shift_accuracy(subset: list[Pair]):
        return lambda t: sum((p.cosine < t) == p.shift for p in subset)

    return {
        "SHIFT_BELOW": _best(candidates, shift_accuracy(plain)),
        "SHIFT_BELOW_OPPOSED": _best(candidates, shift_accuracy(against)),
        "SAME_ABOVE": min(t for t in candidates if all(p.cosine < t for p in pairs if p.shift)),
    }


def score(pairs: list[Pair]) -> Scores:
    """The rule as timeline.py applies it, with its own constants."""
    marked = [p for p in pairs if timeline.shifted(p.earlier, p.later, p.cosine)]
    collapsed = [p for p in pairs if p.shift and timeline.same_thing(p.earlier, p.later, p.cosine)]
    return Scores(
        len(pairs),
        sum(p.shift for p in pairs),
        len(marked),
        sum(p.shift for p in marked),
        sum(not p.shift for p in marked),
        len(collapsed),
    )


def main() -> None:
    from index.storage.embedder import Embedder

    embedder = Embedder.shared()
    embedder.load()
    fit_pairs, check_pairs = load(FIT, embedder), load(CHECK, embedder)
    fitted = fit(fit_pairs)
    print("| threshold | fitted | in timeline.py |\n| --- | --- | --- |")
    for name, value in fitted.items():
        print(f"| {name} | {value:.3f} | {getattr(timeline, name):.3f} |")
    print("\n| set | pairs | shifts | marked | right | wrong | shifts collapsed | accuracy |\n| --- |" + " --- |" * 7)
    for name, pairs in (("fit", fit_pairs), ("check (not fitted on)", check_pairs)):
        s = score(pairs)
        print(
            f"| {name} | {s.pairs} | {s.shifts} | {s.marked} | {s.right} | {s.wrong} | {s.collapsed_shifts} | "
            f"{s.accuracy:.3f} |"
        )


if __name__ == "__main__":
    main()
