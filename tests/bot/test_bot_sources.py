"""Moderators' sources through the Discord harness: adding a page from a local web server, an attached
file and pasted text (option or modal), removing behind a confirmation, refusals of bad input and of
members, guild separation, and text from sources that must not ping or format."""

from __future__ import annotations

import json
from http.server import ThreadingHTTPServer

from bot.config import Settings
from tests.discord_harness import ADMIN_ID, Call, DiscordHarness
from tests.helpers import (
    ADMIN_B,
    ARTICLE,
    ARTICLE_TITLE,
    CHANNEL_B,
    MEMBER_B,
    MOD_ID,
    cited_text,
    command,
    final,
    page_url,
    running,
)

SYBIHA = "The Zaporizhzhia nuclear plant must return to Ukrainian control"

MEMO = (
    "# Briefing: Black Sea grain corridor\n\n"
    "Negotiators met in Istanbul on Tuesday to discuss reopening the Black Sea grain corridor to merchant shipping.\n\n"
    '"We insist that the grain corridor reopen with international inspections at every port," said Yulia '
    "Svyrydenko, Ukraine's economy minister.\n\n"
    '"Shipping in the Black Sea can resume only once sanctions on Rosselkhozbank are lifted," Russian Foreign '
    "Minister Sergey Lavrov said.\n"
)
SVYRYDENKO = "We insist that the grain corridor reopen with international inspections at every port"

PLANT_QUESTION = "Who should control the Zaporizhzhia nuclear power plant?"
GRAIN_QUESTION = "What did they say about the Black Sea grain corridor?"


def source_count(h: DiscordHarness) -> int:
    return len(h.client.library.kb.sources(all_guilds=True))


async def ask(h: DiscordHarness, question: str, **kwargs: object) -> str:
    _, responses = await command(h, "ask", {"question": question}, **kwargs)
    reply = final(responses)
    return reply.embeds[0].get("description", "") + "\n" + cited_text(reply)


async def add(h: DiscordHarness, options: dict, user: dict | None = None, **kwargs: object) -> Call:
    _, responses = await command(h, "source add", options, user=user or h.admin, timeout=60, **kwargs)
    return final(responses)


async def test_moderators_add_a_page_and_a_file_served_at_once_in_their_guild_only_then_remove_one(
    bot_settings: Settings, pages: ThreadingHTTPServer
) -> None:
    pages.pages["/zpp.html"] = (ARTICLE.encode(), "text/html; charset=utf-8")  # type: ignore[attr-defined]
    url = page_url(pages, "/zpp.html")
    async with running(bot_settings) as h:
        added = await add(h, {"url": url})
        assert added.ephemeral
        report = added.embeds[0]
        assert report["title"] == f"Added source #2: {ARTICLE_TITLE}"
        facts = {f["name"]: f["value"] for f in report["fields"]}
        assert facts["Source id"] == "2" and int(facts["Passages"]) >= 5 and facts["Quotes"] == "3"
        speakers = next(v for k, v in facts.items() if k.startswith("Speakers ("))
        assert all(name in speakers for name in ("Andriy Sybiha", "Dmitry Peskov", "Steve Witkoff"))
        assert facts["Parties"] == "Russia, Ukraine, United States"

        memo = await add(
            h,
            {
                "file": ("grain-memo.md", MEMO.encode(), "text/markdown"),
                "publisher": "Harbour Wire",
                "url": "https://harbour.example/grain",
            },
        )
        assert memo.embeds[0]["title"] == "Added source #3: Briefing: Black Sea grain corridor"

        plant = await ask(h, PLANT_QUESTION, user=h.member)
        grain = await ask(h, GRAIN_QUESTION, user=h.member)
        assert SYBIHA in plant and f"]({url})" in plant and "The Harbour Ledger" in plant
        assert SVYRYDENKO in grain and "](https://harbour.example/grain) · Harbour Wire" in grain

        _, responses = await command(h, "sources", user=h.member)
        description = final(responses).embeds[0]["description"]
        assert "`#2`" in description and "this server" in description
        _, responses = await command(h, "sources", user=h.users[MEMBER_B], channel_id=CHANNEL_B)
        assert "`#1`" in final(responses).embeds[0]["description"]
        assert "`#2`" not in final(responses).embeds[0]["description"]
        elsewhere = await ask(h, PLANT_QUESTION, user=h.users[MEMBER_B], channel_id=CHANNEL_B)
        assert "Zaporizhzhia nuclear plant must" not in elsewhere and "Harbour" not in elsewhere
        assert "The Kyiv Independent" in elsewhere, "the other server got an answer from the shared corpus"
        assert "Harbour" not in await ask(h, GRAIN_QUESTION, user=h.users[MEMBER_B], channel_id=CHANNEL_B)

        _, responses = await command(h, "source remove", {"id": 2}, user=h.admin)
        prompt = final(responses)
        assert prompt.ephemeral and prompt.content.startswith(f"Remove source #2 “{ARTICLE_TITLE}”")
        confirm = h.click(prompt, label="Remove", user=h.admin)
        await h.settle(60)
        done = h.interaction_responses(confirm)
        assert done[0].callback_type == 7
        assert done[-1].json["content"].startswith(f"Removed source #2 “{ARTICLE_TITLE}”")

        after = await ask(h, PLANT_QUESTION, user=h.member)
        assert SYBIHA not in after and "Harbour Ledger" not in after
        assert SVYRYDENKO in await ask(h, GRAIN_QUESTION, user=h.member)

        audit = h.client.library.kb.audit(10)
        assert [(r["action"], r["outcome"], r["source_id"], r["guild_id"], r["user_id"]) for r in audit[:3]] == [
            ("remove", "ok", 2, h.guild_id, ADMIN_ID),
            ("add", "ok", 3, h.guild_id, ADMIN_ID),
            ("add", "ok", 2, h.guild_id, ADMIN_ID),
        ]


async def test_bad_input_gets_a_short_ephemeral_error_and_changes_nothing(h: DiscordHarness) -> None:
    before = source_count(h)
    cases = [
        ({"url": "ftp://example.org/article.txt"}, "Only http:// and https:// links can be added"),
        ({"file": ("blob.bin", bytes(range(256)) * 8, "application/octet-stream")}, "blob.bin is not a supported file"),
        ({"file": ("notes.txt", bytes(range(256)) * 8, "text/plain")}, "notes.txt looks like a binary file"),
        ({"text": "Some pasted words."}, "Pasted text needs a title"),
        ({"text": "Some words.", "title": "T", "file": ("a.txt", b"words", "text/plain")}, "Give a file or text"),
    ]
    for options, message in cases:
        reply = await add(h, options)
        assert reply.ephemeral and reply.content.startswith(message), (options, reply.content)
        assert len(reply.content) < 200 and not reply.embeds
    assert source_count(h) == before
    refused = [r for r in h.client.library.kb.audit(10) if r["action"] == "add"]
    assert refused and all(r["outcome"].startswith("refused") for r in refused)


async def test_an_oversized_attachment_is_refused_before_it_is_downloaded(bot_settings: Settings) -> None:
    import dataclasses

    async with running(dataclasses.replace(bot_settings, max_fetch_bytes=1000)) as h:
        reply = await add(h, {"file": ("big.txt", b"word " * 1000, "text/plain")})
        assert reply.callback_type == 4 and reply.ephemeral, "refused at once, so nothing was downloaded"
        assert reply.content == "big.txt is larger than 1000 bytes."


async def test_an_attachment_discord_no_longer_serves_is_a_short_error_and_changes_nothing(h: DiscordHarness) -> None:
    before = source_count(h)
    payload = h.slash_command("source add", {"file": ("memo.txt", MEMO.encode(), "text/plain")}, user=h.admin)
    h.cdn.clear()
    h.deliver("INTERACTION_CREATE", payload)
    await h.settle(60)
    reply = final(h.interaction_responses(payload))
    assert reply.ephemeral and reply.content == "Discord did not hand over memo.txt (HTTP 404); attach it again."
    assert source_count(h) == before


async def test_an_image_or_an_empty_attachment_is_refused_and_changes_nothing(h: DiscordHarness) -> None:
    before = source_count(h)
    picture = b"\x89PNG\r\n\x1a\n" + bytes(64)
    cases = [
        (("chart.png", picture, "image/png"), "chart.png is not a supported file"),
        (("chart.txt", picture, "image/png"), "chart.txt looks like a binary file"),
        (("empty.txt", b"", "text/plain"), "empty.txt is empty."),
    ]
    for spec, message in cases:
        reply = await add(h, {"file": spec})
        assert reply.ephemeral and reply.content.startswith(message), (spec[0], reply.content)
    assert source_count(h) == before


async def test_members_are_refused_source_changes_and_the_moderator_role_is_allowed(h: DiscordHarness) -> None:
    payload = h.use_slash("source add", {"text": "Words.", "title": "T"}, user=h.member)
    await h.run_ticks(1)
    [refusal] = h.interaction_responses(payload)
    assert refusal.callback_type == 4 and refusal.ephemeral
    assert refusal.content == "Only moderators (members with Manage Server or the “Parley Mods” role) can do that."
    _, [refusal] = await command(h, "source remove", {"id": 1}, user=h.member)
    assert refusal.content.startswith("Only moderators")

    added = await add(
        h, {"text": "“We will not give up Kherson,” said Zelensky.", "title": "Kherson note"}, user=h.users[MOD_ID]
    )
    assert added.embeds[0]["title"] == "Added source #2: Kherson note"


async def test_pasted_paragraphs_come_through_a_modal(h: DiscordHarness) -> None:
    _, [opened] = await command(h, "source add", {"title": "Grain memo", "publisher": "Harbour Wire"}, user=h.admin)
    assert opened.callback_type == 9
    fields = {c["custom_id"]: c for row in opened.json["data"]["components"] for c in row["components"]}
    assert fields["title"]["value"] == "Grain memo" and fields["publisher"]["value"] == "Harbour Wire"

    submitted = h.submit_modal(
        {"title": "Grain memo", "text": MEMO, "publisher": "Harbour Wire", "url": "", "date": ""}
    )
    await h.settle(60)
    responses = h.interaction_responses(submitted)
    assert responses[0].callback_type == 5 and responses[0].ephemeral
    report = final(responses).embeds[0]
    assert report["title"] == "Added source #2: Grain memo" and "Harbour Wire" in report["description"]
    assert SVYRYDENKO in await ask(h, GRAIN_QUESTION, user=h.member)


async def test_removal_waits_for_confirmation_and_refuses_what_the_guild_does_not_own(h: DiscordHarness) -> None:
    await add(h, {"text": MEMO, "title": "Grain memo"})

    _, responses = await command(h, "source remove", {"id": 2}, user=h.admin)
    cancel = h.click(final(responses), label="Cancel", user=h.admin)
    await h.settle()
    assert "nothing was removed" in h.interaction_responses(cancel)[0].json["data"]["content"]
    assert source_count(h) == 2

    _, responses = await command(h, "source remove", {"id": 1}, user=h.admin)
    shipped = final(responses)
    assert shipped.ephemeral and "ships with the corpus" in shipped.content and not shipped.components

    _, responses = await command(h, "source remove", {"id": 2}, user=h.users[ADMIN_B], channel_id=CHANNEL_B)
    foreign = final(responses)
    assert foreign.ephemeral and foreign.content.startswith("There is no source #2 here")
    assert source_count(h) == 2
    outcomes = [(r["action"], r["outcome"][:7], r["source_id"]) for r in h.client.library.kb.audit(3)]
    assert outcomes == [("remove", "refused", 2), ("remove", "refused", 1), ("add", "ok", 2)]


async def test_mentions_and_markdown_inside_a_source_are_shown_inert(h: DiscordHarness) -> None:
    text = (
        "“@everyone must hear this: **no** ceasefire without <@&1100000000000000003> and "
        f"<@{h.member['id']}> at the table, @here and now,” said Zelensky about the Odesa talks."
    )
    await add(h, {"text": text, "title": "Odesa @everyone note"})

    _, responses = await command(h, "ask", {"question": "What did Zelensky say about the Odesa talks?"}, user=h.member)
    reply = final(responses)
    value = next(f["value"] for f in reply.embeds[0]["fields"] if "Odesa" in f["value"])
    assert "@\u200beveryone must hear this" in value and "@\u200bhere" in value
    assert "<@\u200b&1100000000000000003>" in value and f"<@\u200b{h.member['id']}>" in value
    assert "\\*\\*no\\*\\*" in value and "Odesa @\u200beveryone note" in value
    assert reply.allowed_mentions == {"parse": []}
    stored = h.message(reply)
    assert stored["mentions"] == [] and stored["mention_roles"] == [] and not stored["mention_everyone"]
    assert "@everyone" not in json.dumps(reply.json, ensure_ascii=False)
