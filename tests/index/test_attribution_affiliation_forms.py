"""Ways real outlets state a speaker's side that the older rules misread or filled wrongly (the twenty-fifth real
scan): a delegate "of" a country, a rebel group named whole after "of the", a spokesman whose body an earlier
sentence named, a person's name in a role, a worker quoted by trade, a country qualifying a rebel side, and "They
said" after a group. Every sentence and name here is written for the test."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_a_delegate_of_a_country_does_not_make_it_the_state_of_a_bare_title(parties):
    """ "Ana Ruiz of Panama said" is a delegate speaking, not Panama speaking as a state: the chair of the
    talks, "President Tomas Ebbe", is nobody's president of Panama, and gets no party rather than Panama's."""
    drafts = passages(
        "Delegates from Kenya, Norway and Peru left the treaty talks in Busan without a deal on Sunday.\n\n"
        "“This text is far too thin for us to sign,” Ana Ruiz of Panama said in the closing session.\n\n"
        "President Tomas Ebbe said the week had moved things on, but admitted that “two questions remain open "
        "before anyone can put a name to the text.”",
        parties,
    )
    assert one(drafts, "far too thin").party == "Panama"
    chair = one(drafts, "two questions remain open")
    assert (chair.speaker, chair.party) == ("Tomas Ebbe", None)


def test_the_government_of_a_country_still_speaks_as_that_state(parties):
    drafts = passages(
        "The Government of Peru said on Monday that the border talks would resume in May.\n\n"
        "Foreign Minister Ana Quispe said: “We have every reason to expect a settlement this year.”",
        parties,
    )
    assert one(drafts, "every reason to expect").party == "Peru"


def test_a_rebel_group_after_of_the_is_named_whole(parties):
    """ "Karim Nassar, of the Karama Army rebel group," speaks for the Karama Army: "Army" ends the group's name
    here, and dropping it as a title would make him speak for a body called "Karama"."""
    drafts = passages(
        "The talks in the capital were postponed by a day.\n\n"
        "Karim Nassar, of the Karama Army rebel group, said the truce had to come first.\n\n"
        '"Our list of demands is still the starting point for any round," Nassar told reporters.',
        parties,
    )
    assert one(drafts, "starting point for any round").party == "Karama Army"


def test_a_bare_spokesperson_speaks_for_the_body_an_earlier_spokesperson_for_named(parties):
    """Wire copy names the office and its body first ("A spokesman for the Larsen Mediation Initiative said")
    and its holder after ("said spokesman Piet Vos"): the named spokesman is that body's."""
    drafts = passages(
        "A spokesman for the Larsen Mediation Initiative said both armed groups had named envoys for Oslo.\n\n"
        "“Our aim is one table with every armed group and the ministers around it by spring,” said "
        "spokesman Piet Vos.",
        parties,
    )
    vos = one(drafts, "one table with every armed group")
    assert (vos.speaker, vos.party) == ("Piet Vos", "Larsen Mediation Initiative")


def test_a_bare_spokesperson_takes_no_side_from_a_think_tank_before(parties):
    drafts = passages(
        "A spokesman for the Centre for Maritime Studies said the talks could take months.\n\n"
        "“We will not sign anything before the quotas are settled,” said spokeswoman Mara Lind.",
        parties,
    )
    assert one(drafts, "quotas are settled").party is None


def test_a_person_the_article_names_is_not_a_body_a_role_belongs_to(parties):
    """ "a member of Machar's delegation", "a Machar aide": Machar is the person the lede names ("Riek Machar"),
    not a body called "Machar"; with no listing saying whose side he leads, the member gets no party. A
    leader the gazetteer knows still gives his state."""
    lede = "The government and forces loyal to former vice president Riek Tong Machar met in Nairobi.\n\n"
    for role in ("a member of Machar's delegation", "a Machar aide", "a member of Riek Tong Machar's delegation"):
        drafts = passages(lede + f"“The ceasefire must come first,” said Deng Malual, {role}.", parties)
        assert one(drafts, "ceasefire must come first").party is None, role
    drafts = passages(
        lede + "“The ceasefire must come first,” said Deng Malual, a member of Kiir's delegation.", parties
    )
    assert one(drafts, "ceasefire must come first").party == "South Sudan"


def test_a_company_named_alone_is_still_the_body_a_role_belongs_to(parties):
    drafts = passages(
        "Veltrix and the dockers' union met again on Monday.\n\n"
        "“We have put a fair offer on the table,” said Mara Lind, a member of Veltrix's negotiating team.",
        parties,
    )
    assert one(drafts, "fair offer").party == "Veltrix"


def test_a_worker_quoted_by_trade_is_the_speaker_and_speaks_for_the_union(parties):
    """ "“…,” Ana Ruiz, a nurse, said" and "Veltrix bus driver Owen Pratt said": a trade the reader did not know
    as a role left the quote to whoever spoke last (here the union's president); the worker is the speaker,
    and a striking worker speaks for the union, not the employer whose name the role opens with."""
    drafts = passages(
        "The Harbour Drivers Union and Veltrix met again on Monday.\n\n"
        "“Nobody wants a long strike,” said Dana Reyes, the union's president.\n\n"
        "“Every one of us voted for the walkout on Tuesday,” Ana Ruiz, a nurse, said.\n\n"
        "“Nobody here wants to lose pay, but the rota is breaking us,” Veltrix bus driver Owen Pratt said.",
        parties,
    )
    ruiz = one(drafts, "voted for the walkout")
    assert (ruiz.speaker, ruiz.party) == ("Ana Ruiz", "Harbour Drivers Union")
    smith = one(drafts, "the rota is breaking us")
    assert (smith.speaker, smith.party) == ("Owen Pratt", "Harbour Drivers Union")


def test_a_worker_quoted_by_trade_with_no_union_named_has_no_party(parties):
    drafts = passages(
        "The school board met on Monday.\n\n"
        "“We cannot keep losing staff to other districts,” Ana Ruiz, a teacher, said.",
        parties,
    )
    ruiz = one(drafts, "losing staff")
    assert (ruiz.speaker, ruiz.party) == ("Ana Ruiz", None)


def test_a_country_qualifying_a_rebel_side_is_not_the_speakers_side(parties):
    """ "a Colombian rebel commander", "a senior commander of Colombia's smaller rebel group": the country names the
    state the rebels fight, the opposite side. The article's one rebel group is theirs; with none named, no party."""
    for role in ("a Colombian rebel commander", "a senior commander of Colombia's smaller rebel group"):
        named = passages(
            f"Talks between the government and the ELN rebels resumed in Caracas.\n\n"
            f"“We will not lay down our arms before a deal,” said Tomas Arce, {role}.",
            parties,
        )
        assert one(named, "lay down our arms").party == "ELN", role
        unnamed = passages(
            f"Talks resumed in Caracas.\n\n“We will not lay down our arms before a deal,” said Tomas Arce, {role}.",
            parties,
        )
        assert one(unnamed, "lay down our arms").party is None, role


def test_a_countrys_government_negotiator_still_speaks_for_it(parties):
    drafts = passages(
        "Talks between the government and the ELN rebels resumed in Caracas.\n\n"
        "“The state wants this signed before Easter,” said Otto Pardo, a senior Colombian negotiator.",
        parties,
    )
    assert one(drafts, "signed before Easter").party == "Colombia"


def test_they_said_speaks_for_the_group_the_sentence_before_named(parties):
    """ "… while the Kenyan hosts tried to close the gaps. They said they had “…”": the speakers are the group
    the sentence before names; the group that opens a sentence is its subject where two sides' groups meet in it;
    groups of two sides, neither opening it, give none."""
    hosts = passages(
        "Negotiations dragged past midnight while the Kenyan hosts tried to close the gaps on funding. They said "
        "they had “done all they could to stay neutral between the two blocs”.",
        parties,
    )
    assert one(hosts, "stay neutral").party == "Kenya"
    subject = passages(
        "Ukrainian officials met their Russian counterparts on Friday.\n\n"
        "They said the talks had been “tough but frank, and useful for the next round”.",
        parties,
    )
    assert one(subject, "tough but frank").party == "Ukraine"
    both = passages(
        "After midnight, Ukrainian officials and their Russian counterparts left the palace. They said the talks "
        "had been “tough but frank, and useful for the next round”.",
        parties,
    )
    assert one(both, "tough but frank").party is None


def test_the_statement_said_is_the_body_that_issued_the_last_statement_named_in_lower_case(parties):
    """ "… by sharing a Norwegian foreign ministry statement. ¶ “…,” the statement said": the ministry named before
    the noun issued it, though written in lower case; not the opposition leader whose own statement came before."""
    drafts = passages(
        "Opposition leader Marta Vidal said talks would resume, according to a statement she issued.\n\n"
        "“We will attend a meeting with the government's envoys on the island,” Vidal said in a statement.\n\n"
        "In a post online, Communications Minister Pablo Ortiz confirmed the plan by sharing a Norwegian foreign "
        "ministry statement.\n\n"
        "“The two sides will meet this week to look for an agreed way out,” the statement said.",
        parties,
    )
    shared = one(drafts, "agreed way out")
    assert (shared.speaker, shared.party) == (None, "Norway")
