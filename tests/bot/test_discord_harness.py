"""Demonstrates :mod:`tests.discord_harness` on a toy bot shaped like Parley.

The toy bot has what Parley needs from Discord: a slash command that defers then follows up with an
embed and a paging-style button, a permission-gated command group with a nested group taking an
attachment, a modal, and mention handling that opens a thread and keeps talking in it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from tests.discord_harness import (
    CommandHidden,
    DiscordHarness,
    HarnessError,
    http_error,
    message_problems,
)

MANAGE_GUILD = discord.Permissions(manage_guild=True).value


class PingView(discord.ui.View):
    @discord.ui.button(label="Again", style=discord.ButtonStyle.primary, custom_id="ping:again")
    async def again(self, interaction: discord.Interaction, button: discord.ui.Button[PingView]) -> None:
        await interaction.response.edit_message(content=f"pong again for {interaction.user.name}", view=None)


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    comment: discord.ui.TextInput[FeedbackModal] = discord.ui.TextInput(label="Comment", custom_id="comment")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.comment.value}", ephemeral=True)


class Toy(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(description="Latency check")
    async def ping(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        embed = discord.Embed(title="Pong", description=f"<@{interaction.user.id}> asked")
        await interaction.followup.send(
            embed=embed, view=PingView(), allowed_mentions=discord.AllowedMentions.none(), wait=True
        )

    @app_commands.command(description="Say it in an embed")
    async def say(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.response.send_message(embed=discord.Embed(description=text))

    @app_commands.command(description="Leave feedback")
    async def feedback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(FeedbackModal(custom_id="feedback"))

    thing = app_commands.Group(
        name="thing", description="Manage things", default_permissions=discord.Permissions(manage_guild=True)
    )
    files = app_commands.Group(name="file", description="Thing files", parent=thing)

    @thing.command(name="add", description="Add a thing")
    async def thing_add(self, interaction: discord.Interaction, name: str) -> None:
        if not interaction.permissions.manage_guild:
            await interaction.response.send_message("You need Manage Server.", ephemeral=True)
            return
        await interaction.response.send_message(f"Added {name}", ephemeral=True)

    @files.command(name="upload", description="Attach a file to a thing")
    async def file_upload(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        await interaction.response.defer(ephemeral=True)
        data = await file.read()
        await interaction.followup.send(
            f"{file.filename}: {len(data)} bytes, starts {data[:5].decode()}", ephemeral=True
        )

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.bot.user is None:
            return
        channel = message.channel
        if isinstance(channel, discord.Thread) and channel.owner_id == self.bot.user.id:
            await channel.send(f"in {channel.name}: {message.content}", allowed_mentions=discord.AllowedMentions.none())
        elif self.bot.user in message.mentions:
            thread = await message.create_thread(name=f"chat with {message.author.name}")
            await thread.send(f"hello {message.author.mention}", allowed_mentions=discord.AllowedMentions.none())


class ToyBot(commands.Bot):
    def __init__(self, *, message_content: bool = True) -> None:
        intents = discord.Intents.default()
        intents.message_content = message_content
        super().__init__(command_prefix="!", intents=intents)
        self.ready_seen = False

    async def setup_hook(self) -> None:
        await self.add_cog(Toy(self))
        await self.tree.sync()

    async def on_ready(self) -> None:
        self.ready_seen = True


@pytest_asyncio.fixture(loop_scope="function")
async def h() -> AsyncIterator[DiscordHarness]:
    async with DiscordHarness(ToyBot()) as harness:
        yield harness


async def test_login_runs_setup_hook_and_syncs_commands(h: DiscordHarness) -> None:
    assert [c.path for c in h.calls[:2]] == ["/users/@me", "/oauth2/applications/@me"]
    sync = h.find_calls(method="PUT", route="/applications/{application_id}/commands")
    assert len(sync) == 1
    assert {c["name"] for c in sync[0].json} == {"ping", "say", "feedback", "thing"}
    assert h.registered_command("thing")["default_member_permissions"] == str(MANAGE_GUILD)
    assert isinstance(h.client, ToyBot) and h.client.ready_seen
    assert h.client.get_guild(h.guild_id) is not None


async def test_ping_defers_in_the_first_tick_then_follows_up(h: DiscordHarness) -> None:
    payload = h.use_slash("ping", user=h.member)
    await h.run_ticks(1)

    first = h.interaction_responses(payload)[0]
    assert first.is_interaction_callback and first.callback_type == 5
    assert not first.json.get("data", {}).get("flags", 0) & 64

    await h.settle()
    followup = h.followups(payload)[0]
    assert followup.embeds[0]["title"] == "Pong"
    assert followup.allowed_mentions == {"parse": []}
    assert followup.custom_ids() == ["ping:again"]
    assert followup.query["wait"] == 1
    shown = h.message(followup)
    assert shown["mentions"] == [] and not shown["flags"] & 128


async def test_clicking_the_followup_button_edits_that_message(h: DiscordHarness) -> None:
    h.use_slash("ping")
    followup = await h.wait_for_call(lambda c: c.is_followup)
    await h.settle()

    click = h.click(followup, label="Again", user=h.admin)
    await h.settle()

    update = h.interaction_responses(click)[0]
    assert update.callback_type == 7
    assert update.components == []
    assert h.message(followup)["content"] == "pong again for admin"


async def test_group_subcommand_is_hidden_checked_and_allowed(h: DiscordHarness) -> None:
    with pytest.raises(CommandHidden):
        h.slash_command("thing add", {"name": "widget"}, user=h.member)

    denied = h.use_slash("thing add", {"name": "widget"}, user=h.member, bypass_default_permissions=True)
    allowed = h.use_slash("thing add", {"name": "widget"}, user=h.member, permissions=MANAGE_GUILD)
    admin = h.use_slash("thing add", {"name": "gadget"}, user=h.admin)
    await h.settle()

    [deny] = h.interaction_responses(denied)
    assert deny.callback_type == 4 and deny.ephemeral and deny.content == "You need Manage Server."
    assert h.interaction_responses(allowed)[0].content == "Added widget"
    assert h.interaction_responses(admin)[0].content == "Added gadget"
    assert admin["member"]["permissions"] == str(discord.Permissions.all().value)
    assert admin["data"]["options"] == [
        {"name": "add", "type": 1, "options": [{"name": "name", "type": 3, "value": "gadget"}]}
    ]


async def test_nested_group_with_attachment_option(h: DiscordHarness) -> None:
    payload = h.use_slash("thing file upload", {"file": ("notes.txt", b"hello world", "text/plain")}, user=h.admin)
    await h.settle()

    [group] = payload["data"]["options"]
    assert (group["name"], group["type"], group["options"][0]["type"]) == ("file", 2, 1)
    assert payload["data"]["resolved"]["attachments"]
    defer, reply = h.interaction_responses(payload)
    assert defer.callback_type == 5 and defer.json["data"]["flags"] == 64
    assert reply.content == "notes.txt: 11 bytes, starts hello"
    assert h.message(reply)["flags"] & 64


async def test_modal_round_trip(h: DiscordHarness) -> None:
    opened = h.use_slash("feedback")
    await h.settle()
    assert h.interaction_responses(opened)[0].callback_type == 9

    submitted = h.submit_modal({"comment": "useful"})
    await h.settle()
    assert h.interaction_responses(submitted)[0].content == "thanks: useful"


async def test_mention_opens_thread_and_conversation_continues_there(h: DiscordHarness) -> None:
    mention = h.post_message(f"{h.bot_mention} hello", author=h.member)
    created = await h.wait_for_call(route="/channels/{channel_id}/messages/{message_id}/threads")
    assert created.params["message_id"] == mention["id"]
    thread_id = int(created.response["id"])
    await h.settle()

    [greeting] = h.messages_sent(thread_id)
    assert greeting.content == f"hello <@{h.member['id']}>"
    assert greeting.allowed_mentions == {"parse": []}
    assert isinstance(h.client.get_channel(thread_id), discord.Thread)

    h.post_message("what about the ceasefire?", channel_id=thread_id, author=h.member)
    reply = await h.wait_for_call(route="/channels/{channel_id}/messages", since=greeting.index + 1)
    assert reply.content == "in chat with member: what about the ceasefire?"
    await h.settle()
    assert len(h.messages_sent(thread_id)) == 2


async def test_without_content_intent_unmentioned_messages_arrive_blank() -> None:
    bot = ToyBot(message_content=False)
    seen: list[str] = []

    async def record(message: discord.Message) -> None:
        seen.append(message.content)

    bot.add_listener(record, "on_message")
    async with DiscordHarness(bot) as h:
        h.post_message("plain chatter")
        h.post_message(f"{h.bot_mention} hi")
        await h.settle()
    assert seen[:2] == ["", f"{h.bot_mention} hi"]


async def test_rest_failures_surface_as_logged_errors() -> None:
    async with DiscordHarness(ToyBot(), raise_on_errors=False) as h:
        h.override(lambda c: c.route.endswith("/threads"), error=http_error(403, 50013, "Missing Permissions"))
        h.post_message(f"{h.bot_mention} hello")
        await h.settle()
        assert h.find_calls(route="/channels/{channel_id}/messages/{message_id}/threads")[0].status == 403
        assert any("Forbidden" in repr(r.exc_info) for r in h.errors)
        assert not h.messages_sent()


async def test_errors_fail_the_test_unless_expected() -> None:
    with pytest.raises(HarnessError, match="Ignoring exception"):
        async with DiscordHarness(ToyBot()) as h:
            h.override(lambda c: c.is_followup, error=http_error(500, 0, "boom"))
            h.use_slash("ping")
            await h.settle()


class PersistentToyBot(ToyBot):
    """Registers the ping button at start, so it answers clicks on messages sent before a restart."""

    async def setup_hook(self) -> None:
        await super().setup_hook()
        self.add_view(PingView(timeout=None))


async def test_restart_gives_a_new_client_the_same_discord(h: DiscordHarness) -> None:
    h.use_slash("ping", user=h.member)
    followup = await h.wait_for_call(lambda c: c.is_followup)
    h.post_message(f"{h.bot_mention} hello", author=h.member)
    created = await h.wait_for_call(route="/channels/{channel_id}/messages/{message_id}/threads")
    thread_id = int(created.response["id"])
    await h.settle()
    old = h.client

    await h.restart(ToyBot())
    assert old.is_closed() and h.client is not old and h.client.ready_seen
    assert isinstance(h.client.get_channel(thread_id), discord.Thread), "active threads come back with the guild"
    ignored = h.click(followup, label="Again", user=h.admin)
    await h.settle()
    assert h.interaction_responses(ignored) == [], "a view the new client never registered answers nothing"

    await h.restart(PersistentToyBot())
    click = h.click(followup, label="Again", user=h.admin)
    await h.settle()
    assert h.interaction_responses(click)[0].callback_type == 7
    assert h.message(followup)["content"] == "pong again for admin"


def test_the_harness_is_written_for_the_discord_py_that_pyproject_pins_and_is_installed() -> None:
    from importlib.metadata import version

    from tests.discord_harness.pin import pinned_version

    assert pinned_version() == version("discord.py") == discord.__version__


def test_another_discord_py_is_refused_with_the_reason_and_the_way_out() -> None:
    from tests.discord_harness.pin import check_version

    with pytest.raises(
        ImportError,
        match=r"patches discord\.py 2\.7\.1 internals, but discord\.py 2\.8\.0 is installed"
        r".*scripts/setup.*pyproject\.toml",
    ):
        check_version("2.8.0", "2.7.1")


def test_a_pyproject_without_an_exact_pin_is_refused(tmp_path) -> None:
    from tests.discord_harness.pin import pinned_version

    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\ndependencies = ["discord.py>=2.4"]\n')
    with pytest.raises(RuntimeError, match="must pin discord.py with '=='"):
        pinned_version(pyproject)


async def test_a_message_over_a_discord_limit_is_refused_whole_as_discord_does() -> None:
    async with DiscordHarness(ToyBot(), raise_on_errors=False) as h:
        fits = h.use_slash("say", {"text": "x" * 4096})
        over = h.use_slash("say", {"text": "x" * 4097})
        await h.settle()
        assert h.interaction_responses(fits)[0].status == 200
        refused = h.interaction_responses(over)[0]
        assert refused.status == 400
        assert [m["embeds"][0]["description"] for m in h.messages.values()] == ["x" * 4096]
        refusals = [str(r.exc_info[1]) for r in h.errors if r.exc_info]
        assert any("embeds[0].description: 4097 characters > 4096" in refusal for refusal in refusals)


def _embed(**parts: object) -> dict:
    return {"type": "rich", **parts}


def test_every_discord_limit_on_a_message_is_named_with_where_it_broke() -> None:
    assert message_problems({"content": "ok", "embeds": [_embed(title="t", description="d")]}) == []
    field = {"name": "n", "value": "v" * 1024}
    assert message_problems({"embeds": [_embed(fields=[field] * 5)] * 1}) == []
    assert message_problems({"content": "c" * 2001}) == ["content: 2001 characters > 2000"]
    assert message_problems({"embeds": [_embed()] * 11}) == ["embeds: 11 > 10"]
    assert message_problems({"embeds": [_embed(fields=[field] * 5)] * 2}) == ["embeds: 10250 characters in all > 6000"]
    assert message_problems(
        {"embeds": [_embed(title="t" * 257, footer={"text": "f" * 2049}, author={"name": "a" * 257})]}
    ) == [
        "embeds[0].title: 257 characters > 256",
        "embeds[0].footer.text: 2049 characters > 2048",
        "embeds[0].author.name: 257 characters > 256",
    ]
    assert message_problems({"embeds": [_embed(fields=[{"name": "n" * 257, "value": ""}] * 26)]})[:3] == [
        "embeds[0].fields: 26 > 25",
        "embeds[0].fields[0].name: 257 characters > 256",
        "embeds[0].fields[0].value: empty",
    ]


def test_component_limits_are_discords() -> None:
    button = {"type": 2, "style": 1, "label": "b" * 81, "custom_id": "c" * 101}
    select = {
        "type": 3,
        "custom_id": "s",
        "placeholder": "p" * 151,
        "options": [{"label": "l" * 101, "value": "v"}] + [{"label": "l", "value": "v"}] * 25,
    }
    rows = [{"type": 1, "components": [button]}, {"type": 1, "components": [select]}]
    assert message_problems({"components": rows}) == [
        f"component {'c' * 101}: custom_id: 101 characters > 100",
        f"component {'c' * 101}: label: 81 characters > 80",
        "component s: placeholder: 151 characters > 150",
        "component s: 26 options > 25",
        "component s: options[0].label: 101 characters > 100",
    ]
    six = {"type": 1, "components": [{"type": 2, "style": 1, "label": "x", "custom_id": str(i)} for i in range(6)]}
    assert (
        message_problems({"components": [six] * 6})
        == ["components: 6 action rows > 5"] + ["component 1: 6 components in one row > 5"] * 6
    )
