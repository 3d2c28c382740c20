"""An invented ferry-subsidy dispute in ten articles, each as long as Parley lets any part of it be: a
title near the 300-character limit, a long link, a long outlet name, a speaker with a long name and a
longer role, and one quote that fills most of a passage. Seven parties speak, three of them twice.

Every name, outlet, link and quote here is made up for the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

TOPIC = "the ferry subsidy"
QUESTION = "What has each side said about the ferry subsidy?"


@dataclass(frozen=True)
class Speaker:
    party: str
    name: str
    role: str


CREWS = Speaker(
    "Harbourside and Outer Islands Ferry Crews' Mutual Association",
    "Maximiliane Oyelaran-Fitzgerald",
    "deputy general secretary and chief negotiator of the Harbourside and Outer Islands Ferry Crews' "
    "Mutual Association",
)
BOARD = Speaker(
    "Lakeport Harbour Board and Port Authority",
    "Bartholomew Achterberg-Nakamura",
    "acting chief executive and harbour master of the Lakeport Harbour Board and Port Authority",
)
MINISTRY = Speaker(
    "Regional Ministry of Transport, Infrastructure and Maritime Affairs",
    "Evangelina Castellanos-Whitcombe",
    "minister of state for transport, infrastructure and maritime affairs in the regional government",
)
RESIDENTS = Speaker(
    "Outer Islands Residents' and Smallholders' Council",
    "Theophilus Brannigan-Okafor",
    "chair of the Outer Islands Residents' and Smallholders' Council since its founding",
)
FREIGHT = Speaker(
    "Federation of Lake Freight and Haulage Operators",
    "Rosalind Vandermeulen-Adeyemi",
    "president of the Federation of Lake Freight and Haulage Operators and its chief spokeswoman",
)
TOURISM = Speaker(
    "Lakeport Coastal Tourism and Hospitality Board",
    "Konstantin Abernathy-Lindqvist",
    "managing director of the Lakeport Coastal Tourism and Hospitality Board",
)
TREASURY = Speaker(
    "Lakeport City Treasury and Finance Committee",
    "Philippa Oduya-Hargreaves",
    "city treasurer and chair of the Lakeport City Treasury and Finance Committee",
)
SPEAKERS = (CREWS, BOARD, MINISTRY, RESIDENTS, FREIGHT, TOURISM, TREASURY)


@dataclass(frozen=True)
class Article:
    slug: str
    date: str
    publisher: str
    title: str
    speaker: Speaker
    quote: str

    @property
    def url(self) -> str:
        outlet = "".join(ch for ch in self.publisher.lower() if ch.isalnum())
        words = "".join(ch if ch.isalnum() else " " for ch in self.title.lower()).split()
        return f"https://www.{outlet}.example/news/{self.date.replace('-', '/')}/{'-'.join(words[:24])}"


ARTICLES = (
    Article(
        "01-crews-threaten-strike",
        "2025-01-13",
        "The Lakeport Evening Chronicle and Harbour Times",
        "Ferry crews threaten a winter strike over the subsidy cut: what the association told its members at the "
        "depot gates, what the harbour board said in reply the same evening, and why the hospital staff who live "
        "on the outer islands are now watching the first boat of the morning more closely than ever",
        CREWS,
        "The ferry subsidy is the only thing standing between our crews and a winter of cancelled crossings, and "
        "we will not sign any agreement that cuts it by a single cent. Our members have worked double shifts since "
        "the autumn storms, they have covered for colleagues who left for better paid work on the southern routes, "
        "and they have kept the early boat running for the nurses who live on the islands. If the board wants to "
        "save money, it can start with the consultants it hired last spring, not with the deckhands and engineers "
        "who sail the boats. We have asked three times for the accounts behind the proposed cut and three times "
        "we were told to wait. A strike ballot is already printed and it goes out next week. "
        "Nobody on the boats wants a strike, but "
        "nobody will sail for less either",
    ),
    Article(
        "02-board-defends-cut",
        "2025-02-10",
        "Outer Islands Gazette and Weekly Advertiser",
        "Harbour board defends a smaller ferry subsidy as fuel, insurance and berth repairs climb: the chief "
        "executive sets out the figures behind the proposal, names the three routes most at risk this winter, and "
        "asks the regional government to share a burden that the harbour can no longer carry alone",
        BOARD,
        "The harbour board cannot keep paying the ferry subsidy at last year's level while fuel, insurance and "
        "berth repairs all cost a third more than they did. I understand why the crews are angry, and I share "
        "their worry about the islands, but a board that spends money it does not have will end up cutting far "
        "more than a few sailings. Our proposal keeps every lifeline crossing, trims the late summer evening "
        "boats that sail half empty, and asks the regional government to pay its share for once. We have opened "
        "our books to the auditors and we will open them to the association as well. What we cannot do is promise "
        "a subsidy that the next budget will not cover. The auditors report in April, and the board will publish "
        "their findings in full on the same day, whatever they say",
    ),
    Article(
        "03-residents-fear-isolation",
        "2025-02-24",
        "Harbour Lights Community Radio News Desk",
        "Islanders fear isolation if the ferry subsidy shrinks: smallholders describe missed markets, pupils "
        "describe missed lessons, and the residents' council chair warns that a timetable drawn up in the city "
        "offices never reckons with fog, gales, or the single crossing that brings a doctor to the islands",
        RESIDENTS,
        "Every cut to the ferry subsidy lands on people who have no other way to reach a doctor, a school or a "
        "market. When the evening boat was dropped two winters ago our smallholders lost the Saturday market in "
        "Lakeport, and several families moved to the mainland within the year. The council will support any "
        "settlement that protects the first and last crossing of every day, whoever pays for it. We do not take "
        "sides between the crews and the board, but we will not stay quiet while the islands are treated as a line "
        "in somebody's spreadsheet. Come out on the six o'clock boat in February and then tell us which sailing is "
        "a luxury. Our children already leave home at fourteen to go to school on the mainland; do not make their "
        "parents follow them for want of a boat",
    ),
    Article(
        "04-ministry-offers-match",
        "2025-03-11",
        "The Northern Lakes Maritime and Shipping Review",
        "Ministry offers to match the city's ferry subsidy on two conditions: an open tender for every route and a "
        "public report on punctuality each quarter, as the minister of state tells the regional assembly that the "
        "money is there but the patience with closed contracts and missing timetables has run out",
        MINISTRY,
        "The ministry will match every euro that the city puts into the ferry subsidy, but only if the routes are "
        "tendered openly and the operator publishes its punctuality every quarter. For too long the regional "
        "government has paid for sailings without being told whether they sailed on time or at all. That ends "
        "this year. I have no wish to punish the crews, whose work in the storms was remarkable, and nothing in "
        "our offer touches their pay. But public money comes with public accounts, and a contract renewed behind "
        "closed doors every five years is not a contract any minister should sign again. The offer stands until "
        "the end of April. The assembly has approved the money, and my officials are ready to sign as soon as the "
        "city and the board say yes to both conditions",
    ),
    Article(
        "05-freight-warns-costs",
        "2025-03-25",
        "Freight and Logistics Weekly of the Great Lakes Region",
        "Hauliers warn that a thinner ferry subsidy will push freight rates up for every shop on the islands: the "
        "federation's president says the vehicle deck is not a luxury, sets out what a missed crossing costs a "
        "lorry, and calls for freight sailings to be protected in whatever deal the parties reach",
        FREIGHT,
        "A thinner ferry subsidy means higher freight rates, and higher freight rates mean dearer bread, fuel and "
        "building materials on every island. Our members plan their routes around the vehicle deck; when a "
        "crossing is cancelled a lorry sits idle on the quay and the driver's hours run out before the next boat. "
        "We are not asking for special treatment. We are asking that the freight sailings at dawn and at noon be "
        "written into whatever settlement the crews, the board and the ministry reach, so that nobody can cut "
        "them quietly next winter. The federation is ready to pay a modest surcharge if that is what keeps those "
        "two sailings safe. Every lorry that misses the noon boat is a shop shelf left empty on Friday, and "
        "islanders notice that faster than anyone in the city",
    ),
    Article(
        "06-crews-soften",
        "2025-04-14",
        "Lakeport Daily Courier and Evening Post",
        "Ferry crews signal they could accept a smaller subsidy for one year if no crossing is cut and no contract "
        "is lost: the association's chief negotiator sets out terms after a long weekend of talks, and the "
        "harbour board's spokesman calls the shift the first real movement since the strike ballot",
        CREWS,
        "We are prepared to accept a smaller ferry subsidy for one year, on two conditions that are not up for "
        "discussion: no crossing to the outer islands is cut, and no crew member loses a contract. Our members "
        "voted for a strike in February and they have not forgotten why, but they also know that a strike in the "
        "spring hurts the islanders first. The board has now shown us its accounts, and some of what we saw "
        "surprised us. If the ministry's offer is real and the board puts its savings into fuel and repairs rather "
        "than into consultants, we can live with a leaner year. We will put these terms to a ballot next week. "
        "Nobody should read this as a surrender; it is a bridge "
        "to a better contract",
    ),
    Article(
        "07-tourism-board-seasonal",
        "2025-04-28",
        "Lakeshore Tourism, Travel and Hospitality Journal",
        "Tourism board asks for the summer ferry timetable to be kept whole as the subsidy talks go on: hoteliers "
        "on the islands report bookings already down on last year, and the board's managing director warns that "
        "visitors who cannot count on a boat back in the evening simply choose another lake",
        TOURISM,
        "The summer timetable is what fills the guest houses, the cafes and the boat hire on the islands, and the "
        "ferry subsidy is what makes that timetable possible. Visitors will not take a day trip if they cannot be "
        "sure of a boat back in the evening, and bookings for July are already behind last year's. We understand "
        "that money is short and we are willing to help: the board will put part of its marketing budget towards "
        "the evening crossings from June to September. What we ask in return is that the summer timetable be "
        "published by the end of May, so that hotels can sell rooms with a straight face. "
        "Last summer the evening boats carried more visitors "
        "than residents on most weekends, and every one of them spent money on the islands before going home",
    ),
    Article(
        "08-board-accepts-tender",
        "2025-05-12",
        "Islands Community Broadcasting Service Morning Bulletin",
        "Harbour board accepts an open tender for the island routes in exchange for the ministry's matching "
        "subsidy: the acting chief executive says the berth repairs will start in the autumn, and promises that "
        "the savings will go into fuel and maintenance rather than into advisers or new offices in the city",
        BOARD,
        "The board accepts the ministry's conditions in full: the island routes will be tendered openly this "
        "autumn and the operator will publish its punctuality every quarter. With the matching payment the ferry "
        "subsidy returns to last year's level in real terms, and the berth repairs at the north quay can start "
        "before the storms. I said in February that we could not promise money the budget would not cover; the "
        "ministry has now covered it. Every euro saved on the evening boats in late summer will go into fuel and "
        "maintenance. There will be no new advisers and no new offices, and the association will see the accounts "
        "each quarter. The crews and the islanders have been patient, and they deserve to see where each euro goes",
    ),
    Article(
        "09-treasury-caps-contribution",
        "2025-05-26",
        "The Civic Ledger of Lakeport and the Lake Districts",
        "City treasury caps its share of the ferry subsidy for three budgets: the finance committee's "
        "chair tells councillors that the city will pay what it promised and no more, and that any overrun on the "
        "island routes will be met by the operator and the regional ministry under the new tender terms",
        TREASURY,
        "The city will pay its share of the ferry subsidy for the next three budgets, fixed in advance, and not a "
        "cent beyond it. The finance committee has agreed the figure with the ministry and the harbour board, and "
        "it is enough to keep every lifeline crossing and the summer evening boats. What the city will not do is "
        "write blank cheques for overruns that an open tender is meant to prevent. If the operator's costs rise, "
        "the contract says who bears them, and it is not the council tax payer in Lakeport. Councillors who want "
        "more sailings will have to say which other service they would close to pay for them. The committee will "
        "publish the agreed figures with the budget papers in June, so the cap comes as a surprise to nobody",
    ),
    Article(
        "10-ministry-signs",
        "2025-06-09",
        "The Regional Transport Observer and Infrastructure Monitor",
        "Ministry signs the matched ferry subsidy into the regional budget as the crews' ballot backs the one-year "
        "deal: the minister thanks the islanders for their patience, confirms the tender timetable, and "
        "says that punctuality reports will be published online every quarter from the autumn onwards",
        MINISTRY,
        "Today the matched ferry subsidy goes into the regional budget, and with it the first open tender for the "
        "island routes in twenty years. The crews have voted for the one-year settlement, the harbour board has "
        "opened its accounts, and the city has fixed its share. I want to thank the islanders above all, who "
        "waited through a hard winter without knowing which boats would sail. The punctuality reports will be "
        "published online every quarter from October, and anyone can read them. If the operator falls short, the "
        "contract lets us act, and we will. This is what public money with public accounts looks like. "
        "Nobody got all they asked for in these "
        "talks, which is usually the sign of a fair settlement",
    ),
)


def parties_toml() -> str:
    lines = ["# Invented parties of a ferry-subsidy dispute, for the ten-source tests.", ""]
    for s in SPEAKERS:
        surname = s.name.split()[-1]
        lines += [f'[parties."{s.party}"]', f'aliases = ["{s.party}", "{s.name}", "{surname}"]', ""]
    return "\n".join(lines)


def article_text(article: Article) -> str:
    s = article.speaker
    return f"{article.title}\n\n“{article.quote},” {s.name}, {s.role}, said on Monday.\n"


def write_corpus(folder: Path) -> Path:
    """The ten articles and their parties as a corpus folder (sources/*.txt with .toml beside them)."""
    (folder / "sources").mkdir(parents=True)
    (folder / "parties.toml").write_text(parties_toml(), encoding="utf-8")
    for a in ARTICLES:
        (folder / "sources" / f"{a.slug}.txt").write_text(article_text(a), encoding="utf-8")
        (folder / "sources" / f"{a.slug}.toml").write_text(
            f'title = "{a.title}"\npublisher = "{a.publisher}"\nurl = "{a.url}"\ndate = "{a.date}"\n', encoding="utf-8"
        )
    return folder
