"""Refusals quote what was given (a title, a file name, a link): through the Discord harness, that text
must reach the channel as inert as a quote does."""

from __future__ import annotations

from tests.discord_harness import GUILD_ID, DiscordHarness
from tests.discord_harness.calls import Call
from tests.helpers import command, final, live_links

HOSTILE_TITLE = "See [1] and [the annex](https://evil.example/a) or [more](https://evil.example/b) @everyone"
TEXT = (
    "“We will not trade territory for a ceasefire,” the foreign minister said on Tuesday.\n\n"
    "Talks on the grain corridor resumed in Istanbul after a week's pause."
)


async def test_a_refusal_naming_a_hostile_title_has_no_live_link_or_ping(h: DiscordHarness) -> None:
    options = {"text": TEXT, "title": HOSTILE_TITLE}
    _, first = await command(h, "source add", options, user=h.admin, timeout=20)
    assert final(first).embeds, "the first add succeeds"
    _, second = await command(h, "source add", options, user=h.admin, timeout=20)
    refusal = final(second)
    assert refusal.ephemeral and "already source" in refusal.content and "the annex" in refusal.content
    assert live_links(refusal.content) == [], refusal.content
    assert "@everyone" not in refusal.content


MARKDOWN_PARTY = "**Bold** [x](http://e.example/p) _side_"
ISW_QUESTION = "What does the Institute for the Study of War say about territorial concessions?"


def shown_text(call: Call) -> str:
    """Everything a reply shows: its content and each embed's title, description, fields and footer."""
    parts = [call.content or ""]
    for e in call.embeds:
        parts += [e.get("title", ""), e.get("description", ""), e.get("footer", {}).get("text", "")]
        parts += [f"{f['name']}\n{f['value']}" for f in e.get("fields", [])]
    return "\n".join(parts)


def assert_inert(text: str) -> None:
    assert [link for link in live_links(text) if "e.example" in link] == [], text
    assert "**Bold**" not in text and "_side_" not in text, text
    assert r"\*\*Bold\*\*" in text, "the party is shown, as typed"


async def test_a_party_name_holding_markdown_is_shown_inert_wherever_a_party_is(h: DiscordHarness) -> None:
    """A moderator may map a speaker to any printable party name; every embed that shows the party (the
    answer's citations, /compare, /timeline, /source show, /party) must show it as typed, never as markup."""
    _, responses = await command(h, "party set", {"name": "@everyone", "party": "Russia"}, user=h.admin)
    assert "give it as printed" in final(responses).content, "a name that could ping is refused"
    _, responses = await command(h, "party set", {"name": "George Barros", "party": "@everyone"}, user=h.admin)
    assert "give it as printed" in final(responses).content, "and so is such a party"

    _, responses = await command(h, "party set", {"name": "George Barros", "party": MARKDOWN_PARTY}, user=h.admin)
    assert_inert(shown_text(final(responses)))
    _, responses = await command(h, "party list", user=h.member)
    assert_inert(shown_text(final(responses)))

    answer = h.client.library.kb.ask(ISW_QUESTION, k=10, guild_id=GUILD_ID)
    barros = next(c for c in answer.citations if c.passage.speaker == "George Barros")
    assert barros.passage.party == MARKDOWN_PARTY
    for name, options in [
        ("ask", {"question": ISW_QUESTION}),
        ("compare", {"topic": "territorial concessions"}),
        ("timeline", {"topic": "territorial concessions"}),
        ("source show", {"id": barros.source.id}),
    ]:
        _, responses = await command(h, name, options, user=h.member)
        assert_inert(shown_text(final(responses)))
