"""A speaker's party: a known person's, else the affiliation the role names, else the one a descriptive name
names ("a Downing Street spokesperson"), else the one the article gives the speaker elsewhere (the title before
their name, an appositive after it, "the official" the article introduced before, the workers or officials the
paragraph before describes); None when nothing says."""

from __future__ import annotations

import re
from functools import cached_property

from index.text.gazetteer import Match, normalise
from index.text.names import BODY_DESCRIPTION, is_name_word
from index.text.parties.officials import Officials
from index.text.parties.patterns import (
    BACK_REFERENCE,
    BACK_REFERENCE_REACH,
    BARE_PARTY_ROLE,
    BARE_SPOKESPERSON,
    COUNTERPART_OF_SIDE,
    COUNTRY_ROLE,
    CURRENT_POST,
    DATELINE,
    DEFINITE,
    DESCRIBED_SIDE_SPEAKS,
    FOR_SIDE,
    FORMER,
    GOVERNMENT_OFFICE,
    HEAD_OF,
    ITS_TITLE,
    LEDE_SUBJECT,
    MILITARY_RANK,
    MINISTRY_ROLE,
    NATIONALITY_ONLY,
    NO_POSITION_ORG,
    NONE,
    OFFICIALS_OF,
    ORG_NAME,
    ORG_SUFFIX,
    OWNED,
    PAIR_CLAUSE,
    PERSON_NAME,
    POSSESSIVE_STAFF,
    REGION_NOUN,
    RELATIVE_CLAUSE,
    REPRESENTING_AFTER,
    SHADOW,
    SIDE_BY_ITS_SORT,
    SPEAKING_FOR,
    SPEAKING_FOR_AFTER,
    STAFF,
    STATES_OWN_BODY,
    TITLE_WORDS,
    TWO_NAMES,
    UNNAMED_OFFICIAL,
    WORKERS,
    WORKERS_WINDOW,
)
from index.text.parties.politicians import Politicians
from index.text.parties.titles import (
    appositive_after,
    coordinated_title,
    description_before_title,
    is_descriptive,
    month_named,
    outside_quotes,
    title_before,
)


class Speakers(Politicians, Officials):
    """`of_speaker` and `holds_no_position`, and the readings of the article they fall back on."""

    def of_speaker(self, speaker: str | None, role: str | None) -> str | None:
        """The party a speaker speaks for: a known person's, else the affiliation the role names, else the
        one a descriptive name names ("a Downing Street spokesperson"), else the one the article gives
        the speaker elsewhere; None when nothing says."""
        party = self._speaker(speaker, role)
        return None if party == NONE else party

    def holds_no_position(self, speaker: str | None, role: str | None) -> bool:
        """An analyst, an outlet or a former official: someone who describes positions without holding one."""
        return self._speaker(speaker, role) == NONE

    def _speaker(self, speaker: str | None, role: str | None) -> str | None:
        """The speaker's party, NONE for one who holds no position, None when nothing says: a known person's,
        then ties and ranks, then what the role or a description names, then what the article says of the
        speaker elsewhere, then the state a bare title serves."""
        known = self.aliases.person(speaker)
        if known and not self._unlisted_in_party_talks(speaker, known):
            return self._known_persons_party(speaker, role, known)
        if self.document is not None and speaker in self.document.halves and role is None:
            return self.document.halves[speaker]  # "The South said": half of the divided country the article names
        listed = self._member_in_party_talks(speaker)
        if listed:
            return listed
        bracketed = self._party_in_brackets(speaker) or self._us_party_tied(speaker) or self._party_tied(speaker)
        if bracketed:
            return bracketed
        if role and SHADOW.match(role):
            return self._opposition()
        if role and self.document is not None and MILITARY_RANK.fullmatch(role.strip()):
            force = self._its_titled(speaker) or self._one_military() or self._dateline_military()
            if force:
                return force
        if speaker and role and BODY_DESCRIPTION.match(role) and speaker in self._organisations():
            return self._organisation(speaker)  # "Agrivan, a lobby group for cereal growers": its own side
        at = self._first_mention(speaker)
        if speaker is None and role and POSSESSIVE_STAFF.search(role):
            staffed = self._principals(role)  # "May's spokesman" unnamed: whose spokesman, by name first
            if staffed or month_named(role):
                return staffed
        if speaker and role is None and UNNAMED_OFFICIAL.match(speaker):
            introduced = self._official_of_sentence(speaker)
            if introduced:
                return introduced
        if speaker is None and role and TWO_NAMES.fullmatch(role):
            return self._pair_described(role)
        if speaker and role is None and MINISTRY_ROLE.match(speaker):
            subject = self._sentence_subject_state(speaker)
            if subject:
                return subject
        if speaker and role is None and BARE_PARTY_ROLE.match(speaker) and is_descriptive(speaker):
            spokesman = self._party_named_last(speaker)
            if spokesman:
                return spokesman
        region = self._region_in_title(role) or self._own_region(role)
        if region:
            return region
        spoken_for = self._spoken_for(speaker)
        if spoken_for:
            return spoken_for
        if speaker and role and NATIONALITY_ONLY.match(role) and self.document is not None:
            post = self._post_before_name(speaker)
            if post:
                return post
        for text in (role, speaker if is_descriptive(speaker) else None):
            if text:
                found = self.affiliation(text, at if text is role else self._described_at(text))
                if found:
                    return found
        elsewhere = self._named_elsewhere(speaker, role)
        if elsewhere:
            return elsewhere
        if role and at is not None and self.document is not None and BARE_SPOKESPERSON.fullmatch(role):
            return self._spokesperson_for_before(at) or self._organisation_before(at)
        return (
            self._dateline_official(role or (speaker if is_descriptive(speaker) else None), at, speaker)
            or self._lawmakers_country(role, at)
            or self._regional_government(role)
            or self._mayors_city(role)
        )

    def _counterpart_before(self, speaker: str) -> str | None:
        """ "Liz Truss had to apologise to her Australian counterpart as talks began. ¶ Her staff had told Dan
        Tehan …": a person the article names without a role, in the paragraph right after one that speaks of
        someone's counterpart of one country (or in the same one), is that counterpart."""
        at = self._first_mention(speaker)
        if at is None:
            return None
        text = self._article_text
        own = text.rfind("\n\n", 0, at)
        start = text.rfind("\n\n", 0, own) if own > 0 else -1
        window = text[max(start, 0) : at]
        found = {
            m.alias.party
            for c in COUNTERPART_OF_SIDE.finditer(window)
            for m in self._found(c.group("side"))
            if m.alias.party and self.aliases.kind(m.alias.party) == "country" and m.alias.form == "demonym"
        }
        return found.pop() if len(found) == 1 else None

    def _sentence_naming(
        self, name: str, text: str, ends: tuple[str, ...] = (". ", "\n")
    ) -> tuple[int, re.Match[str]] | None:
        """Where the sentence that first names `name` starts in `text` (the article, or a view of it of the same
        length such as `outside_quotes`), with that first mention: the rules that read a speaker's own sentence
        all start from it."""
        first = next(self._named_at(normalise(name)), None)
        if first is None:
            return None
        return max(text.rfind(end, 0, first.start()) for end in ends) + 1, first

    def _official_of_sentence(self, speaker: str) -> str | None:
        """ "With the Lebanese government reviewing the draft, an official following the talks said …", "Another
        government official said Lebanon was …": an unnamed official comes in with the one government the
        sentence names, or, called a government official, with the one country it names outside quotes."""
        if self.document is None:
            return None
        text = outside_quotes(self._article_text)
        opening = self._sentence_naming(speaker, text)
        if opening is None:
            return None
        start, first = opening
        stop = re.compile(r"[.!?](?:\s|$)").search(text, first.end())
        sentence = text[start : stop.start() if stop else len(text)]
        named = [
            m
            for m in self._found(sentence)
            if m.alias.party
            and self.aliases.kind(m.alias.party) == "country"
            and m.alias.form in ("name", "demonym", "place")
        ]
        governments = {m.alias.party for m in named if re.match(r"['’]?s?\s+government\b", sentence[m.end :], re.I)}
        if len(governments) == 1:
            return governments.pop()
        countries = {m.alias.party for m in named}
        government = re.search(r"\bgovernment\b", speaker, re.IGNORECASE)
        return countries.pop() if government and len(countries) == 1 else None

    def _pair_described(self, pair: str) -> str | None:
        """ "Co-chairs of the union's committee, Dr X and Dr Y, wrote", "X and Y, who chair the union's committee,
        said": two people who speak together speak for the body their shared description names."""
        if self.document is None:
            return None
        text = self._article_text
        opening = self._sentence_naming(pair, text)
        if opening is None:
            return None
        start, first = opening
        before = text[start : first.start()]
        after = PAIR_CLAUSE.match(text, first.end())
        for description in (before.strip(" ,") if before.rstrip(" ").endswith(",") else None, after and after["what"]):
            found = self.affiliation(description, start) if description else None
            if found:
                return found
        return None

    def _sentence_subject_state(self, speaker: str) -> str | None:
        """ "France welcomed the envoys' appointment, the Foreign Ministry said in a statement": a ministry the
        article first brings in to report what the country opening that sentence did is that country's, not the
        ministry of another state the article named earlier."""
        if self.document is None:
            return None
        text = self._article_text
        named = self._sentence_naming(speaker, text, (". ", "\n", "? ", "! "))
        if named is None:
            return None
        start, first = named
        opening = text[start : first.start()].lstrip(" \"“‘'")
        found = [m for m in self._found(opening) if m.alias.party and m.alias.form in ("name", "place")]
        if not found or found[0].start != 0:
            return None
        party = found[0].alias.party
        if party is None or self.aliases.kind(party) != "country":
            return None
        follows = opening[found[0].end :]
        return None if re.match(r"\s*(?:and|or|,)\s", follows) else party

    def _known_persons_party(self, speaker: str | None, role: str | None, known: str) -> str:
        """A person the gazetteer lists: none for a post that is over, else a later post or party the text
        gives them, a politician's party, the country a government office states, or the listed party."""
        if role and FORMER.match(role) and not CURRENT_POST.search(role) and not self._titled_now(speaker):
            return NONE  # "Former EU Brexit negotiator Michel Barnier": the post the gazetteer lists is over
        post = self._organisation_post(role, known)
        if post:
            return post
        if self.aliases.kind(known) != "country" and known not in self.table.political:
            known = self._party_tied(speaker) or self._role_party(role) or known  # a later post the gazetteer lists
        return self._politicians_party(speaker, role, known) or self._stated_country(role, known) or known

    def _unlisted_in_party_talks(self, speaker: str | None, known: str) -> bool:
        """ "George Osborne" in an article on the Conservatives' and Liberal Democrats' coalition talks: the
        gazetteer lists him under his state, which is no side in talks among its own parties, and under no
        party, so what the article says of him places him, as it does a person the gazetteer does not know."""
        return (
            self.document is not None
            and self.document.party_talks == known
            and self.aliases.kind(known) == "country"
            and self._member(speaker) is None
        )

    def _organisation_post(self, role: str | None, known: str) -> str | None:
        """ "IMF chief Christine Lagarde", "UN envoy Tony Blair": people move between governments and
        organisations, so a post the text gives a listed person in an organisation whose office holders the
        gazetteer lists is the side they speak for; a role that also names a state ("African Union chairman and
        Angolan President") or that is their listed party's own leaves the listing to decide."""
        if not role or GOVERNMENT_OFFICE.search(role):
            return None  # "the minister for EU relations": a state's office over the affairs of an organisation
        found = self.affiliation(role)
        if (
            not found
            or found in (NONE, known)
            or found in self.table.political
            or self.aliases.kind(found) != "organisation"
            or found not in self.aliases.staffed
        ):
            return None
        named = {m.alias.party for m in self._found(role) if m.alias.party}
        return None if any(self.aliases.kind(p) == "country" for p in named) else found

    def _named_elsewhere(self, speaker: str | None, role: str | None) -> str | None:
        """What the speaker's name says (an institution: "the Kremlin said"), or what the article says of the
        speaker where it names them; for "the official" with no role, the description it was introduced by."""
        if speaker and not is_descriptive(speaker):
            named = self._named_speaker(speaker)
            if named:
                return named
            if self.document is not None:
                found = self._from_document(speaker, role)
                found = (None if role else self._lede_office_over_party(speaker, found)) or found
                found = found or (None if role else self._lede_subject(speaker))
                found = found or (None if role else self._counterpart_before(speaker))
                if found:
                    return found
        definite = DEFINITE.match(speaker) if speaker and role is None else None
        if speaker and definite:
            earlier = self._introduced_as(speaker, definite.group("head")) or (
                self._named_just_before(speaker) if definite.group("head") in BACK_REFERENCE else None
            )
            if earlier:
                return earlier
        return None

    def _lede_subject(self, speaker: str) -> str | None:
        """ "The European Union's special envoy to the talks headed a delegation … ¶ Miroslav Lajcak said …",
        "QUITO — A senior commander of Colombia's smaller rebel group said … ¶ Aurelio Pardo said …": a paragraph
        that opens with a name the article describes nowhere else names the official the paragraph before opened
        with (after its dateline), as wire ledes do."""
        assert self.document is not None
        text = self._article_text
        at = self._first_mention(speaker)
        opening = text.rfind("\n\n", 0, at) if at is not None else -1
        if at is None or opening < 0 or not re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,2}", text[opening + 2 : at]):
            return None  # the name, or its surname after a given name ("Kemi Badenoch"), opens the paragraph
        at = opening + 2
        previous = (
            text[text.rfind("\n\n", 0, at - 2) + 2 : at - 2] if text.rfind("\n\n", 0, at - 2) >= 0 else text[: at - 2]
        )
        dateline = DATELINE.match(previous)
        m = LEDE_SUBJECT.match(previous[dateline.end() :].lstrip() if dateline else previous)
        found = self.affiliation(m.group(0)) if m else None
        return None if found == NONE else found

    def _lede_office_over_party(self, speaker: str, party: str | None) -> str | None:
        """ "Britain's trade minister heads to the Gulf … ¶ Kemi Badenoch is due to …", then "Badenoch, a
        Conservative ex-accountant,": in talks between states a minister speaks for the state whose office the lede
        gives them, not for the party the article mentions in passing; where a country's parties negotiate
        among themselves (coalition talks) the party stands."""
        assert self.document is not None
        if party not in self.table.political or self.document.party_talks is not None:
            return None
        state = self._lede_subject(speaker)
        return state if state in self.table.political[party] else None

    def _named_just_before(self, speaker: str) -> str | None:
        """ "Secretary Finance Hamid Shaikh told media persons … ¶ The official also acknowledged …": "the
        official" or "the spokesperson" that no "an official" introduced is the titled person the article
        named last before it, whose party it takes."""
        if self.document is None:
            return None
        text = self._article_text
        first = re.search(rf"\b{re.escape(normalise(speaker))}\b", text, re.IGNORECASE)
        if first is None:
            return None
        window = text[max(0, first.start() - BACK_REFERENCE_REACH) : first.start()]
        names = []
        for m in PERSON_NAME.finditer(window):
            words = list(re.finditer(r"\S+", m.group("name")))
            while words and not all(is_name_word(w.group(0)) for w in words if w.group(0)[:1].isupper()):
                words = words[1:]  # "Foreign Ministry Aykhan Hajizada": the title is not part of the name
            if len(words) > 1:
                names.append((m.start("name") + words[0].start(), m.end()))
        for start, end in reversed(names[-3:]):
            title = title_before(window[:start]) or appositive_after(window[end:])
            if not title or not any(w.casefold().strip(".,") in TITLE_WORDS for w in title.split()):
                continue
            found = self._speaker(window[start:end], title)
            if found and found != NONE:
                return found
        return None

    def _introduced_as(self, speaker: str, head: str) -> str | None:
        """ "“…,” the diplomat said" after "a remark that one EU diplomat said had been noted": the party of
        the description the article introduced that person with before, when every such description agrees;
        "Theresa May's spokesman … ¶ The spokesman told reporters" introduces the same way. "A source with
        the group" printed after "the source said" introduces someone else."""
        if self.document is None:
            return None
        text = self._article_text
        first = re.search(rf"\b{re.escape(normalise(speaker))}\b", text, re.IGNORECASE)
        pattern = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.'-]+\s+){{0,4}}?{re.escape(head)}\b"
        possessive = (
            rf"(?:[A-Z][\w.-]*\s+){{0,4}}[A-Z][\w.-]*'s\s+(?:official\s+|chief\s+|press\s+)?{re.escape(head)}\b"
        )
        found = set()
        for m in re.finditer(f"{pattern}|{possessive}", text[: first.start() if first else 0]):
            party = self._principals(m.group(0)) if "'s " in m.group(0) else self.affiliation(m.group(0))
            if party:
                found.add(party)
        return found.pop() if len(found) == 1 and NONE not in found else None

    def _titled_now(self, speaker: str | None) -> bool:
        """Whether the article also gives this person a title that is not a former one ("U.S. President Joe
        Biden" beside "former President Joe Biden"): it then speaks of their time in office too."""
        if self.document is None or not speaker:
            return False
        text = self._article_text
        for m in re.finditer(rf"\b{re.escape(normalise(speaker))}\b", text):
            before = text[max(0, m.start() - 120) : m.start()]
            title = title_before(before)
            if (
                title
                and not FORMER.match(title)
                and not re.search(r"\b(?:former|ex-)", title, re.IGNORECASE)
                and not _former_before(before, title)
            ):
                return True
        return False

    def _named_speaker(self, speaker: str) -> str | None:
        """A speaker that is an institution rather than a person: "the Kremlin", "Hamas", "Halcyon Aerospace". A
        listed person's own name is no institution (`_speaker` has weighed their listing already)."""
        found = [m for m in self._found(speaker) if m.alias.form != "ambiguous" and not _whole_person(m, speaker)]
        if found and (found[0].start <= 4 or re.match(r"^(?:the|a|an)\s", speaker, re.IGNORECASE)):
            return found[0].alias.party or NONE
        if POSSESSIVE_STAFF.search(speaker):
            return self._principals(speaker)
        if ORG_SUFFIX.search(speaker) or NO_POSITION_ORG.search(speaker):
            return self._organisation(speaker)
        if self._staffed(speaker):
            return self._organisation(speaker)
        return None

    def _organisations(self) -> dict[str, str]:
        return self.document.organisations if self.document is not None else {}

    def _principals(self, staff: str) -> str | None:
        """ "Prime Minister Theresa May's spokesman", "PM May's spokesman": the side of the person whose
        spokesman it is, by name first (a title before a surname is no organisation called "May")."""
        principal = re.split(r"['’]s\s", staff, maxsplit=1)[0]
        by_name = self.aliases.person(principal) or self._named_in_full(principal.split()[-1])
        return by_name if by_name or month_named(staff) else self.affiliation(staff)

    def _named_in_full(self, surname: str) -> str | None:
        """ "PM May" where the article prints "Theresa May": the known person the article names in full
        with that surname (a surname that is also a word, like May, is in no surname list)."""
        if self.document is None:
            return None
        found = {
            m.alias.party
            for m in self._article_names
            if m.alias.form == "person" and m.alias.party and m.alias.text.split()[-1] == surname
        }
        return found.pop() if len(found) == 1 else None

    def _staffed(self, name: str) -> bool:
        """ "Boeing said" where the article also prints "a Boeing spokesperson" or "Boeing's chief
        executive": a name that has staff speaking for it is an organisation, not a person's surname."""
        if self.document is None or len(name.split()) > 3 or not name[:1].isupper():
            return False
        name = normalise(name)
        headed = re.compile(rf"{re.escape(name)}(?![\w-])")
        return bool(
            next(self._named_at(name, rf"\s+{STAFF}"), None)
            or next(self._named_at(name, rf"'s\s+{OWNED}"), None)
            or any(headed.match(self._article_text, at) for at in self._article_heads_of)
        )

    @cached_property
    def _article_heads_of(self) -> list[int]:
        """Where a name can follow "CEO of" (chief executive, chairman, chairwoman) in the bound article."""
        return [m.end() for m in HEAD_OF.finditer(self._article_text)]

    def _party_named_last(self, description: str) -> str | None:
        """ "And a party spokesman said …": an unnamed officer of "the party" speaks for the political party the
        article named last before him, as "the party" would mean it, however many paragraphs back."""
        if self.document is None:
            return None
        at = self._article_text.find(normalise(description))
        if at < 0:
            return None
        found = [
            m.alias.party
            for m in self._found(self._article_text[max(0, at - 2000) : at])
            if m.alias.party in self.table.political
        ]
        return found[-1] if found else None

    def _described_at(self, description: str) -> int | None:
        """Where the article first writes a description that says "the region's", which means the state or
        territory that spoke last before that."""
        state = COUNTRY_ROLE.search(description)
        if self.document is None or not state or not REGION_NOUN.search(state.group(0)):
            return None
        found = next(self._named_at(normalise(description)), None)
        return found.start() if found else None

    def _first_mention(self, speaker: str | None) -> int | None:
        if self.document is None or not speaker or is_descriptive(speaker):
            return None
        found = next(self._named_at(normalise(speaker)), None)
        return found.start() if found else None

    def _from_document(self, speaker: str, role: str | None = None) -> str | None:
        """The affiliation the article gives the speaker where it names them: the title before the name
        ("Iran's Foreign Ministry spokesman Esmaeil Baghaei") or the appositive after it ("Baghaei, the
        foreign ministry spokesman,"). Someone the article gives a role ("The governor, X,") is no
        rank-and-file worker, whatever the paragraph before describes; a clause about them ("X, who has worked
        on the ward for nineteen years,") gives no role."""
        assert self.document is not None
        text = self._article_text
        described = bool(role)
        for m in self._named_at(normalise(speaker)):
            before = text[max(0, m.start() - 120) : m.start()]
            for phrase in (
                title_before(before),
                appositive_after(text[m.end() : m.end() + 160]),
                coordinated_title(before),
                description_before_title(before),
            ):
                if phrase:
                    described = described or not RELATIVE_CLAUSE.match(phrase)
                    found = self.affiliation(phrase, m.start())
                    if found:
                        return found
            if ITS_TITLE.search(before):
                found = self._body_before(m.start())
                if found:
                    return found
            side = FOR_SIDE.match(text[m.end() : m.end() + 80])
            found = self.affiliation(side.group("side"), m.end()) if side else None
            if found and found != NONE:
                return found  # "Andreas Kyprianidis for the Greek Melorians", "Aydemir, for the Turkish Melorians,"
        return None if described else (self._one_of_the_workers(speaker) or self._one_of_the_officials(speaker))

    def _spoken_for(self, speaker: str | None) -> str | None:
        """ "Speaking for the bloc, Palau's ambassador, X, told the plenary", "X, speaking on behalf of the G77
        and China, said", "X, a retired ambassador, is representing Pakistan at the talks": whom the person speaks
        for outweighs the post they hold, or held, at home; "the bloc" or "the group" is the body the article named
        last before."""
        if self.document is None or not speaker:
            return None
        text = self._article_text
        for m in self._named_at(normalise(speaker)):
            start, end = m.start(), m.end()
            opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
            found = list(SPEAKING_FOR.finditer(text[opening:start]))
            side, at = (
                (found[-1], opening)
                if found
                else (SPEAKING_FOR_AFTER.match(text[end : end + 120]) or self._representing(text[end : end + 200]), end)
            )
            if side is None:
                continue
            if SIDE_BY_ITS_SORT.fullmatch(side.group("side")):
                party = self._organisation_before(at + side.start())
            else:
                party = self.affiliation(side.group("side"), at + side.start("side"))
            if party and party != NONE:
                return party
        return None

    def _representing(self, after: str) -> re.Match[str] | None:
        """ "X, a retired ambassador, is representing Pakistan at the talks", "X, who represents the government,": the
        side the person sits for at the table, where it is the article's government or one the gazetteer knows, so
        that an MP "representing Bristol West" is no party of that name."""
        m = REPRESENTING_AFTER.match(after)
        if m is None:
            return None
        side = m.group("side")
        return m if side.casefold() == "the government" or self.aliases.text_matcher.find(side) else None

    def _post_before_name(self, speaker: str) -> str | None:
        """ "the UN's personal envoy, Ingrid Halvorsen, a Norwegian diplomat": the post the article names right
        before the person, for a body ("Its lead negotiator, X" after the bloc is named), which says whom they
        speak for where the appositive after the name only gives their nationality."""
        assert self.document is not None
        text = self._article_text
        for m in self._named_at(normalise(speaker)):
            before = text[max(0, m.start() - 120) : m.start()]
            title = title_before(before)
            found = self.affiliation(title, m.start()) if title else None
            if not found and ITS_TITLE.search(before):
                found = self._organisation_before(m.start())
            if found and found != NONE:
                return found
        return None

    def _one_of_the_officials(self, speaker: str) -> str | None:
        """ "Officials of the Harbour Drivers Union said they were unhappy … “…,” Rona Vell said": a person
        the article names in full with no role, quoted in the paragraph right after officials of one body
        speak, is one of them."""
        assert self.document is not None
        at = self._first_mention(speaker)
        if at is None or len(speaker.split()) < 2:
            return None
        text = self.document.text
        own = text.rfind("\n\n", 0, at)
        previous = text.rfind("\n\n", 0, own) if own > 0 else -1
        found = {
            self.affiliation(f"officials of {m.group('org')}")
            for m in OFFICIALS_OF.finditer(text[max(previous, 0) : at])
        }
        found.discard(None)
        found.discard(NONE)
        return found.pop() if len(found) == 1 else None

    def _one_of_the_workers(self, speaker: str) -> str | None:
        """ "A few plant workers holding placards at the gate … '…,' said 47-year-old Dana Pruitt": a person
        the article gives no role, quoted right after it describes striking workers, is one of them, and
        on the side of the union the article names. A one-word name is no such person: the article names
        its workers in full, and "Stellantis" after the strikers is the company they strike against."""
        assert self.document is not None
        union = self.document.generic.get("union")
        at = self._first_mention(speaker)
        if not union or at is None or len(speaker.split()) < 2:
            return None
        text = self.document.text
        own = text.rfind("\n\n", 0, at)
        previous = text.rfind("\n\n", 0, own) if own > 0 else -1
        window = text[max(previous, at - WORKERS_WINDOW, 0) : at]  # this paragraph and the one before it
        return union if WORKERS.search(window) else None

    def _its_titled(self, speaker: str | None) -> str | None:
        """ "Cambodia's defence ministry rejected that. Its spokeswoman, Lt. Gen. X, said": an officer the
        article introduces by "its" title speaks for the body named before, whatever armed force the rank
        alone would suggest."""
        if not speaker or self.document is None:
            return None
        text = self._article_text
        for m in self._named_at(normalise(speaker)):
            if ITS_TITLE.search(text[max(0, m.start() - 120) : m.start()]):
                return self._body_before(m.start())
        return None

    def _body_before(self, at: int) -> str | None:
        """What "its" in "its spokeswoman, X" means: the organisation named last before, or a state's own body
        ("Cambodia's defence ministry", "the Thai army") named after any organisation, which is the state."""
        assert self.document is not None
        window = self.document.text[max(0, at - 400) : at]
        bodies = list(STATES_OWN_BODY.finditer(window))
        if bodies and self._last_organisation(window[bodies[-1].end() :]) is None:
            state = self.affiliation(bodies[-1].group(0))
            if state and state != NONE and self.aliases.kind(state) == "country":
                return state
        return self._last_organisation(window)

    def _spokesperson_for_before(self, at: int) -> str | None:
        """ "A spokesman for the Larsen Mediation Initiative said …" then "… said spokesman Piet Vos": wire copy
        names the office and its body first and the holder after, so a bare spokesperson speaks for the body
        the last such phrase before them names, even one the gazetteer does not know."""
        assert self.document is not None
        window = outside_quotes(self.document.text[max(0, at - 600) : at])
        found = [self.affiliation(m.group(0)) for m in SPOKESPERSON_FOR.finditer(window)]
        return found[-1] if found and found[-1] != NONE else None

    def _organisation_before(self, at: int) -> str | None:
        """The organisation an article named last before a position, which "its president" belongs to."""
        assert self.document is not None
        return self._last_organisation(self.document.text[max(0, at - 400) : at])

    def _last_organisation(self, window: str) -> str | None:
        named = [
            m
            for m in self._found(window)
            if m.alias.party
            and m.alias.form not in ("person", "surname")
            and self.aliases.kind(m.alias.party) != "country"
        ]
        if named:
            return max(named, key=lambda m: m.start).alias.party
        described = list(DESCRIBED_SIDE_SPEAKS.finditer(outside_quotes(window)))
        return re.sub(r"\s+", " ", described[-1].group("side")) if described else None  # "The hospitals said"


# "a spokesman for the Larsen Mediation Initiative", "a spokeswoman for Veltrix": the office and its body.
SPOKESPERSON_FOR = re.compile(rf"\b[Ss]pokes(?:man|woman|person)\s+for\s+(?:the\s+)?{ORG_NAME}")


def _former_before(before: str, title: str) -> bool:
    """ "… said former prime minister Tony Blair": the title reader keeps "former" only where it is capitalised
    ("Former Prime Minister"), so the word just before the title it read says whether the post is over."""
    at = before.rfind(title)
    return at >= 0 and bool(re.search(r"\b(?:former|ex-|onetime|one-time|erstwhile)\s*$", before[:at], re.IGNORECASE))


def _whole_person(m: Match, speaker: str) -> bool:
    """Whether a name found in the speaker is a listed person's and is all of it ("George Osborne")."""
    return m.alias.form in ("person", "surname") and m.start == 0 and m.end == len(speaker)
