"""Sharing a message's characters among the pieces that want them.

Discord counts every character of an embed towards one 6,000-character total, so the renderer first
gives each citation what identifies it (its core) and then shares what is left. Cutting every piece to
a fixed fraction of its room instead cuts a date after a long party name as readily as a quote's last
words; sharing by what each piece still wants leaves the short pieces whole and cuts only the long tails.
"""

from __future__ import annotations

from collections.abc import Sequence


def fair_shares(wants: Sequence[int], room: int) -> list[int]:
    """Each want met in full when it is smaller than an even share, the rest split evenly among the larger
    ones, so that one long quote does not take what several short ones leave unused."""
    shares = [0] * len(wants)
    left = max(0, room)
    order = sorted(range(len(wants)), key=lambda i: wants[i])
    for position, i in enumerate(order):
        shares[i] = min(max(0, wants[i]), left // (len(wants) - position))
        left -= shares[i]
    return shares


def core_first(cores: Sequence[int], wants: Sequence[int], room: int) -> list[int]:
    """Budgets that give every piece its core before any piece gets more than its core; when even the cores
    do not fit, the cores themselves are shared, so the total still never exceeds ``room``."""
    if sum(cores) > room:
        return fair_shares(cores, room)
    extra = fair_shares([max(0, w - c) for c, w in zip(cores, wants, strict=True)], room - sum(cores))
    return [c + e for c, e in zip(cores, extra, strict=True)]
