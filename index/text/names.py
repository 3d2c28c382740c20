"""Words that tell a person's name from a title, a day, a place, an organisation or a news agency.

News prose puts many capitalised words around a speaker: "Kremlin spokesman Dmitry Peskov Monday
that Moscow…". Reading the capitalised run and stopping at the first title word, day or verb gives the
name; what comes before it is the role. The lists here are closed-class words (titles, role nouns, days,
organisation heads, agencies) and common given names with their usual gender, used to resolve "she said"
only when nothing in the text says otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
        "yesterday", "tomorrow"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec"}

# Honorifics and titles printed before a name; the value is the gender they imply, if any.
HONORIFICS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "sheikh": "m", "emir": "m",
    "sultan": "m", "father": "m", "brother": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "dame": "f", "lady": "f", "queen": "f", "princess": "f", "sheikha": "f", "sister": "f", "madam": "f",
    "dr": None, "dr.": None, "prof": None, "prof.": None, "rev": None, "rev.": None, "gen": None, "gen.": None,
    "lt": None, "lt.": None, "col": None, "col.": None, "maj": None, "maj.": None, "capt": None, "capt.": None,
    "sgt": None, "sgt.": None, "adm": None, "adm.": None, "sen": None, "sen.": None, "rep": None, "rep.": None,
    "gov": None, "gov.": None, "amb": None, "amb.": None, "hon": None, "hon.": None, "pres": None,
    "pres.": None,
}

# Nouns that name a position; a phrase headed by one describes a speaker ("the union's president").
ROLE_NOUNS = {
    "president", "premier", "minister", "secretary", "chancellor", "commissioner", "envoy", "ambassador",
    "negotiator", "adviser", "advisor", "director", "chief", "executive", "officer", "chairman",
    "chairwoman", "chairperson", "chair", "head", "leader", "official", "officials", "spokesman",
    "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "senator", "congressman", "congresswoman",
    "representative", "lawmaker", "lawmakers", "legislator", "mp", "governor", "mayor", "general",
    "commander", "colonel", "lieutenant", "captain", "admiral", "major", "sergeant", "judge", "justice",
    "prosecutor", "attorney", "lawyer", "diplomat", "diplomats", "mediator", "mediators", "delegate",
    "delegation", "member", "members", "analyst", "analysts", "economist", "researcher", "expert",
    "experts", "professor", "fellow", "scholar", "historian", "strategist", "consultant", "founder",
    "owner", "ceo", "cfo", "coo", "cto", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan",
    "monarch", "ayatollah", "cleric", "pope", "cardinal", "bishop", "rabbi", "imam", "source", "sources",
    "person", "people", "aide", "aides", "staffer", "worker", "workers", "machinist", "organiser",
    "organizer", "activist", "campaigner", "journalist", "correspondent", "editor", "reporter", "host",
    "anchor", "presenter", "candidate", "nominee", "deputy", "vice-president", "secretary-general",
    "director-general", "president-elect", "coordinator", "administrator", "manager", "partner",
    "principal", "dean", "rector", "assistant", "envoys", "chiefs", "heads", "leaders", "ministers",
    "superintendent", "inspector", "commandant", "marshal", "steward", "shop steward", "negotiators", "resident",
    "residents", "farmer",
    "farmers", "fisherman", "fishermen", "protester", "protesters", "voter", "voters", "survivor",
    "relative", "relatives", "witness", "witnesses", "speaker", "whip", "insider",
    "insiders", "observer", "observers", "monitor", "monitors", "investigator", "investigators",
    "authorities", "authority", "government", "administration", "ministry", "office", "union", "company",
    "group", "side", "team", "committee", "council", "commission", "embassy", "militia", "movement",
    "party", "campaign", "alliance", "federation", "association", "agency",
}
PERSON_ROLE_NOUNS = ROLE_NOUNS - {
    "authorities", "authority", "government", "administration", "ministry", "office", "union", "company",
    "group", "side", "team", "committee", "council", "commission", "embassy", "militia", "movement",
    "party", "campaign", "alliance", "federation", "association", "agency", "delegation",
}
ROLE_GENDER = {"spokesman": "m", "spokesmen": "m", "chairman": "m", "congressman": "m", "businessman": "m",
               "king": "m", "prince": "m", "emir": "m", "sheikh": "m", "sultan": "m", "fisherman": "m",
               "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f", "queen": "f",
               "princess": "f", "sheikha": "f"}
# Lower-case words that may sit inside a title before a name ("Kremlin spokesman", "EU trade commissioner").
ROLE_MODIFIERS = {
    "deputy", "vice", "foreign", "defense", "defence", "trade", "press", "senior", "former", "acting",
    "special", "chief", "top", "lead", "state", "national", "security", "fisheries", "ministry",
    "foreign-policy", "policy", "finance", "economy", "economic", "interior", "justice", "energy", "health",
    "news", "union", "party", "opposition", "presidential", "prime", "first", "assistant", "associate",
    "executive", "general", "managing", "political", "military", "intelligence", "commerce",
    "treasury", "labor", "labour", "agriculture", "environment", "climate", "transport", "culture",
    "education", "industry", "development", "then", "outgoing", "incoming", "interim", "veteran", "regional",
    "government", "government's", "de", "facto", "permanent", "parliamentary", "communications",
    "negotiating", "federal", "supreme", "high", "junior", "ex", "ex-", "army", "navy",
    "police", "rebel", "militia", "company", "group", "campaign", "delegation", "negotiation",
    "peace", "ceasefire", "talks", "cabinet", "bloc", "alliance", "coalition", "ruling",
}
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "premier", "chancellor", "ambassador", "envoy",
    "senator", "representative", "governor", "mayor", "general", "colonel", "commander", "admiral", "major",
    "captain", "judge", "justice", "chief", "deputy", "acting", "former", "foreign", "defense", "defence",
    "interior", "finance", "trade", "treasury", "state", "special", "press", "spokesman", "spokeswoman",
    "spokesperson", "director", "chairman", "chairwoman", "chair", "commissioner", "king", "queen", "prince",
    "princess", "crown", "sheikh", "sheikha", "emir", "sultan", "ayatollah", "pope", "cardinal",
    "archbishop", "bishop", "rabbi", "imam", "professor", "sir", "dame", "lord", "lady", "leader", "supreme",
    "high", "national", "security", "adviser", "advisor", "head", "officer", "executive", "ceo", "cfo",
    "negotiator", "delegate", "mediator", "coordinator", "administrator", "secretary-general",
    "director-general", "president-elect", "speaker", "congressman", "congresswoman", "lawmaker", "mp",
    "attorney", "counsel", "economy", "energy", "health", "labor", "labour", "commerce", "u.s.",
    "us", "u.k.", "uk", "u.n.", "un", "eu", "then", "top", "incoming", "outgoing",
    "interim", "assistant", "senior", "lieutenant", "lt.", "gen.", "col.", "maj.", "capt.", "sgt.", "adm.",
    "sen.", "rep.", "gov.", "amb.", "dr.", "mr.", "ms.", "mrs.", "prof.", "rev.", "hon.", "mr", "ms", "mrs",
    "dr", "miss", "state's", "field", "marshal", "first", "member", "chairperson", "military",
    "intelligence", "presidential", "regional", "agriculture", "environment", "climate", "transport",
    "development", "industry", "economic", "political", "communications", "permanent", "ministry",
}
# The head word of an organisation's name: a run ending here names an organisation, not a person.
ORG_WORDS = {
    "ministry", "department", "office", "commission", "council", "union", "party", "service", "services",
    "agency", "bank", "court", "group", "institute", "institution", "university", "centre", "center",
    "foundation", "association", "alliance", "federation", "committee", "forces", "army", "navy", "news",
    "times", "post", "journal", "press", "government", "administration", "parliament", "assembly",
    "congress", "senate", "house", "kremlin", "organization", "organisation", "authority", "company",
    "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "airlines", "airways", "aerospace", "fund",
    "program", "programme", "mission", "republic", "kingdom", "states", "nations", "front", "movement",
    "brigade", "brigades", "guard", "guards", "corps", "cabinet", "bureau", "embassy", "consulate",
    "studies", "affairs", "research", "initiative", "network", "society", "club", "school", "college",
    "hospital", "airport", "station", "street", "square", "sea", "ocean", "river", "gulf", "strait",
    "region", "province", "oblast", "district", "lodge", "summit", "talks", "treaty", "agreement", "accord",
    "plan", "deal", "declaration", "charter", "statement", "daily", "weekly", "television", "radio", "tv",
    "media", "channel", "council's", "advisors", "advisers", "associates", "partners", "holdings",
    "industries", "systems", "technologies", "motors", "energy", "capital", "international", "global",
    "secretariat", "directorate", "command", "police", "ministries", "court's", "unit", "division",
    "guardian", "telegraph", "herald", "tribune", "gazette", "observer", "independent", "express",
    "courier", "ledger", "dispatch", "review", "monitor", "wire", "agency's", "coalition", "league",
    "board", "panel", "tribunal", "palace", "hall", "base", "port", "city", "county", "state",
    "territory", "territories", "island", "islands", "mountains", "valley", "coast", "strip",
    "bank's", "zone", "line", "sector", "route", "corridor", "bridge", "dam", "plant", "field", "fields",
}
# News agencies and media: they report what others say and are never themselves the speaker.
AGENCIES = {
    "ap", "afp", "reuters", "bloomberg", "tass", "interfax", "xinhua", "ria", "ria novosti", "novosti",
    "sputnik", "anadolu", "irna", "isna", "tasnim", "fars", "mehr", "yonhap", "kyodo", "ansa", "efe", "dpa",
    "pti", "ani", "ukrinform", "unian", "interfax-ukraine", "apa", "azertac", "armenpress", "wam", "spa",
    "qna", "kuna", "mena", "bna", "kcna", "cna", "bernama", "antara", "the associated press",
    "associated press", "agence france-presse", "agence france presse", "bbc", "cnn", "npr", "cbs", "nbc",
    "abc", "fox news", "al jazeera", "al arabiya", "sky news", "politico", "axios", "the new york times",
    "the washington post", "the wall street journal", "the guardian", "the financial times",
    "financial times", "the times", "the telegraph", "le monde", "der spiegel", "kommersant", "izvestia",
    "rbc", "meduza", "ukrainska pravda", "the kyiv independent", "kyiv independent", "times of israel",
    "haaretz", "ynet", "channel 12", "kan", "tass news agency",
}
MEDIA_WORDS = re.compile(
    r"\b(news agency|state media|state-run media|state news|state television|state tv|state broadcaster|"
    r"broadcaster|newspaper|news outlet|news website|news site|media outlet|media reports?|local media|"
    r"daily|tabloid|wire service|television channel|tv channel|radio station|the outlet|the paper|"
    r"the agency|the network)\b",
    re.IGNORECASE,
)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
NOT_SPEAKERS = {"i", "we", "you", "they", "it", "one", "this", "that", "these", "those", "there", "me", "us",
                "them", "someone", "somebody", "everyone", "everybody", "nobody", "none", "who", "which",
                "what", "all", "both", "each", "many", "some", "others", "other", "anyone", "either",
                "neither"}
FUNCTION_WORDS = {
    "in", "on", "at", "the", "a", "an", "after", "before", "while", "when", "since", "although", "though",
    "if", "because", "unlike", "despite", "once", "until", "following", "amid", "under", "over", "during",
    "from", "ahead", "earlier", "later", "last", "meanwhile", "however", "also", "still", "instead",
    "according", "for", "with", "without", "by", "into", "through", "like", "as", "and", "but", "or", "so",
    "yet", "nor", "then", "now", "not", "only", "even", "both", "either", "neither", "this", "that", "these",
    "those", "such", "what", "who", "whom", "whose", "which", "where", "why", "how", "it", "its", "we", "our",
    "i", "they", "their", "them", "you", "your", "there", "here", "to", "of", "is", "was", "are", "were",
    "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does",
    "did", "no", "yes", "all", "any", "each", "every", "some", "many", "most", "more", "much", "other",
    "another", "next", "first", "new", "just", "about", "against", "between", "among", "across", "toward",
    "towards", "upon", "via", "per", "within", "beyond", "behind", "today", "yesterday", "tomorrow",
}
PARTICLES = {"al", "el", "bin", "bint", "ibn", "abu", "van", "von", "der", "den", "de", "da", "di", "du", "la",
             "le", "del", "dos", "das", "ter", "zu", "y", "ben", "st.", "mc", "mac", "o'"}
PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|ben|d|o|mc|de|di|da)[-’'][A-ZÀ-Þ]")

MALE_NAMES = set("""
aaron abbas abdel abdul abdullah abdulrahman abdullahi abiy adam adel adrian ahmad ahmed akhmat alain alan
albert alberto aleksandr aleksei alex alexander alexandre alexei alexis ali alfonso alistair ammar amir
anatoly andrei andreas andres andrew andrey andriy andrzej angelo anthony antonio antony anwar aram ararat
ariel arif armen arsen arseniy arthur asad asim ayman aykhan badr bashar basem ben benjamin benny bernard
bezalel bill bob boris boyko brian bruce bruno carl carlos cesar charles chris christian christopher claude
colin craig cyril dan daniel danny dario dave david denis denys dick dmitri dmitry dmytro dominic donald
doug douglas duncan ebrahim ed eddie edgar eduard edward ehud elon emmanuel enrique eric erik ernesto esmaeil
evgeny fabio farid faisal fedor felipe fernando filippo francesco francis francisco frank franz friedrich
fuad gabriel gavin gennady georg george gerald gerhard gideon giorgi giuseppe gordon graham grant gregory
grigory guido gustavo hakan hamad hamid hans harold harry hasan hassan heiko heinz helmut henry herbert
hikmet hossein hugh hussein ian ibrahim ignazio igor ihor ilham imran isaac ishaq ismail itamar ivan jack
jacob jacques jaime jake james jamie jamieson jan jared javad javier jeff jeffrey jens jeremy jerome
jesse jim jimmy joe joel johan john johnny jon jonathan jorge jose josep joseph juan julian jurgen justin
kamal karim karl kazem keir keith ken kenneth kevin khaled khalid khalil kirill klaus kurt lamine larry
lars leo leon leonid liam lloyd louis luc luca lucas luis luiz lukas majed mahmoud manuel marc
marco marcus mario mark marko martin masoud mateusz matt matteo matthew maurice max maxim mehmet mevlut
michael michel miguel mike mikhail milos mitch mohamed mohammad mohammed mohsen moses mostafa muhammad mustafa
mykhailo mykola naftali narendra nasser nathan neil nicholas nick nicolas nikol nikolai nikolay nikos noah
norbert olaf oleg oleh oleksandr oleksiy olivier omar omer osama oscar pablo paolo pascal pasha patrick paul
pavel pedro pekka petr petro peter phil philip philippe pierre piotr rafael rahul rajnath ralph ramzan ray
raymond recep reza ricardo richard rishi rob robert roberto rodrigo roger roman ron ronald rory rustem ryan
saad sadiq salah salim salman sam sameh samuel sandro scott sean sebastian serge sergei sergey sergio
shehbaz simon stefan stephen steve steven stuart sultan sven tamim ted terry thomas tim timothy todd tom tony
trent ulf valery vasyl viktor vincent vitali vitaliy vladimir volodymyr walter warren wayne william
wolfgang xavier yahya yair yasser yevgeny yoav yosef youssef yuri yury zaid zbigniew zoran
""".split())
FEMALE_NAMES = set("""
agnes aisha alice alicia alina alla amal amanda amina amy ana anastasia andrea angela angelina ann anna
annalena anne annie antje antonia ayesha barbara beata beatrice benazir brenda bridget carla carmen caroline
carol catherine cecilia charlotte christina christine claire claudia cynthia dana daniela deborah diana
dilma dina donna dorothy edith elena eleni elisabeth elizabeth ella ellen elsa emily emma erika esther eva
evelyn fatima fiona frances francesca gabriela gina giorgia gloria grace hanna hannah heather helen helena
hilary hillary hina hind ilana ingrid irena irina iryna isabel isabella jacinda jane janet janice
jennifer jessica jill joan joanna josephine judith julia julie karen karin karoline kaja kamala kate katherine
kathleen kathryn katja kristi kristina laila laura layla leila lena lina linda lisa liz liudmyla lucy lyudmila
magdalena maia margaret margarete margarethe margot maria mariana marie marina marine marta martha mary maryam
melania melanie mette michelle mira miriam morag nadia nadine nancy naomi natalia natalie natalya nicola nina
noura olena olga pam pamela patricia paula penny rachel rania rebecca roberta rosa ruth sabine sally samantha
sandra sara sarah shirin silvia simone sofia sonia sophie stella susan susie suzanne svetlana svitlana sylvie
tamara tammy tatiana tatyana teresa theresa tulsi ursula valentina valerie vanessa vera victoria viktoria
virginia wendy yelena yevgenia yulia yvette zainab zeynep zoe
""".split())


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """A word for lookup: lower case, without a possessive or trailing punctuation."""
    word = re.sub(r"[’']s$", "", word.strip(",.;:!?()[]\"“”‘’"))
    return word.lower()


def given_name_gender(first: str) -> str | None:
    word = plain(first)
    if word in MALE_NAMES:
        return "m"
    if word in FEMALE_NAMES:
        return "f"
    return None


@lru_cache(maxsize=65536)
def is_capitalised(word: str) -> bool:
    return bool(word) and (word[0].isupper() or bool(PREFIXED.match(word)))


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """Could be part of a person's name: capitalised, not a title, a day, a month or an organisation word,
    and not an acronym (acronyms name organisations and countries)."""
    if not is_capitalised(word):
        return False
    bare = plain(word)
    core = re.sub(r"[^\w]", "", word)
    if len(core) > 1 and core.isupper():
        return False
    return (bare not in TITLE_WORDS and bare not in DAYS and bare not in MONTHS and bare not in ORG_WORDS
            and bare not in HONORIFICS and (bare not in FUNCTION_WORDS or bare in {"he", "she"}))


@lru_cache(maxsize=65536)
def is_credit(phrase: str, publisher: str | None = None) -> bool:
    """A news agency or outlet credited for a report: never a speaker."""
    text = re.sub(r"[’']s$", "", phrase.strip(" ,.;:")).strip()
    folded = text.casefold()
    if publisher and folded in {publisher.casefold(), re.sub(r"^the\s+", "", publisher.casefold())}:
        return True
    if folded in AGENCIES or re.sub(r"^the\s+", "", folded) in AGENCIES:
        return True
    words = folded.split()
    if words and words[-1] in AGENCIES and len(words) <= 5:
        return True
    return bool(MEDIA_WORDS.search(text))
