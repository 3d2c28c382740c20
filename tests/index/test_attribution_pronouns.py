"""Whom a pronoun or a relative stands for: 'he', 'she', a singular 'they', 'it' and 'who' go on with
the person or body the text has just introduced, each on a short text written for the test."""

from __future__ import annotations

from tests.index.splitting import one, passages


def test_he_after_a_quote_standing_alone_is_who_spoke_before_it(parties):
    """A quote printed alone between a speaker's paragraph and '“…,” he said' names nobody: 'he' is still the
    person the paragraph before it quoted, even when nothing tells that person's gender, and not an earlier
    man the article quoted."""
    drafts = passages(
        "Farmers blocked the ring road on Monday. “We came to say no to this pact,” said Dutch pig farmer Joost "
        "Verhagen.\n\n"
        "Former Dutch minister Elio Marchetti said on X that the deal “puts our farms at risk”.\n\n"
        "“Europe cannot be a sieve for cheap imports”\n\n"
        "“As the commission speeds up the talks, we must defend our growers,” he said.",
        parties,
    )
    assert one(drafts, "defend our growers").speaker == "Elio Marchetti"


def test_he_after_a_participle_clause_is_the_sentence_before(parties):
    """'X voiced cautious hope …, acknowledging that … . He said that …': the participle goes with X, not with
    the 'He said' after it, so 'He' still has X to stand for."""
    drafts = passages(
        "Officials in Larnaca reported progress in the talks on Tuesday.\n\n"
        "Chilean Foreign Minister Tomas Reyes voiced cautious hope at a briefing in Geneva, acknowledging that "
        "the talks were moving. He said that the navy's main condition was a monitored coastline.",
        parties,
    )
    assert one(drafts, "monitored coastline").speaker == "Tomas Reyes"


def test_a_sentence_opening_it_said_goes_on_with_the_body_that_spoke(parties):
    """'It said growers … “Stop the pact”' after the union's paragraph: a short quote makes the
    passage a statement, and 'it' went on with the body only in a quote ('“…,” it said'); a sentence that opens
    'It said' is the body too."""
    drafts = passages(
        "The Grownet union also said the commission should “make the right call” on the pact.\n\n"
        "It said growers from every valley were united behind a single demand, “Stop the pact”.",
        parties,
    )
    assert one(drafts, "single demand").speaker == "The Grownet union"


def test_they_after_one_unnamed_official_is_that_official(parties):
    """'A treasury official has insisted …' and then '“…,” they told the paper': a singular 'they' for the
    one unnamed official heard just before; 'they' after several people stays nobody in particular."""
    drafts = passages(
        "The cabinet is weighing cuts to duties on imported fruit.\n\n"
        "But a treasury official has insisted the list is only a first draft.\n\n"
        "“Talks opened a few days ago and nothing on duties has been settled,” they told the Gazette.\n\n"
        "Dock union leaders met the port board on Friday.\n\n"
        "“We will walk out if the rota stays,” they said.",
        parties,
    )
    assert one(drafts, "nothing on duties").speaker == "a treasury official"
    assert one(drafts, "rota stays").speaker is None


def test_they_added_after_the_spokesperson_for_a_ministry(parties):
    """'The spokesperson for the Ministry of Health said: “…”' then 'They added that they expect to reach
    “…”': a singular 'they' for the one spokesperson just heard, though whose spokesperson it is comes after
    the role noun."""
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "The spokesperson for the Eastvale Ministry of Health said: “The ministry has put its best offer on the "
        "table and it will not be improved by another week of closed wards.”\n\n"
        "They added that they expect to reach “an agreement that gets every ward open again before the winter.”",
        parties,
    )
    assert one(drafts, "every ward open again").speaker == "The spokesperson for the Eastvale Ministry of Health"


def test_they_after_a_spokesperson_for_a_ministry_closing_a_quote(parties):
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "A spokesperson for the health ministry said the offer was final.\n\n"
        "“We cannot go beyond what is on the table this year,” they added.",
        parties,
    )
    assert one(drafts, "beyond what is on the table").speaker == "A spokesperson for the health ministry"


def test_they_after_several_officials_stays_nobody(parties):
    drafts = passages(
        "Nurses in Eastvale have been on strike for a week over pay.\n\n"
        "Officials at the health ministry said the offer was final.\n\n"
        "“We cannot go beyond what is on the table this year,” they added.",
        parties,
    )
    assert one(drafts, "beyond what is on the table").speaker is None


def test_he_after_a_description_then_a_ranked_name_is_the_person(parties):
    """'Coastal Front leader, Gen Idris Malouf, praised …' then '“…,” he said': the pronoun goes on with
    the man the description introduces, not with the description."""
    drafts = passages(
        "Coastal Front leader, Gen Idris Malouf, on social media praised the mediators' new draft.\n\n"
        "“Our fighters will hold their positions while the draft is studied line by line,” he said.",
        parties,
    )
    quote = one(drafts, "line by line")
    assert quote.speaker == "Idris Malouf"
    assert quote.party == "Coastal Front"


def test_who_after_a_name_makes_that_name_the_speaker(parties):
    """'chaired by Lena Hart, who said …' and '… than Mr. Oduya, who has repeatedly predicted “…”':
    the relative pronoun speaks for the name right before it, not for the sentence's subject."""
    drafts = passages(
        "The envoy sounded far less sure than Mr. Oduya, who has repeatedly predicted “a signed text on the "
        "table before the harvest is in”.\n\n"
        "The session was chaired by Lena Hart, who said the exchanges had been “blunt, long and, by the end, "
        "surprisingly useful”.",
        parties,
    )
    assert one(drafts, "harvest is in").speaker == "Oduya"
    assert one(drafts, "surprisingly useful").speaker == "Lena Hart"


def test_he_after_a_party_named_with_peoples_is_the_person_not_the_party(parties):
    """'The main opposition Republican People's Party has said …' names a party, whose 'People's' is part of
    its name and no person noun; the 'he' after 'Kemal Arslan, a deputy chairman of the party's group, said …'
    is Arslan."""
    drafts = passages(
        "Commission vote\n\n"
        "The main opposition Republican People's Party has said it will sit on the commission but has doubts. "
        "Kemal Arslan, a deputy chairman of the party's group in parliament, said voters had been told too little. "
        '"We want the guns silent, but we will not sign a cheque nobody has filled in," he said.',
        parties,
    )
    assert one(drafts, "nobody has filled in").speaker == "Kemal Arslan"


def test_he_after_an_unnamed_official_who_spoke_is_that_official(parties):
    """'…, a senior European Union official said' and then two paragraphs of '“…,” he said': the article never
    names the official, and 'he' goes on with the description and its side as it would with a name, not with
    the country the sentence happens to mention."""
    drafts = passages(
        "Talks on the grain corridor are making progress, a senior European Union official said on Friday, adding "
        "that a handful of points remained open.\n\n"
        "“We are moving step by step with the logic of the talks,” he said when asked whether the new Moldovan "
        "delegation was easier to deal with.\n\n"
        "“That is why our partners find the Moldovan side more flexible,” he said, adding that the open points "
        "were “heavy political ones”.",
        parties,
    )
    for piece in ("step by step", "more flexible"):
        assert one(drafts, piece).speaker == "a senior European Union official"
        assert one(drafts, piece).party == "European Union"


def test_he_goes_on_with_the_person_a_with_saying_clause_quoted(parties):
    """'Talks ended with Green leader Ana Ruiz saying …' reports her words; the 'She has said …' after it
    and '“…,” she told reporters' are still hers."""
    drafts = passages(
        "Coalition talks went on for a fifth day.\n\n"
        "The session ended late with Greens leader Ana Ruiz saying a decision would come on Friday.\n\n"
        "She has said before that the board must agree first.\n\n"
        '"We will sit down with our members and put the deal to them," she told reporters.',
        parties,
    )
    assert one(drafts, "put the deal to them").speaker == "Ana Ruiz"


def test_she_after_a_question_that_names_someone_else_is_the_one_who_answers(parties):
    """'Asked whether she would announce it, or the leader of the largest party, she replied: “…”': the
    person the question mentions is no speaker; 'she' is, and she is the leader introduced before."""
    drafts = passages(
        "Greens leader Ana Ruiz met the other parties on Monday.\n\n"
        "Asked whether she would announce it herself, or the leader of the largest party, she replied: "
        '"We have not even thought about that yet."',
        parties,
    )
    assert one(drafts, "not even thought").speaker == "Ana Ruiz"


def test_his_spokesman_named_after_a_quote_is_its_speaker(parties):
    """'“…,” his spokesman Tom Dale told reporters': the possessive says whose spokesman he is, the name
    says who spoke; the quote after it, standing alone, is his too."""
    drafts = passages(
        "UN chief Lena Holm flew to Geneva on Monday.\n\n"
        "“The secretary-general is realistic,” his spokesman Tom Dale told reporters in Geneva.\n\n"
        "“She knows the issue well. She has been in these talks before.” The spokesman added that the talks "
        "were informal.",
        parties,
    )
    assert one(drafts, "is realistic").speaker == "Tom Dale"
    assert one(drafts, "knows the issue well").speaker == "Tom Dale"


def test_his_party_colleague_introduced_after_the_speaker_is_the_he_that_follows(parties):
    """'Rutte called it a sound agreement. His CDA colleague Wopke Hoekstra is glad … “…,” he said': the colleague,
    named by his tie to the man before and introduced last, is the one who speaks (quotes invented)."""
    drafts = passages(
        "Coalition talks in The Hague ended on Monday.\n\n"
        "VVD leader Mark Rutte called it a sound agreement. His CDA colleague Wopke Hoekstra is glad the talks "
        'have ended. "It was slow, and it was hard," he said.',
        parties,
    )
    assert one(drafts, "it was hard").speaker == "Wopke Hoekstra"
    assert one(drafts, "it was hard").party == "CDA"


def test_it_said_goes_with_the_body_the_paragraph_before_was_about(parties):
    """'Earlier, the district had sounded hopeful in a post. ¶ “…,” it said': nobody spoke in the
    paragraph before, but the body it was about is the 'it' that speaks."""
    drafts = passages(
        "Teachers in the Harbor Unified School District went on strike on Thursday.\n\n"
        "Earlier, the district had sounded hopeful in a Facebook post.\n\n"
        "“After six days of talks, we believe that a deal is within reach,” it said.",
        parties,
    )
    assert one(drafts, "within reach").party == "Harbor Unified School District"


def test_he_after_a_with_clause_is_the_person_it_introduced(parties):
    """'Talks on the pact moved ahead, with Lena Marsh, the bloc's envoy, giving an update. He said …' and a
    quote standing alone after it: the sentence is about the talks, but the one person it introduces, in its
    'with X doing' clause, is the 'he' that follows, and so the speaker of the quote he goes on with."""
    drafts = passages(
        "Talks on the Norland-Estoria trade pact moved ahead this week, with Tomas Brandt, the European Union "
        "envoy to Norland, giving an update on the work. He said that a seventh round would be held in March.\n\n"
        "“We have closed four chapters already. The rest will take us into the spring.”\n\n"
        "Officials on both sides declined to comment further.",
        parties,
    )
    assert one(drafts, "closed four chapters").speaker == "Tomas Brandt"
    assert one(drafts, "closed four chapters").party == "European Union"


def test_he_in_a_clause_joined_by_and_is_the_sentence_subject(parties):
    """'X has been at the statehouse all week, and he told reporters, “…”': the 'he' of a clause that 'and'
    joins to X's clause is X, not the man the paragraph before quoted."""
    drafts = passages(
        "Senator Dale Ostrow of Kansas struck a gloomier tone, telling reporters the gap on spending was wide.\n\n"
        "“These are hard questions for a split legislature,” Ostrow added.\n\n"
        "Governor Paul Kinsey has been at the statehouse all week, and he told reporters on Sunday, “We have no "
        "budget yet, but we are closer than on Friday.”",
        parties,
    )
    assert one(drafts, "closer than on Friday").speaker == "Paul Kinsey"


def test_a_group_named_with_of_is_never_he(parties):
    """'The leaders of the richest nations in the world have met …' is a group: a later 'He promised …' in a live
    blog entry that names its man only by a lone surname is nobody, not the leaders."""
    drafts = passages(
        "The leaders of the richest nations in the world have met in Oslo today for the trade summit.\n\n"
        "After a day of talks, agreement was finally reached on joint action.\n\n"
        "19:45: Ostberg's opening news conference at the summit has ended. He promised to listen more and called "
        "the meeting a turning point.",
        parties,
    )
    assert one(drafts, "promised to listen more").speaker != "The leaders of the richest nations in the world"


def test_she_after_a_sentence_that_names_a_us_official_is_still_the_minister(parties):
    """ "…, she praised her counterpart in Washington — U.S. Trade Representative Tom Miles — instead":
    "U.S." ends no sentence, so the paragraph is about "she" (the minister), not about Miles, and the next
    paragraph's "she said" is the minister."""
    drafts = passages(
        "President Ron Tate said on Friday the deal would be on his terms.\n\n"
        "Foreign Minister Ilvane Korsgaard steered clear of the remarks for the whole day and did not once mention "
        "the president.\n\n"
        "Indeed, whenever Tate's name came up, she praised her counterpart in Washington — U.S. Trade "
        "Representative Tom Miles — instead.\n\n"
        '"Miles has bargained honestly and in a friendly spirit," she said when pressed on the remarks.',
        parties,
    )
    assert one(drafts, "bargained honestly").speaker == "Ilvane Korsgaard"


def test_a_headline_printed_in_the_body_names_no_subject(parties):
    """ "Tate Agreed to Tariff Deal With Norland …" printed above the story capitalises every word: "Tate
    Agreed" is no person, so a later "Tate threatened …, saying" stays Tate."""
    drafts = passages(
        "Tate Agreed to Tariff Deal With Norland After Long Talks; U.S. Leader Offered Relief "
        "in Exchange for Cuts\n\n"
        "There was one week left when Norland and the United States reached a deal. Tate had pushed hard for "
        "it.\n\n"
        "In their first meeting at the palace, Tate threatened the envoy, saying steel was the price of any "
        "deal.",
        parties,
    )
    assert one(drafts, "steel was the price").speaker == "Tate"


def test_a_lone_surname_the_entry_calls_his_is_who_he_is(parties):
    """A live blog that never prints the full name: "19:30: Ostberg is clearly speaking to voters back home. In
    his telling … “…,” he insists": the lone word the entry goes on to call "his" is a person, so "he" is Ostberg;
    "Thank you for reading." names nobody."""
    drafts = passages(
        "The leaders of the richest nations in the world have met in Oslo today for the trade summit.\n\n"
        "Thank you for reading. More to follow.\n\n"
        "19:30: Ostberg is clearly speaking to voters back home. In his telling, every region has to share in the "
        "gains. “I owe it to our people to bind our future to the rest of the world,” he insists.",
        parties,
    )
    assert one(drafts, "bind our future").speaker == "Ostberg"


def test_he_after_a_paragraph_about_a_woman_is_the_one_man_that_paragraph_names(parties):
    """The interviewer is what the last paragraph was about; "he" cannot be her, and Okonkwo is the only
    other person that paragraph names."""
    drafts = passages(
        "Senate leader Daniel Okonkwo appeared on a Sunday talk show to discuss the funding bill.\n\n"
        "The interviewer, Maria Lindgren, asked twice whether he would back the stopgap.\n\n"
        "She gave him a third chance to answer, but Okonkwo did not.\n\n"
        "Instead, he said, “What matters is the bill the other chamber sends us next week.”",
        parties,
    )
    assert one(drafts, "What matters").speaker == "Daniel Okonkwo"


def test_she_after_a_phrase_quoted_without_a_comma_is_not_the_plural_noun_the_sentence_opens_with(parties):
    """'Discussions … were "obviously important" she acknowledged': the sentence's subject is a plural noun of
    things, never a person; "she" is the spokeswoman the paragraph before spoke of, and so is the "She" of the
    next paragraph."""
    drafts = passages(
        "At a press conference on Monday, spokeswoman Lena Markowitz argued that the leaders should meet first.\n\n"
        'Discussions on the budget were "obviously important" she acknowledged, "but first the promise must '
        'become a reality."\n\n'
        "She pressed the government to “stop talking about the table and start talking at it.”",
        parties,
    )
    assert one(drafts, "promise must").speaker == "Lena Markowitz"
    assert one(drafts, "start talking at it").speaker == "Lena Markowitz"


def test_he_added_after_background_paragraphs_is_the_last_person_who_spoke(parties):
    """ "X said …. ¶ The lender's team has been in the capital since …. ¶ The economy needs …. ¶ “…,” he added":
    paragraphs of background that name no person leave 'he' with the last person the text had speak, however
    many of them stand in between; a person named in between would be the one meant, or nobody."""
    background = (
        "PORT VALE: Finance Minister Oren Malvik said on Thursday that a deal with the lender was near.\n\n"
        "The lender's team has been in the capital since January to settle differences over the budget.\n\n"
        "The economy is in dire need of the loan as its reserves cover less than three weeks of imports.\n\n"
        "The talks began after a payment was missed in the autumn.\n\n"
    )
    drafts = passages(
        background + "“The negotiations are going well and there will be an announcement soon,” he added.", parties
    )
    assert one(drafts, "announcement soon").speaker == "Oren Malvik"
    named = background.replace("The talks began", "Central bank governor Tomas Reyes said the talks began")
    drafts = passages(
        named + "“The negotiations are going well and there will be an announcement soon,” he added.", parties
    )
    assert one(drafts, "announcement soon").speaker != "Oren Malvik"


def test_a_lone_quote_before_he_added_is_the_adders(parties):
    """A paragraph that is nothing but a quote nobody is given, then "“…,” he added": "added" says the speaker
    had just spoken, so the lone quote is theirs too; "“…,” he said" says no such thing, and the lone quote
    stays nobody's."""
    text = (
        "PORT VALE: Finance Minister Oren Malvik said on Thursday that a deal with the lender was near.\n\n"
        "The lender's team has been in the capital since January to settle differences over the budget.\n\n"
        '"I am going to meet the lender\'s team. The final round of talks is under way,"\n\n'
        "“The negotiations are going well and there will be an announcement soon,” he {verb}."
    )
    added = passages(text.format(verb="added"), parties)
    assert one(added, "final round of talks").speaker == "Oren Malvik"
    said = passages(text.format(verb="said"), parties)
    assert one(said, "final round of talks").speaker is None


def test_he_after_two_titled_ministers_joined_by_and_is_the_first_named(parties):
    """'Norwegian Foreign Minister Tomas Arden and Foreign Minister of Finland Piet Olund discussed …, Arden
    told parliament': the run names two people; the title before the second name is no title of his that holds
    the first minister's name, so the next "he said" is Arden, for Norway."""
    drafts = passages(
        "Talks between the two neighbours resumed after a long pause.\n\n"
        "OSLO, May 4. Norwegian Foreign Minister Tomas Arden and Foreign Minister of Finland Piet Olund discussed "
        "a border treaty during a phone call on Tuesday, Arden told parliament on Wednesday.\n\n"
        '"The call with Piet Olund was arranged at the request of the Finnish side. We talked about a commission '
        'on the border," he said.',
        parties,
    )
    assert one(drafts, "arranged at the request").speaker == "Tomas Arden"
    assert one(drafts, "arranged at the request").party == "Norway"


def test_she_after_a_subject_and_its_manner_adverb_is_that_subject(parties):
    """'But the union's general secretary Mara Lindqvist swiftly wrote back …. “…,” she wrote': the manner
    adverb before the verb is no part of the subject, so the sentence is about Lindqvist and 'she' is her,
    for her union."""
    drafts = passages(
        "The Coastal Teachers Union has told the Education Secretary it is talks on pay or nothing.\n\n"
        "But the union’s general secretary Mara Lindqvist swiftly wrote back to the department, setting out "
        "when her members would come to the table.\n\n"
        "“Put a proper number on paper and we will be in the room by Monday,” she wrote.",
        parties,
    )
    assert one(drafts, "proper number").speaker == "Mara Lindqvist"
    assert one(drafts, "proper number").party == "Coastal Teachers Union"


def test_she_said_after_the_reporter_spoke_to_someone_is_that_person(parties):
    """ "Our correspondent spoke to X, a rice farmer … ¶ “…,” she said": the person the reporter talked to is
    who the next paragraph's "she" means, not the woman quoted in the entry before; the sentence's own
    subject is the reporter, who is no "she"."""
    drafts = passages(
        "Live: border talks\n\n"
        "The defence ministry rejected that. Its spokeswoman, Mara Sok, said troops had only rotated. "
        "“Not one of our soldiers has stepped forward,” she said.\n\n"
        "About 40,000 people are still in camps. Our correspondent spoke to Lina Dara, a teacher whose school "
        "has been shut since July.\n\n"
        "“I only want to go home before the rains,” she said.",
        parties,
    )
    assert one(drafts, "go home before the rains").speaker == "Lina Dara"
