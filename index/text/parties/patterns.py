"""The words and patterns the parties scanner reads with: title words, the forms organisations, datelines,
offices and party ties are printed in. Data only, so each reader's module imports what it reads by name and a
new rule's pattern sits beside the others of its kind."""

from __future__ import annotations

import re

from index.text.phrases.patterns import LISTED_BODY_TAIL, MAX_RUN_WORDS, from_word_start

NONE = "none"

TITLE_WORDS = {
    "pm",
    "president",
    "vice",
    "prime",
    "minister",
    "ministry",
    "foreign",
    "external",
    "defense",
    "defence",
    "deputy",
    "secretary",
    "chancellor",
    "premier",
    "ambassador",
    "envoy",
    "special",
    "chief",
    "trade",
    "finance",
    "economy",
    "economic",
    "interior",
    "security",
    "national",
    "government",
    "parliament",
    "embassy",
    "mission",
    "delegation",
    "negotiator",
    "negotiating",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commissioner",
    "commission",
    "army",
    "armed",
    "military",
    "navy",
    "air",
    "forces",
    "force",
    "cabinet",
    "council",
    "senate",
    "senator",
    "house",
    "congress",
    "general",
    "representative",
    "attorney",
    "treasury",
    "state",
    "department",
    "office",
    "administration",
    "official",
    "officials",
    "leader",
    "supreme",
    "crown",
    "prince",
    "king",
    "queen",
    "emir",
    "sheikh",
    "sultan",
    "health",
    "home",  # "the Home Secretary", "Home Minister": the interior portfolio as Britain and India name it
    "energy",
    "climate",
    "agriculture",
    "fisheries",
    "labor",
    "labour",
    "justice",
    "intelligence",
    "central",
    "border",
    "coast",
    "guard",
    "revolutionary",
    "press",
    "permanent",
    "consul",
    "consulate",
    "commander",
    "director",
    "head",
    "top",
    "senior",
    "presidential",
    "joint",
    "chiefs",
    "staff",
    "adviser",
    "advisor",
    "affairs",
    "relations",
    "communications",
    "public",
    "diplomat",
    "diplomatic",
    "negotiations",
    "talks",
    "team",
    "lead",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "speaker",
    "mp",
    "lawmaker",
    "legislator",
    "member",
    "ceo",
    "cfo",
    "coo",
    "executive",
    "founder",
    "mayor",
    "governor",
    "policy",
    "industry",
    "commerce",
    "lieutenant",
    "colonel",
    "brigadier",
    "major",
    "gen",
    "adm",
    "first",
    "second",
    "acting",
    "interim",
    "high",
    "grand",
    "federal",
    "royal",
    "his",
    "her",
    "the",
    "of",
    "assistant",
    "associate",
    # portfolios, so that 'Colombia Environment Minister' is a title after a country, not a longer name
    "environment",
    "environmental",
    "education",
    "culture",
    "transport",
    "tourism",
    "information",
    "planning",
    "petroleum",
    "mines",
    "housing",
    "development",
    "ecology",
    "science",
    "technology",
    "maritime",
    "infrastructure",
    "immigration",
    "migration",
    "investment",
}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "mister", "sen", "rep", "amb"}
# "… talks with the Government of President Ortiz": a leader named as whose government the speaker faces.
COUNTERPART_LEADER = re.compile(
    r"\b(?:with|against|toward|towards)\s+(?:the\s+)?(?:government|administration|regime|forces)\s+of\s+"
    r"(?:(?:President|Prime Minister|Premier|General|Gen\.)\s+)?$",
    re.IGNORECASE,
)
# An actor named in a role right after these words is the other side, not the speaker's own.
# "a trade agreement with the", "travelled to the": what comes next is the side an official deals with.
DEALT_WITH = re.compile(
    r"\b(?:(?:agreement|deal|talks|negotiations|accord|pact)\s+with|(?:travelled|traveled|flew|trip|visit|mission)\s+to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
COUNTERPART = re.compile(
    r"(?:\b(?:ambassador|envoy|emissary|representative|delegate|mediator|liaison|correspondent|consul)s?\s+"
    r"(?:to|for|on|in|at)|\b(?:talks|negotiations|relations|ties|dealings|negotiator|deal|trade|war|peace)\s+with"
    r"|\b(?:against|toward|towards|on|over|about|with|between|into)|\bvisit\s+to"
    r"|\btrip\s+to|\b(?:based|headquartered|registered|incorporated)\s+in)\s+(?:the\s+|occupied\s+)?$",
    re.IGNORECASE,
)
# "Rear Admiral", "Maj. Gen.": a military rank with nothing else in the title (a captain may fly or sail).
MILITARY_RANK = re.compile(
    r"(?:(?:Rear|Vice|Brigadier|Major|Lieutenant|Lt\.?|Maj\.?|Brig\.?|Field|Air)[ -]+)*"
    r"(?:Admiral|General|Gen\.?|Colonel|Col\.?|Marshal|Commodore|Brigadier)",
    re.IGNORECASE,
)
# "the Israeli army", "Sudan's armed forces": an armed force named with its country.
ARMED_FORCE = re.compile(
    r"\b(?:the\s+)?[A-Z][\w-]+(?:'s)?\s+(?:military|army|armed forces|navy|air force|defen[cs]e forces)\b"
)
# "a special envoy to Jamaica Prime Minister X": an envoy to a head of government by name serves that head.
PRINCIPAL_AFTER = re.compile(r"\s+(?:Prime Minister|President|Premier|Chancellor|King|Emir|Sultan)\s+[A-Z]")
MODIFIER = re.compile(
    r"^-(?:backed|based|led|allied|aligned|brokered|sponsored|born|funded|controlled|held|"
    r"occupied|friendly|linked|leaning|bound|made|registered)\b",
    re.IGNORECASE,
)
NO_POSITION_ROLE = re.compile(
    r"\b(?:analyst|analysts|researcher|research fellow|fellow|professor|scholar|economist|pollster|historian|"
    r"commentator|journalist|correspondent|reporter|editor|columnist|lecturer|consultant|expert|strategist|"
    r"political scientist|think[ -]?tank|observer|academic|"
    r"who\s+(?:teaches|taught|lectures|researches|studies|follows|has followed|tracks|has tracked)\s)\b",
    re.IGNORECASE,
)
# "a former Israeli negotiator", "Israel's former ambassador", "the country's ex-minister"
FORMER = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w.-]+(?:'s|’s)\s+)?(?:former|ex-|retired|onetime|one-time|erstwhile)", re.IGNORECASE
)
EMPLOYERS = r"(?:offer|proposal|management|workers|employees|workforce|plants?|factories|factory)\b"
PORTFOLIO_BODIES = {"Service", "Services", "Board", "Agency", "Authority", "Trust", "Executive"}
OUTLET_PREPOSITIONS = {"in", "to", "told"}
# "a former crane operator and an organiser for the union": a second post with its own article is held now.
CURRENT_POST = re.compile(r"\s+and\s+(?:an?|the)\s+(?P<post>(?!former\b|ex-).+)$", re.IGNORECASE)
NO_POSITION_ORG = re.compile(
    r"\b(?:Institute|Institution|University|College|Center|Centre|Foundation|Endowment|School(?! District| Board)|"
    r"Academy|Studies|"
    r"Research|Polling|Poll|Analytics|Consultancy|Consulting|Associates|Advisory|News|Times|Post|Journal|"
    r"Gazette|Herald|Tribune|Daily|Press|Radio|Television|TV|Broadcasting|Media|Magazine|Review|Observer|"
    r"Economist|Wire|Insight|Intelligence Unit|Think[ -]?[Tt]ank|Agency France|News Agency)\b"
)
# A hospital, clinic or health trust: in a strike the employer, though its name may hold a research body's word
# ("Harbourview Medical Center", "Dunmore University Hospitals NHS Foundation Trust").
CARE_BODY = re.compile(
    r"\b(?:Hospitals?|Clinics?|Infirmary|Medical\s+Cent(?:er|re)|"
    r"Health(?:care)?\s+(?:Trust|System|Sciences\s+Cent(?:er|re)|Network|Authority|Board|Service)|"
    r"(?:NHS|Foundation)\s+Trust)\b"
)


def describes_positions(org: str) -> bool:
    """Whether an organisation's name is a research, polling or news body's (NO_POSITION_ORG), which describes
    positions without holding one: not a hospital or health trust whose name ends in its care words, though a
    research word comes before them ("University Hospital", "Medical Center"); a research institute of a
    hospital ("Harbourview Hospital Research Institute") still is one."""
    research = [m.end() for m in NO_POSITION_ORG.finditer(org)]
    if not research:
        return False
    care = [m.end() for m in CARE_BODY.finditer(org)]
    return not care or care[-1] < research[-1]


# "Texas Republican Sen.", "Democratic Rep.": an American party label before a congressional or state
# title marks a US lawmaker or governor, who speaks for the United States in talks with another country.
# "Republican People's Party lawmaker" has no such title after the label.
US_LAWMAKER = re.compile(
    r"\b(?:Republican|Democratic|Democrat)\s+(?:Sen\.|Senator|senator|Rep\.|Representative|representative|"
    r"Congressman|congressman|Congresswoman|congresswoman|Gov\.|Governor|governor|lawmaker)"
)
# "Shadow trade secretary X", "the shadow chancellor": a title in the opposition's front bench.
SHADOW = re.compile(r"(?:the\s+)?shadow\s", re.IGNORECASE)
# "Labour MP X", "Labour's shadow chancellor", "Tory MPs": the party a Westminster-style article labels its MPs with.
OPPOSITION_LABEL = re.compile(
    r"(?<![\w’'])(?P<party>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s?)?\s+(?:MPs?|frontbenchers?|(?i:shadow)\s)"
)
# "Alliance MP", "an Alliance MLA", "the Alliance MP for North Down": the words before a Westminster-style
# member's title, which may be a party's label ("Alliance" of the "Alliance Party") or a seat.
PARTY_MEMBER = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:MPs?|MSPs?|AMs?|TDs?|MLAs?)\b"
)
# "Dover MP X", "Dublin Bay South TD", "Brighton and Hove MP": a constituency before a Westminster-style
# member's title names the seat, a place, not the body the member speaks for.
CONSTITUENCY_MEMBER = re.compile(
    r"^(?P<seat>[A-Z][\w'’-]*(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w'’-]*){0,3})\s+(?:MPs?|MSPs?|AMs?|TDs?|MLAs?)$"
)
# "an opposition member of the budget committee", "a lawmaker": someone who sits in a legislature speaks for
# the country whose legislature it is (the article's dateline, or the one country named just before).
LAWMAKER_ROLE = re.compile(
    r"\b(?:lawmakers?|legislators?|parliamentarians?|MPs?|members? of (?:the )?(?:parliament|[\w ]{0,30}committee)|"
    r"senators?|congress(?:wo)?man|deputies)\b",
    re.IGNORECASE,
)
# "chair of the union's Cascadia Air council": a body the generic noun owns is that noun's, whatever it is named.
OWNING_GENERIC = re.compile(r"\b(?i:the)\s+(?P<noun>union|company|airline|carrier|firm|bloc)['’]s\s")
# "A commission official", "an official at the board": a body the article names in full elsewhere.
# "one of the rebel sources", "a rebel negotiator": someone on the rebels' side, unnamed.
REBEL_ROLE = re.compile(r"\b(?i:rebels?)\b(?![-\w])")
# "Colombia's main rebel group", "a Syrian rebel spokesman", "a Colombian Marxist guerrilla commander": a country's
# name or demonym that says whose state the armed side fights, not whom it speaks for. The words between describe
# the rebels; "a Colombian negotiator with rebels" is the state's.
FIGHTS_THE_STATE = re.compile(
    r"^(?:['’]s?)?\s+(?:(?!(?:with|and|against|to|for|on|of|by)\s)(?:[a-z-]+|Islamist|Marxist|Maoist)\s+){0,2}"
    r"(?:rebel|insurgent|insurgency|guerr?illa|militant|separatist)s?(?![-\w])"
)
BODY_REFERENCE = re.compile(
    r"\b(?i:the|a|an)\s+(?:(?:senior|former|top)\s+)?(?P<noun>commission|board|agency|authority|committee|tribunal|organi[sz]ation)"
    r"(?:'s)?\b(?![-\w])"
)
# "Nairobi-based", "London-headquartered": where someone or something sits.
LOCATED = re.compile(r"-(?:based|headquartered)$")
# "director of the Turkey programme", "head of the Africa Program": a research body's programme on a country.
STUDIED_PROGRAMME = re.compile(
    r"\b(?:of|for)\s+(?:the|its)\s+(?P<studied>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?i:programme|program|project)\b"
)
CAPITALISED = r"[A-Z](?:[\w'&-]|\.(?=[\w-]))*"  # "U.S.-China" is one word
# Where a scan for a CAPITALISED word may start: from_word_start's for its letters, a dot among them where a letter
# follows it (where a dot begins the word, a capital right after it is still reached from the dot).
CAPITALISED_START = r"(?<![\w'&-])(?!(?<=\.)[\w-])(?:(?![A-Z])(?:[\w'&-]|\.(?=[\w-])))*+"
ORG_WORD = rf"(?:{CAPITALISED}|(?:of|for|and|the|&|de|du|des)(?![\w-]))"
ORG_PHRASE = rf"{CAPITALISED}(?:[ \t]+{ORG_WORD})*"
# A name whose trades are listed with commas ("National Union of Rail, Maritime and Transport Workers") is one
# name, not the words before its first comma.
ORG_NAME = rf"(?:{CAPITALISED}(?:[ \t]+{ORG_WORD})+{LISTED_BODY_TAIL}|{ORG_PHRASE})"
# "Public Service Association (PSA)": a name before its abbreviation in brackets. Tried from each capitalised word of
# a run until a bracket follows, so it reads no more than MAX_RUN_WORDS words from each; and only from a word's first
# capital ("ASSOCIATION", "McAllister"), where the tries from its later capitals would fail as the first did.
BRACKETED_ORG = re.compile(
    rf"{CAPITALISED_START}(?P<org>{CAPITALISED}(?:[ \t]+{ORG_WORD}){{1,{MAX_RUN_WORDS}}}{LISTED_BODY_TAIL}"
    rf"|{CAPITALISED}(?:[ \t]+{ORG_WORD}){{0,{MAX_RUN_WORDS}}})\s+\((?P<abbr>[A-Z][A-Z0-9&-]{{1,9}})\)"
)
# "Royal College of …", "Federation of …": a body whose name goes on with "of", before an ORG_OF match.
BODY_OF = re.compile(
    r"(?:\b[A-Z][\w'’-]*\s+){0,3}\b(?:College|Federation|Association|Confederation|Union|Society|Chamber|Guild|"
    r"Brotherhood|Congress)\s+$"
)
ORG_OF = re.compile(rf"\b(?:of|for|at|with|from|by)\s+(?:the\s+)?(?P<org>{ORG_NAME})")
ORG_BEFORE = re.compile(rf"^(?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+)?(?P<org>{ORG_PHRASE}?)(?:'s)?\s+(?P<title>[\w-]+)")
# "Dockers United Union president": the whole capitalised name before the title, not its first word.
WHOLE_ORG_BEFORE = re.compile(rf"^(?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+)?(?P<org>{ORG_PHRASE})(?:'s)?\s+(?P<title>[\w-]+)")
# "USW Local 6500", "IAM District 751": a numbered branch; the name before it is a union's.
UNIT = r"(?:Local|District|Lodge|Branch|Chapter)\s+(?:[A-Z]-?)?\d+[A-Z]?\b"
UNIT_BEFORE = re.compile(rf"^(?:[Tt]he\s+)?(?P<org>{ORG_PHRASE}?)\s+{UNIT}\s+(?P<title>[\w-]+)")
# "IBEW International", "UAW International": a union's international (national) level, where its top officers
# sit ("International President"), is the union itself.
ACRONYM_INTERNATIONAL = re.compile(r"^(?P<acronym>[A-Z][A-Z&-]{1,9}) International$")
BARE_UNIT = re.compile(r"\bLocal\s+(?:[A-Z]-?)?\d+[A-Z]?\b")
UNION_UNIT = re.compile(
    rf"{CAPITALISED_START}(?P<org>{CAPITALISED}(?:[ \t]+(?:&[ \t]+)?{CAPITALISED}){{0,{MAX_RUN_WORDS}}})\s+{UNIT}"
)
# Only states have ministers: the words before "Minister" are a portfolio ("External Affairs Minister"),
# not an organisation named "External".
STATED_MINISTER = re.compile(r"(?:['’]s)?[ \t]+(?:[A-Z][\w-]+[ \t]+){0,3}[Mm]inister\b")
THE_PARTYS = re.compile(r"\b(?i:the)\s+party['’]s\s")
# "party leader X", "a party spokesman": the party the article has just named, as "the party's" is.
BARE_PARTY_ROLE = re.compile(r"^(?:(?:a|an|the)\s+)?(?:senior\s+)?party\s+[a-z]")
# Offices of a region or a city, which a place's name before them holds ("Chihuahua's governor").
LOCAL_OFFICES = {"governor", "mayor", "premier", "lieutenant-governor"}
MINISTER = re.compile(r"\bminist(?:er|ry)$", re.IGNORECASE)
# Words that make a capitalised phrase an organisation when a text names it as a speaker.
ORG_SUFFIX = re.compile(
    r"\b(?:Union|Federation|Association|Assn|Alliance|Workers|Machinists|Brotherhood|Confederation|Guild|Syndicate|"
    r"Congress|Council|Party|Front|Movement|Forces|Company|Corporation|Corp|Inc|Group|Holdings|Industries|"
    r"Aerospace|Aviation|Airlines|Airways|Air(?=$|'s)|Motors|Automotive|Shipyards|Shipbuilding|Shipping|Carriers|"
    r"Tankers|Steel|Mining|Railways|"
    r"Logistics|Pharmaceuticals|Technologies|Systems|Electric|Chemicals|Foods|Bank|Partners|Ltd|plc|LLC|GmbH|AG|"
    r"Authority|Coalition|"
    r"League|Organization|Organisation|Committee|Society|Chamber|School District|School Board|Hospital|"
    r"Medical Center|Medical Centre)\b\.?"
)
# "Oakland Education Assn.": AP's abbreviation of a body's last word, spelled out so the party has the name the
# body goes by elsewhere (and a member asks by).
ABBREVIATED_BODY_END = re.compile(r"\bAssn\.?$")
# Title words that open titles and never end one, so that last in a capitalised phrase they end a name.
NAME_FINAL_WORDS = {"air", "government"}
# "Harbour Workers Union": a role that is a whole organisation's name, not "Harbour" with "Workers" as a title.
ORG_SUFFIX_END = re.compile(ORG_SUFFIX.pattern + r"$")
LABOUR_SUFFIX = re.compile(r"\b(?:Union|Workers|Guild|Syndicate|Brotherhood)$")
# What a role calls a party the text has already named: "the bloc's chief negotiator", "the union's president".
GENERIC = {
    "bloc": "bloc",
    "union": "union",
    "company": "company",
    "firm": "company",
    "carrier": "company",
    "airline": "company",
    "manufacturer": "company",
    "planemaker": "company",
    "automaker": "company",
    "chain": "company",
    "retailer": "company",
    "group": "group",
    "alliance": "alliance",
    "movement": "group",
    "militia": "group",
    "federation": "union",
    "government": "government",
    "council": "council",
    "delegation": "delegation",
    "team": "delegation",
    "army": "army",
    "military": "army",
    "hospital": "hospital",
    "district": "district",
    "board": "district",
    "agency": "agency",
    "authority": "agency",
}
# "Yemen's internationally recognised government", "Libya's UN-backed government": the words that say which
# of a divided state's governments is meant still name the state's.
GOVERNMENT_KIND = (
    r"(?:(?:internationally\s+)?(?:recogni[sz]ed|[A-Za-z]+-(?:backed|led)|interim|transitional|caretaker|exiled|elected|"
    r"federal|central|national|unity|coalition|military|civilian|new|incoming|outgoing)\s+){0,3}"
)
# Where the country before "government", "ministry" or "delegation" may start: the first capital of its word at a
# word boundary ("al-Sudani's government" as "Sudani"), which a try from a later one cannot better.
WORD_BOUNDARY_START = from_word_start(r"\w'-", after_non_word=True)
# "Colombia's government", "the Colombian government", "the government of Colombia", "Chad's transitional
# government": which country "the government" means in an article.
GOVERNMENT_OF = re.compile(
    WORD_BOUNDARY_START + r"(?P<before>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)(?:'s)?\s+" + GOVERNMENT_KIND + r"government\b"
    r"|\bgovernment\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)"
)
# "Azerbaijan's Foreign Ministry", "the Iranian Foreign Ministry", "the Ministry of Foreign Affairs of Japan":
# the one country whose ministry an article names, which its "the Foreign Ministry's press service" means.
MINISTRY_OF = re.compile(
    WORD_BOUNDARY_START + r"(?P<before>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)(?:'s)?\s+(?:[A-Za-z]+\s+){0,3}[Mm]inistry\b"
    r"|\bMinistry\s+of\s+(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?(?P<after>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)"
)
# "the Foreign Ministry", "the ministry", "the Arab nation's foreign ministry", "a commerce ministry spokesperson"
MINISTRY_ROLE = re.compile(r"^(?i:the|an?)\s+(?:[\w'-]+\s+){0,3}(?i:ministry)\b")
BRIEFING = re.compile(r"\b(?:briefing|press conference|news conference|gaggle)\b", re.IGNORECASE)
STATE_BODY = re.compile(
    r"\b(?:Department|Ministry|Office|Government|Embassy|Mission|Presidency|Administration|"
    r"Secretariat|Commission|Chancellery|Cabinet|Kremlin|White House|Palace)\b"
)
# "an Indian delegation", "India's negotiating team", "the delegation from India": whose delegation "the
# delegation" or "the team" means in an article.
DELEGATION_OF = re.compile(
    WORD_BOUNDARY_START + r"(?P<before>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)(?:'s)?\s+(?:negotiating\s+|trade\s+)?"
    r"(?:delegation|team)\b|\b(?:delegation|team)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<after>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)"
)
# "Union officials have announced …": the article's union speaking through its people, not a body so named.
GENERIC_PEOPLE = re.compile(
    r"(?P<noun>" + "|".join(n.capitalize() for n in GENERIC) + r")\s+(?:officials|leaders|negotiators|members|sources)"
)
# "BMA Junior Doctors Committee", "CWA District One": a committee, district or branch of the body whose
# acronym opens its name speaks for that body.
UNIT_OF_ACRONYM = re.compile(
    r"(?P<parent>[A-Z]{2,6})\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Committee|District|Branch|Chapter|Division|Section|Lodge|Local)(?:\s+(?:\d+[A-Z]?|[A-Z][a-z]+))?"
)
# Who speaks for an organisation: "a Boeing spokesperson", "Boeing CEO", "Boeing's chief executive" (a
# person has a spokesman too, "Araghchi's spokesman", so the possessive counts only for what a person has not).
STAFF = r"(?:spokesperson|spokesman|spokeswoman|spokespeople|chief executive|CEO|executives?|management)\b"
OWNED = r"(?:chief executive|CEO|executives|management|board|shareholders|workforce)\b"
HEAD_OF = re.compile(r"\b(?:CEO|[Cc]hief [Ee]xecutive|[Cc]hairman|[Cc]hairwoman)\s+of\s+")
UNION_LEADER = re.compile(
    r"\b[Uu]nion(?:'s)?\s+(?:[Pp]resident|[Ll]eader|[Cc]hief|[Hh]ead|[Bb]oss|[Cc]hair|[Cc]hairman|[Cc]hairwoman)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})"
)
# "Local 345 President", "District 9 chair": a numbered branch's officer, the union left unnamed in the title.
UNIT_OFFICER = re.compile(rf"^(?:the\s+)?{UNIT}\s+[\w-]+$")
# "the ABC/DEF bargaining team": a body known by its acronym (or a pair of them) sitting at the table.
ACRONYM_TEAM = re.compile(
    r"\b[Tt]he\s+(?P<org>[A-Z][A-Z0-9&-]{1,9}(?:/[A-Z][A-Z0-9&-]{1,9})?)\s+bargaining\s+(?:team|committee)\b"
)
SAYS_THE_UNION = re.compile(r"\b[Tt]he\s+(?:[Uu]nion)\b(?!\s+[A-Z])")
# "French farmers' union FNSEA", "the carmaker group Stellantis": a sort of organisation, then its name.
SORT_NOUN = (
    r"(?P<sort>union|company|firm|group|federation|association|alliance|coalition|movement|militia|carmaker|"
    r"planemaker|manufacturer|lobby|chain|retailer)"
)
APPOSED_ORG = re.compile(rf"\b{SORT_NOUN}\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}})$")
# "France's largest farm union, the FNSEA, …", "the carmaker group PSA said": an acronym the article introduces
# by its sort, which its "the union" and its "Its president" then mean.
APPOSED_ACRONYM = re.compile(rf"\b{SORT_NOUN},?\s+(?:the\s+)?(?P<org>[A-Z][A-Z0-9&-]{{1,9}})\b(?![\w'’-])")
# "the union Carewell has asked its members to vote": a sort and the name after it introduce the body.
APPOSED_NAME = re.compile(
    rf"\b[Tt]he\s+(?:[a-z]{{3,}}\s+)?{SORT_NOUN}\s+(?P<org>[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]{{2,}})?)\b(?![\w'’-]|\s+[A-Z])"
)
# "Agrivan, a lobby group representing farmers, said": a name that opens its sentence with its sort in
# apposition introduces the body as "the union Carewell" does.
NAME_THEN_SORT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w&'’.-]*){{0,3}}),\s+"
    rf"(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{SORT_NOUN}\b(?![’']s\b)",
    re.MULTILINE,
)  # "X, the union's attorney": the union is whose attorney X is, not X's sort
# "The Marlow Institute for Household Budgets, a Cairo-based rights group, said": a group's full name, with its
# "for"/"of", opening its sentence before its sort; a demonym inside the name is no country's.
GROUP_THEN_SORT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The[ \t]+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:(?:for|of|on)[ \t]+)?[A-Z][\w&'’.-]*){1,5}),\s+"
    r"(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?P<sort>group|organi[sz]ation|charity|campaign)\b(?![’']s\b)",
    re.MULTILINE,
)
# "The FNSEA union will hold protests": the acronym before its sort introduces the body as well.
ACRONYM_SORT = re.compile(rf"\b[Tt]he\s+(?P<org>[A-Z][A-Z0-9&-]{{1,9}})\s+{SORT_NOUN}\b")
# "leader of the French agricultural union …", "a Chinese company's executive": a demonym that qualifies a
# union or company says where the body is, not that its officer speaks for the country.
QUALIFIES_BODY = re.compile(rf"^(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}{SORT_NOUN}\b")
# "Jeep parent company Stellantis", "the planemaker Boeing", "oil giant Shell": a company the article names
# after its sort, which its "the company" and a one-word "Stellantis said" then mean.
COMPANY_INTRO = re.compile(
    r"\b(?:company|firm|carmaker|automaker|planemaker|chipmaker|[a-z]+-maker|manufacturer|giant|conglomerate|"
    r"retailer|airline|lender|insurer|operator)\s+(?P<org>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2})\b(?!\s+[A-Z])"
)
# "Westhaven Terminals' chief executive", "Corvane CEO", "chief executive of Dunmore Foods": only a company
# has a chief executive officer, so the name that owns one is a company's, whatever its last word.
COMPANY_HEAD = re.compile(
    from_word_start(r"\w&.-")
    + r"(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)(?:['’]s?)?\s+(?:chief\s+executive|CEO)\b"
    r"|\b(?:chief\s+executive(?:\s+officer)?|CEO)\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)
# A title only a company gives ("Chief Financial Officer", "CEO"): with no organisation named in it, the
# officer is the company's the article is about, as "the company's chief executive" is.
COMPANY_OFFICER = re.compile(
    r"^(?:the\s+|an?\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:chief\s+[a-z]+(?:\s+[a-z]+)?\s+officer|CEO|COO|CFO|CTO|"
    r"chief\s+executive)$",
    re.IGNORECASE,
)
# Adjectives of a region, a faith or a reach: "a Western diplomat", "an Arab official", "a Gulf source"
# describe where someone is from, not an organisation called "Western".
REGION_ADJECTIVES = {
    "western",
    "eastern",
    "northern",
    "southern",
    "arab",
    "gulf",
    "asian",
    "african",
    "latin",
    "nordic",
    "baltic",
    "balkan",
    "european",
    "sunni",
    "shia",
    "shiite",
    "muslim",
    "christian",
    "jewish",
    "regional",
    "foreign",
    "international",
    "local",
    "senior",
    "other",
}
# "A senior official", "Its president": a word that opens a sentence before a title and names no body.
DETERMINERS = {"a", "an", "its", "their", "his", "her", "our", "this", "that"}
# The last word of an organisation's longer name that the organisation's staff are titled by on its own
# ("a Commission spokesperson", "the Fund's mission chief"); every state has councils and parliaments too.
BODY_WORDS = {"Commission", "Secretariat", "Fund", "Programme"}
# "The European Union's special envoy to the talks chaired …", "A senior commander of Colombia's smaller rebel group
# said …": an official a lede describes without a name, with the body an "of" or "for" after the title names.
LEDE_SUBJECT = re.compile(
    r"^(?:The|An?|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+[^.,;:\"“”]{0,60}?\b(?:envoy|minister|spokesman|spokeswoman|spokesperson|ambassador|negotiator|"
    r"president|commissioner|representative|mediator|commander)\b"
    r"(?:\s+(?:of|for)\s+[^.,;:\"“”]{1,60}?(?=\s+(?:said|says|told|tells|noted|added|announced)\b))?"
)
# Title words that name no department: "Treasury spokeswoman" and "Treasury Secretary" share "treasury" only.
TITLE_WORDS_WITHOUT_DEPARTMENT = {
    "president",
    "vice",
    "prime",
    "minister",
    "deputy",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "senior",
    "head",
    "top",
    "acting",
    "interim",
    "first",
    "second",
    "special",
    "envoy",
    "ambassador",
    "official",
    "officials",
    "the",
    "of",
    "his",
    "her",
    "press",
    "director",
    "adviser",
    "advisor",
    "representative",
    "general",
    "national",
    "state",
    "federal",
    "government",
    "office",
    "department",
    "ministry",
}
# "the official said" with no "an official" before it: someone the article has just named with a title.
BACK_REFERENCE = {"official", "spokesperson", "spokesman", "spokeswoman", "diplomat", "minister", "envoy", "negotiator"}
BACK_REFERENCE_REACH = 1200
# Read from a word's first capital only (a try from a later one fails as the first did), in group "name".
PERSON_NAME = re.compile(
    from_word_start(r"\w'’.-")
    + r"(?P<name>[A-Z][\w'’.-]++(?:\s+(?:(?:al|bin|bint|ibn|de|da|van|von)\s+)?[A-Z][\w'’.-]++)+)"
)
# "the diplomat", "the senior official": someone the article introduced before with "a" or "one".
DEFINITE = re.compile(r"^[Tt]he\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z-]+)$")
NAME_WORDS = r"[A-Z][\w'.-]*+(?: [A-Z][\w'.-]*+)?"
TITLED_NAME = rf"(?:(?:Dr|Mr|Mrs|Ms|Prof|Capt)\.? )?{NAME_WORDS}"  # "Dr Ana Ruiz": an honorific before the name
# Only ever fullmatched; a search tries it from no letter inside a word, so it stays linear run alone.
TWO_NAMES = re.compile(rf"(?<![\w'’.-]){TITLED_NAME} and {TITLED_NAME}")
# "an official", "Another government official": someone unnamed whom no state or body describes.
UNNAMED_OFFICIAL = re.compile(r"^(?i:an?|another|one|the)\s+(?:(?:senior|top)\s+)?(?:government\s+)?official$")
# ", who chair the union's junior doctors' committee,": the office two people named together share.
PAIR_CLAUSE = re.compile(r",\s+who\s+(?:co-)?(?:chair|lead|head|run|represent)\s+(?P<what>[^,.;:]{3,120})")
# Bodies every state has: "Parliament" alone after "European Parliament" may still be a national one.
EVERY_STATE_HAS = {
    "parliament",
    "government",
    "ministry",
    "council",
    "senate",
    "congress",
    "assembly",
    "office",
    "department",
    "cabinet",
    "court",
    "army",
    "police",
    "bank",
    "agency",
    "presidency",
}
WORKERS = re.compile(
    r"\b(?:workers|strikers|machinists|union members|picket line|picketers|picketing)\b", re.IGNORECASE
)
WORKERS_WINDOW = 600
# "a 14-year machinist on the fuselage line", "a striking nurse": a worker quoted in an article about a
# union's dispute speaks on the union's side.
# "X, a member of the negotiating committee" where the article speaks of "the union negotiating committee":
# one of the union's bargainers, on its side whatever job the title before gives.
BARGAINING_COMMITTEE_MEMBER = re.compile(
    r"(?:^|,\s+)(?:an?\s+)?member\s+of\s+the\s+(?:union(?:['’]s)?\s+)?(?:negotiating|bargaining)\s+(?:committee|team)$",
    re.IGNORECASE,
)
UNION_BARGAINING = re.compile(r"\bunion(?:['’]s)?\s+(?:negotiating|bargaining)\s+(?:committee|team)\b", re.IGNORECASE)
# "a crane operator for 17 years who walked out with her crew": a worker on strike, whatever the trade.
RANK_AND_FILE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:striking\s+|union\s+)?(?:worker|machinist|striker|picketer|"
    r"docker|dockworker|longshoreman|union member|member of the union|shop steward|steward|pilot|captain|"
    r"first officer|flight attendant|nurse|miner|welder|crew member|barista|mechanic|driver|teacher|educator|"
    r"technician|electrician|cashier|janitor|paramedic|firefighter)s?\b"
    r"|^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?striking\s+[\w-]+|^Capt\.$"
    r"|\bwho\s+(?:walked\s+out|(?:is|are|was|were)\s+on\s+strike|joined\s+the\s+(?:strike|walkout|picket))\b",
    re.IGNORECASE,
)
# "a Boeing machinist", "a UPS driver", "Lufthansa pilots", "chief executive of a Boeing supplier": a listed
# company's name before its workers, its suppliers or its customers names whom they work for or deal with, not a
# voice of the company; its managers ("Boeing vice president", "a Boeing spokesman") still speak for it.
COMPANY_WORKFORCE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:(?P<worker>worker|employee|staff|staffer|machinist|striker|picketer|"
    r"docker|dockworker|longshoreman|pilot|flight attendant|cabin crew|crew member|nurse|miner|welder|driver|"
    r"mechanic|barista|cashier|assembler)|retiree|supplier|customer|client|dealer|shareholder|investor|rival|"
    r"competitor)s?\b",
    re.IGNORECASE,
)
# "in a Facebook post", "on the army's Facebook page", "said on TikTok": a social platform's name as the medium
# someone else spoke through, not the company that runs it speaking.
PLATFORM_NAMES = frozenset({"Facebook", "TikTok"})
PLATFORM_MEDIUM_AFTER = re.compile(
    r"^\s+(?:page|post|posting|account|video|livestream|live|Live|channel|feed|story|stories)s?\b"
)
PLATFORM_MEDIUM_BEFORE = re.compile(r"\b(?:on|via|through)\s+$")
# "Presidential Adviser on the Peace Process": an office in a president's staff, whatever its remit, is the
# state's, as a minister's is.
PRESIDENTIAL_OFFICE = re.compile(r"^presidential\s+(?:adviser|advisor|assistant|envoy|spokes(?:man|woman|person))\b")
# "her Australian counterpart", "his Indian counterparts": the other side's holder of the same office.
COUNTERPART_OF_SIDE = re.compile(r"\b(?:his|her|their|its)\s+(?P<side>[A-Z][\w-]+)\s+counterparts?\b")
# "talks held in Kuala Lumpur", "negotiations brokered by Malaysia": a country named as where talks are, or who
# brings the sides together, is their host, not a side.
VENUE_CUE = re.compile(
    r"\b(?:talks|negotiations|meeting|meetings|round|summit)\b[^.\n]{0,40}\b(?:held\s+)?(?:in|at)\s+$"
    r"|\b(?:brokered|hosted|mediated|facilitated)\s+by\s+$"
)
# "a teacher at James Logan High School", "a nurse at St Mary's", "a driver for Metro Transit": a worker named
# by the workplace, which in a union's dispute is the employer the union bargains with, not the worker's side.
WORKER_AT = re.compile(
    r"^(?i:an?|one)\s+(?:[\w-]+\s+){0,2}?(?i:worker|machinist|nurse|teacher|pilot|driver|doctor|dockworker|"
    r"longshoreman|flight attendant|miner|welder|counselor|counsellor|mechanic|cleaner)\s+(?i:at|for|with)\s+[A-Z]"
)
HEAD_OF_GOVERNMENT = re.compile(r"\b(?:[Pp]rime [Mm]inister|President|Chancellor|Premier)\s+$")
# "Officials of the Harbour Drivers Union said": a body whose officials speak together, unnamed.
OFFICIALS_OF = re.compile(
    rf"\b(?:[Oo]fficials|[Ll]eaders|[Rr]epresentatives)\s+(?:of|from)\s+(?:the\s+)?(?P<org>{ORG_PHRASE})"
)
# "Acting Prime Minister": one who heads a government sits in no other head's cabinet.
HEADS_A_GOVERNMENT = re.compile(r"\b(?:prime minister|president|chancellor|premier)$", re.IGNORECASE)
# Offices only a government gives: a role with one that names a country is that country's officer.
GOVERNMENT_OFFICE = re.compile(r"\b(?:minister|premier|chancellor|ambassador)\b", re.IGNORECASE)
STATE_TITLE = re.compile(
    r"\b(?:minister|president|premier|chancellor|spokesman|spokeswoman|spokesperson|ambassador|envoy|"
    r"secretary|negotiator)$"
)
# A ministry's portfolio: what makes "Secretary Finance" or "a finance ministry official" a state's officer.
PORTFOLIO = {
    "finance",
    "foreign",
    "external",
    "trade",
    "commerce",
    "economy",
    "interior",
    "defence",
    "defense",
    "treasury",
    "energy",
    "health",
    "agriculture",
    "labour",
    "labor",
    "justice",
    "ministry",
}

# "a senior administration official", "the Administration officials": no country named with the word.
ADMINISTRATION_OFFICIAL = re.compile(
    r"(?:(?:senior|top|high-ranking|another|one)\s+)*administration\s+officials?(?:\s+\w+)?"
)
# Cabinet titles only the United States gives in this form (Mexico has a "Secretary of Economy", Britain a
# "Secretary of State for …"), so a bare one with nothing else to go on is American.
AMERICAN_SECRETARY = re.compile(
    r"\bsecretary of (?:state|labor|defense|(?:the )?treasury|homeland security|commerce|transportation)$"
)

QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")


POSSESSIVE_DETERMINERS = {"Your", "Our", "My", "His", "Her", "Their", "Its"}
BARE_SPOKESPERSON = re.compile(r"(?:[Aa]n?\s+|[Tt]he\s+)?[Ss]pokes(?:man|woman|person)")
PORTFOLIO_BEFORE = re.compile(r"\b[Mm]inist(?:er|ry)\s+$")
# The words a government department's remit is named in ("Public Instruction", "Public Service", "International
# Trade"): an office "of" such words, or a role that is only such words, names a state's portfolio, not a body
# of its own.
DEPARTMENT_WORDS = PORTFOLIO | {
    "public",
    "service",
    "services",
    "instruction",
    "education",
    "international",
    "affairs",
    "works",
    "transport",
    "housing",
    "environment",
    "development",
    "industry",
    "employment",
    "welfare",
    "information",
    "communications",
    "planning",
    "social",
    "care",
    "business",
    "culture",
    "home",
    "state",
    "and",
    "of",
    "for",
    "the",
}
# "the Elm Street store", "our Harbour Road site": an address, where a speaker works, never a body that speaks.
ADDRESS_END = re.compile(r"\b(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Square|Plaza|Drive|Highway)\.?$")
# The nouns a body's full name may end in, where a role prints only a word of it: "the Tri-River Boundary
# and Water Commission", "Hugo Brandt High School", "the Larkfield Philharmonic Orchestra".
BODY_NAME_END = re.compile(
    ORG_SUFFIX.pattern
    + r"|"
    + NO_POSITION_ORG.pattern
    + r"|\b(?:Commission|Board|Department|Ministry|Orchestra|Symphony|Opera|Ballet|Assembly|Tribunal)\b"
)

# "X's spokesman", "the PM's official spokeswoman": someone who speaks for the person or office named.
POSSESSIVE_STAFF = re.compile(r"\w['’]s\s+(?:official\s+|chief\s+|press\s+)?(?:spokes(?:man|woman|person)|aide)$")
STATE_SPEAKS = re.compile(
    r"^(?:\s+(?:on|last|this|late|early)\s+\w+)?\s+(?:has\s+)?(?:said|says|announced|warned|insisted|stressed|"
    r"told|urged|called|reiterated|reaffirmed|maintained)\b"
)
# "ANKARA (AP) —", "KYIV, Ukraine (Reuters) -", "BEIJING:", "New Delhi:": the place a wire story was filed from.
# "SEOUL, July 18 (Yonhap) --": the day's date between the place and the agency.
# "HAVANA, Nov. 3rd (XW) -Havana's …": an ordinal day, and a dash the copy runs into the next word.
MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\w])"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?:,\s+(?P<region>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?))?"
    rf"(?:,?\s+{MONTH_DAY})?\s*(?:\([^()]{{1,40}}\))?\s*(?:[—–:]|--?)(?:\s|(?<=\)\s-)(?=[A-Z]))"
)
# "Valletta: …", "Nairobi, Kenya: …": a place in title case before a colon, its country after a comma or not.
TITLE_CASE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2})"
    r"(?:,\s(?P<region>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}))?:\s"
)
THE_MILITARY = re.compile(r"\b[Tt]he\s+(?:military|army|armed forces)\b")
# "BOGOTA, AFP" on a line of its own: a capitalised place, with the agency after a comma or nothing after it.
LONE_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?:,\s+[A-Z][A-Za-z.-]{1,15})?$")
# "Caracas (AFP) –": a place in title case is a dateline where an agency's credit in brackets and a dash follow.
CREDITED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2})\s*\([^()]{1,40}\)\s*(?:[—–]|--?)(?:\s|$)"
)
# "New Delhi, April 2" on a line of its own (or before a colon or dash): a place printed with the day's date.
DATED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}),\s+(?P<month>[A-Z][a-z]+\.?)\s+\d{1,2}(?:,\s+\d{4})?"
    r"\s*(?:$|[:—–]\s|--?\s)"
)
COUNTRY_ROLE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:breakaway|self-declared|autonomous)\s+)?"
    r"(?:country|nation|kingdom|republic|emirate|sultanate|region|territory|enclave)(?:'s)?\b",
    re.IGNORECASE,
)
REGION_NOUN = re.compile(r"\b(?:region|territory|enclave)", re.IGNORECASE)
# "the union's president", and a title that opens with the noun: "Army spokesman", "Union president".
# Up to two lower-case words may stand between: "the paramilitary group", "the school board chair".
GENERIC_ROLE = re.compile(
    r"(?:\b(?i:the|this|that)\s+(?:[a-z-]+\s+){0,2}?|^)(?i:(?P<noun>" + "|".join(GENERIC) + r"))(?:'s)?\b(?!-)"
)
GENERIC_MENTION = re.compile(
    r"\b[Tt]he\s+(?P<noun>union|company|bloc|army|military|militia|movement|agency|authority)\b(?![-\w])"
)
# "a company spokesperson", "a union official": someone speaking for the one company or union of the article.
GENERIC_STAFF = re.compile(
    r"^(?:a|an)\s+(?P<noun>company|union)\s+(?:spokesperson|spokesman|spokeswoman|official|representative|"
    r"negotiator)$",
    re.IGNORECASE,
)
# "the association's chief negotiator", "the guild said": the body the article names with that last word.
BODY_NOUN = re.compile(r"(?:^|\b(?i:the)\s+)(?P<noun>(?i:association|guild))(?:['’]s)?\b(?![-\w])")
# "the players association", "the nurses' association": an association named after the workers it bargains for is
# the article's union, as "the union" is; "the growers association" names no workers and stays no union.
WORKERS_ASSOCIATION = re.compile(
    r"\b(?i:the)\s+(?:players|teachers|nurses|pilots|doctors|physicians|employees|workers|musicians|actors|writers|"
    r"officers|firefighters|professors|faculty)['’]?\s+association\b(?![-\w])",
    re.IGNORECASE,
)
# "the North's news agency", "the impoverished North", "the South": half of a divided country, not a longer
# name ("the North Atlantic", "the North-South line").
HALF = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?P<half>North|South)\b(?!['’]?\s*[A-Z-])")
# Sides of employers an article may describe in lower case rather than name ("the video game producers",
# "the hospitals"), which their spokesperson speaks for under that description.
EMPLOYER_SIDES = (
    r"(?:companies|producers|studios|employers|hospitals|airlines|carriers|automakers|manufacturers|owners|growers|"
    r"operators|publishers|railroads|railways|shipowners)"
)
# "The hospitals, however, said …": a described side of employers that speaks, before its bare spokesperson.
DESCRIBED_SIDE_SPEAKS = re.compile(
    rf"\b[Tt]he\s+(?P<side>(?:[a-z][\w-]*\s+){{0,2}}{EMPLOYER_SIDES})\b[^.\"“”]{{0,40}}?\b(?:said|says|stated|announced)\b"
)
# What a state news agency does when it speaks for its state: it says, states or comments (an aside between
# commas allowed: "KCNA, the North's official agency, said"), not "reported".
# "the KCNA report said", "a Xinhua commentary said": what a state's agency printed speaks as the agency does.
STATE_MEDIUM_PIECE = r"(?:report|dispatch|commentary|editorial|statement|article)"
STATE_MEDIUM_SAYS = r"(?:,[^,.]{0,60},)?\s+(?:said|says|stated|commented|warned|added)\b"
# "Iran's state television said", "the North's state-run news agency said", "Chinese state media said": a state's
# own outlet, its state named before it.
STATE_MEDIUM = re.compile(
    from_word_start(r"\w'-")
    + r"(?P<state>(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*?)(?:'s)?\s+(?:official|state|state-run|state-owned|"
    r"government-run)\s+(?:[A-Z][\w-]*\s+){0,4}(?:news\s+agency|media|television|TV|radio|broadcaster)"
    + STATE_MEDIUM_SAYS
)
BLOCS = ("European Union", "ASEAN", "Mercosur", "African Union", "NATO", "BRICS", "Gulf Cooperation Council")

ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "the eu", "the un": a short acronym typed in lower case
VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "what did Robb say about Canada", "talks with the Taliban": the topic or the other side, not the side asked for.
# Not "on" or "to": "the duty on Canadian lumber", "did Truss say sorry to Tehan" are often answered by that side.
TOPIC_BEFORE = re.compile(
    r"\b(?:about|regarding|over|towards?|against|with|from)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE
)
VENUE_AFTER = re.compile(
    r"^[\s-]*(?:talks|round|rounds|meeting|meetings|summit|process|format|agreement|accords?|deal|"
    r"declaration|negotiations|conference|framework)\b",
    re.IGNORECASE,
)

CIVIL_SUFFIX = re.compile(
    r"\b(?:Association|Assn|Alliance|Federation|Confederation|Chamber|Guild|Syndicate|Union|"
    r"Workers(?:\s+United)?|Company|Corporation|Corp|Inc|Ltd|plc|LLC|Society|Council|"
    r"Airlines|Airways|Motors|Shipbuilding|Shipping|Carriers|Tankers|Railways|Logistics|Pharmaceuticals|Holdings|Industries)\.?$"
)
STATE_WORDS = re.compile(
    r"\b(?:Security|National|State|Supreme|Privy|Federal|Legislative|Executive|Military|"
    r"Revolutionary|Ministers|Government|Presidential|Royal|Armed|People's)\b"
)


# "Federation of Teachers", "Union of Concerned Scientists": the capitalised "of" phrase is part of the name.
OF_TAIL = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*")
# A trading name's last word, after which "of Piraeus" is where the firm sits, not part of its name (unlike
# "Federation of Teachers", "Bank of England").
TRADING_SUFFIX = re.compile(
    r"\b(?:Inc|Ltd|plc|LLC|GmbH|AG|Corp|Holdings|Industries|Motors|Airlines|Airways|Logistics|Pharmaceuticals|"
    r"Technologies|Systems|Chemicals|Foods|Carriers|Shipping|Tankers)\.?$"
)
JOINED = re.compile(r"\s+and\s+(?:the\s+)?")


MEMBER_WORDS = ("member", "lawmaker", "MP", "politician")

# "X, …, was one of the Conservative team", "X … sat on the Labour negotiating team": a politician on one
# party's side of the table.
ON_THE_TEAM = (
    r"(?:was|is|were|are|as)\s+(?:one of|part of|a member of|on)\s+the\s+(?P<what>[A-Z][^,.;:()\n]{0,40}?)\s+"
    r"(?:negotiating\s+)?(?:team|delegation|negotiators)\b"
)
# "X, who hopes to be the next Labour leader": a politician seeking to lead one party.
RUNNING_TO_LEAD = (
    r"(?:to be|to become|as)\s+(?:the\s+)?(?:next|new|future)\s+(?P<what>[A-Z][^,.;:()\n]{0,40}?)\s+"
    r"(?:leader|chair|chairman|chairwoman)\b"
)


PAIRED_COUNTERPARTS = re.compile(
    r"\b(?:his|her|their)\s+(?P<a>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+and\s+"
    r"(?P<b>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+counterparts,\s+(?P<x>[^,]{3,40}?)\s+and\s+"
    r"(?P<y>[^,]{3,40}?),\s+respectively"
)


# "EU Minister", "UN ambassador", "NATO envoy": a state's office for dealing with the body named before it.
STATE_OFFICE_FOR_BODY = re.compile(
    r"\s+(?:[Aa]ffairs\s+)?(?:[Mm]inister|[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate)\b(?!\s+(?:of|for)\b)"
)

# Ranks whose words also open bodies' names ("Major League Baseball", "General Motors"): before a word that is
# no title, the rank belongs to the name.
RANKS_OPENING_NAMES = {"major", "general"}
# The words a title ends in for a person ("Transport Minister", "Public Service Commissioner"), as against
# the words that only qualify one and also open bodies' names ("Public", "Trade", "Transport").
TITLE_HEADS = {
    "minister", "secretary", "president", "chair", "chairman", "chairwoman", "chancellor", "chief", "commissioner",
    "director", "envoy", "governor", "head", "leader", "mayor", "member", "negotiator", "official", "officials",
    "premier", "pm", "mp", "senator", "spokesman", "spokesperson", "spokeswoman", "ambassador", "adviser",
    "advisor", "ceo", "cfo", "coo", "consul", "diplomat", "representative", "lawmaker", "legislator", "speaker",
    "king", "queen", "prince", "emir", "sultan", "sheikh", "founder", "commander", "colonel", "gen", "general",
    "adm", "brigadier", "lieutenant", "major", "executive", "deputy", "staff", "team", "delegation", "office",
    "ministry", "department", "embassy", "consulate", "mission", "government", "administration", "cabinet",
}  # fmt: skip

# "Speaking for the bloc, …", "Speaking on behalf of the G77 and China, …": whom the speaker named next speaks for;
# after the name, ", speaking for the African Group, said".
SPEAKING_FOR = re.compile(r"\b[Ss]peaking\s+(?:for|on\s+behalf\s+of)\s+(?P<side>[^,.;:]{2,80}?)\s*,")
SPEAKING_FOR_AFTER = re.compile(r",\s+speaking\s+(?:for|on\s+behalf\s+of)\s+(?P<side>[^,.;:]{2,80}?)\s*,")
SIDE_BY_ITS_SORT = re.compile(r"(?i:the)\s+(?:bloc|group|alliance|coalition|grouping)")
# "a Norwegian diplomat", "a veteran Ghanaian diplomat": where the person comes from, not whom they speak for,
# when the article gives them a post before their name.
NATIONALITY_ONLY = re.compile(
    r"^(?:a|an|the)\s+(?:veteran\s+|career\s+|senior\s+)?[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)\s+"
    r"(?:diplomat|national|citizen)$"
)
# "…,' its president, Aaron Whitcombe, said": a title that belongs to the organisation named before; "its
# secretary-general, X", and "Its spokeswoman, Lt. Gen. X" with the officer's rank between title and name.
ITS_TITLE = re.compile(
    r"\b[Ii]ts\s+(?:[a-z-]+\s+){0,3}(?:president|chair|chairman|chairwoman|chairperson|director|"
    r"head|leader|spokesman|spokeswoman|spokesperson|secretary|executive|negotiator|chief)(?:-general)?\s*,?\s*"
    r"(?:(?i:" + MILITARY_RANK.pattern + r")\.?\s+)?$"
)
# ", who has worked on the children's ward for years,": what someone has done, not a post they hold.
RELATIVE_CLAUSE = re.compile(r"^(?:who|whose)\b")


# "a rice farmer from Banteay Ampil", "a fisherman from Kerrow": someone described by where they live and
# work, whose "from" names a village or town, not a body they speak for.
PERSON_OF_A_PLACE = re.compile(
    r"\b(?:farmer|fisherman|fishermen|herder|villager|resident|grower|shopkeeper|trader|pensioner|mother|"
    r"father|widow|student)s?\s+$"
)
# "Cambodia's defence ministry", "the Thai army": a state's body, whose "its spokeswoman" speaks for the state.
STATES_OWN_BODY = re.compile(
    r"\b(?:[Tt]he\s+)?[A-Z][\w-]+(?:['’]s)?\s+(?:[a-z]+\s+)?"
    r"(?:ministry|army|navy|military|armed forces|air force|government|embassy|foreign office)\b"
)
TITLE_BEFORE_WORD = re.compile(r"^(?:[A-Z][\w.'-]*|[a-z]+)$")

COORDINATED = re.compile(r"^(?P<rest>.*?)(?:,|\s+and|,\s+and)\s+$")
PREVIOUS_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")

FROM_BODY = re.compile(
    r"from\s+the\s+(?:[A-Z][\w&'-]*\s+){1,5}(?i:union|party|association|federation|confederation|council|group)"
)
NOT_APPOSITIVE = re.compile(
    r"^(?:and|or|but|nor|to|in|at|from|on|near|both|all|then|while|after|before|when|where|which|"
    r"said|says|told|tells|added|adds|wrote|writes|warned|noted|stressed|insisted|argued|explained|urged|"
    r"announced|declared|replied|responded|claimed|called|asked|"
    r"who\s+(?:is|was|are|were)\s+(?:also\s+)?(?:accompanied|joined|flanked|travelling|traveling|visiting|"
    r"staying|expected|due|scheduled))\b"
)


DESCRIPTION_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\n)(?P<what>(?:The|the|A|An)\s[^,.;:\"“”\n]{3,100}),\s+(?:[A-Z][\w’'.-]*\s+){1,4}$"
)

FINITE = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|could|should|must|did|does)\b")

# "Football Association", "Rugby Football Union", "Tennis Federation": a body named for its sport governs it; the
# players' union is named for its members ("Players' Association", "Footballers' Association").
SPORT_BODY = re.compile(
    r"\b(?:Football|Soccer|Rugby|Cricket|Tennis|Hockey|Basketball|Baseball|Athletics|Netball|Volleyball|Golf|"
    r"Cycling|Swimming|Olympic)\s+(?:Association|Federation|Union|Confederation)\b"
)
LABOUR_BODY = re.compile(
    r"\b(?:Union|Federation|\w*[Ww]orkers|Machinists|Brotherhood|Teamsters|Confederation|Guild|Congress|"
    r"Association)\b"
)

# The provinces and states whose governments bargain with their own public-sector unions, as copy names them:
# a side of its own in such a dispute, which the gazetteer (countries, bodies, parties) does not list. Not
# "Washington" nor "New York", which copy uses for a capital and a city far more than for a state.
REGION_NAMES = """
Ontario, Quebec, Alberta, British Columbia, Manitoba, Saskatchewan, Nova Scotia, New Brunswick,
Newfoundland and Labrador, Prince Edward Island, New South Wales, Victoria, Queensland, South Australia,
Western Australia, Tasmania, Scotland, Wales, Alabama, Alaska, Arizona, Arkansas, California, Colorado,
Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine,
Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire,
New Jersey, New Mexico, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island,
South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming
"""
SUBNATIONAL = {
    **{name.strip(): name.strip() for name in REGION_NAMES.split(",")},
    "Québec": "Quebec",
    "B.C.": "British Columbia",
    "NSW": "New South Wales",
    "Qld": "Queensland",
    "Scottish": "Scotland",
    "Welsh": "Wales",
}
SUBNATIONAL_NAME = re.compile(
    r"(?<![\w.])(?P<name>" + "|".join(re.escape(n) for n in sorted(SUBNATIONAL, key=len, reverse=True)) + r")(?![\w-])"
)
# "the province", "provincial", "the state government", "Premier X": the article's government is a province's
# or a state's, not a country's.
REGIONAL_GOVERNMENT = re.compile(
    r"\b(?:[Pp]rovinc(?:e|ial)|province-wide|state government|state budget|state Labor|state Liberal|[Pp]remier)\b"
)
# A dispute between a government and its employees: where a province or state is a side of its own, not one
# of a country's provinces in the country's talks with another ("British Columbia Premier X" on softwood).
LABOUR_DISPUTE = re.compile(
    r"\b(?:unions?|strike|bargaining|collective agreements?|pay (?:offer|deal|rise)|wages?)\b", re.IGNORECASE
)
# A provincial or state minister's title: "Education Minister", "Minister of Finance", "Treasurer", "Premier",
# "President of Treasury Board".
REGIONAL_MINISTER = re.compile(
    r"\b(?:minister|premier|treasurer|secretary|president of (?:the )?treasury board|treasury board president)\b",
    re.IGNORECASE,
)
# "X for the Greek Melorians", "X, for the union,": whom a person named just before speaks for.
FOR_SIDE = re.compile(r",?\s+for\s+(?P<side>the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\b")
# "Hamid Qureshi, a retired ambassador, is representing Pakistan at the talks", "X, who represents the
# government in the talks,": whom the article says the person stands for at the table, after the name.
REPRESENTING_AFTER = re.compile(
    r"^(?:,[^,.;:“”\"]{1,100},)?,?\s+(?:who\s+)?(?:(?:is|was|has\s+been|will\s+be)\s+)?"
    r"(?:representing|represents|represented)\s+"
    r"(?P<side>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|the\s+government)(?![\w'’-])"
)
# "the Ocean Commons Network, an observer group": a body the article introduces as an observer of the talks.
OBSERVER_BODY = re.compile(
    r"(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+)?[A-Z][\w&'’.-]*){0,5}),\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?observer\s+(?:group|organi[sz]ation|body|mission)\b"
)
# A broadcast transcript's label for its own staff: "BYLINE" (the reporter), "HOST", "ANCHOR".
BROADCAST_LABEL = re.compile(r"(?i:byline|host|anchor|co-host)")
# "a group called Bridges Across the Line", "an organisation known as the X": a body the article names by its sort.
CALLED_BODY = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|charity|movement|network|campaign|coalition)\s+"
    r"(?:called|named|known\s+as)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and)){0,5})(?![\w'’-])"
)
# "Hollins & Pike", "Marks & Spencer": a firm's name, two capitalised names joined by an ampersand.
AMPERSAND_FIRM = re.compile(r"(?<![\w&])[A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*)? & [A-Z][a-z][\w-]*(?![\w-])")
# "Greek Melorians", "Turkish Cypriots": a demonym, then a people named in the plural (checked against the gazetteer).
COMMUNITY = re.compile(r"\b(?P<adjective>[A-Z][a-z]+)\s+(?P<people>[A-Z][a-z]+(?:ians|ans|ites|ots|ers))\b")
# "The New South Wales Premier", "premier of Ontario".
PREMIER = re.compile(r"\b[Pp]remier\b")
# "Mayor", "the mayor": a title that names no town.
BARE_MAYOR = re.compile(r"(?:[Tt]he\s+)?[Mm]ayor")
# "mayor of Tarrant Bay", "Tarrant Bay's mayor", "Tarrant Bay Mayor X": the town an article gives a mayor.
MAYOR_OF = re.compile(
    r"\b[Mm]ayor\s+of\s+(?P<town>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2})"
    r"|(?<![\w.])(?P<owner>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2})(?:['’]s\s+mayor|\s+Mayor)\b"
)
# "Treasury Board", "Appropriations Committee": an organ of a government or a legislature named by its remit,
# whose chair speaks for the government or the lawmaker's side, never for the organ as a side of its own.
REMIT_ORGAN = re.compile(
    r"(?:the\s+)?(?:Treasury|Appropriations|Budget|Finance|Ways and Means)(?:\s+(?:Board|Committee|Subcommittee))?",
    re.IGNORECASE,
)
# After a US lawmaker's name: "R-Kan.", "(D-Vt.)", "of Vermont, the top Democrat on …", ", a Texas Republican".
US_PARTY_TIE = (
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,?\s+"
    r"(?:\(?(?P<letter>[DR])-[A-Z][a-z]*\.?(?![\w])"
    r"|(?:a|an|the)\s+(?:(?:top|ranking|senior|veteran|[A-Z][a-z]+)\s+){0,2}(?P<label>Democrat|Republican)(?![\w-]))"
)
# "the Idaho Republican", "the top Democrat": a lawmaker described by a party's singular label.
US_PARTY_DESCRIPTION = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:(?:top|ranking|senior|veteran|[A-Z][a-z]+)\s+){1,2}(?P<label>Democrat|Republican)"
)
# A legislature's words: the US Congress's talks between its two parties.
CONGRESS = re.compile(r"\b(?:Sen\.|Rep\.|(?:Senate|Congress|House|senators?|lawmakers)\b)")
# Officers whose title names no body but says which kind of body they serve: "senior vice president of human
# resources in North America", "school superintendent" (AP's "Supt."), "local union president". Each speaks for
# the article's one body of that kind (`ArticleView.sole_of_kind`), never for a guessed one where it names two.
EMPLOYER_OFFICER = re.compile(
    r"^(?:the\s+|an?\s+|its\s+)?(?:(?:senior|executive|group|assistant|deputy|associate|regional|corporate)\s+){0,2}"
    r"(?:vice[\s-]+president|VP|director|head|manager)\s+(?:of\s+|for\s+)?(?:the\s+company['’]s\s+)?"
    r"(?:human\s+resources|HR|labou?r\s+relations|employee\s+relations|industrial\s+relations|personnel|"
    r"manufacturing|corporate\s+(?:affairs|communications))\b(?!\s+(?:at|of|for)\s+[A-Z])"
    r"|^(?:the\s+|an?\s+|its\s+)?(?:general\s+counsel|plant\s+manager|(?:HR|human\s+resources|labou?r\s+relations)\s+"
    r"(?:director|manager|chief|head))$",
    re.IGNORECASE,
)
DISTRICT_OFFICER = re.compile(
    r"^(?:the\s+|an?\s+|its\s+)?(?:(?:school|district)\s+)?(?:(?:assistant|asst\.|deputy|associate|assoc\.|interim|acting)\s+)?"
    r"(?:superintendent|supt\.)(?:\s+of\s+(?:schools|human\s+resources|personnel|business\s+services))?$"
    r"|^(?:the\s+|an?\s+)?school\s+board\s+(?:president|chair|chairman|chairwoman|chairperson|vice\s+chair|member|"
    r"trustee)$",
    re.IGNORECASE,
)
UNION_OFFICER = re.compile(
    r"^(?:the\s+|an?\s+)?(?:local\s+(?:union\s+)?|branch\s+|chapter\s+)(?:president|chair|chairman|chairwoman|"
    r"secretary|leader|vice\s+president)$"
    r"|^(?:the\s+|an?\s+)?(?:chief\s+steward|shop\s+steward|business\s+agent|president\s+of\s+the\s+local)$",
    re.IGNORECASE,
)
# The kinds of body an officer's title says the officer serves (see `_sort_of` in article.py for the kinds).
EMPLOYER_KINDS = frozenset({"company", "hospital", "district", "council", "agency"})
OFFICER_KINDS = (
    (EMPLOYER_OFFICER, EMPLOYER_KINDS),
    (DISTRICT_OFFICER, frozenset({"district"})),
    (UNION_OFFICER, frozenset({"union"})),
)
# Definite descriptions of a kind of body that GENERIC does not read (it keeps "guild" for a body named after the
# noun): "the guild wrote", "the employer said", "the carmaker's offer". Each means the article's one body of that
# kind, and nothing where it names two.
KIND_NOUNS = {
    "guild": frozenset({"union"}),
    "employer": EMPLOYER_KINDS,
    "carmaker": frozenset({"company"}),
    "automaker": frozenset({"company"}),
    "firm": frozenset({"company"}),
    "hospital": frozenset({"hospital"}),
    "district": frozenset({"district"}),
}
KIND_NOUN = re.compile(r"(?:^|\bthe\s+)(?P<noun>" + "|".join(KIND_NOUNS) + r")(?:['’]s)?\b(?![-\w])", re.IGNORECASE)
KIND_MENTION = re.compile(r"\b[Tt]he\s+(?P<noun>" + "|".join(KIND_NOUNS) + r")\b(?![-\w])")
