"""Drive a real discord.py 2.7 client the way Discord would, with only the network replaced.

The client under test runs unmodified: ``login`` (and so ``setup_hook``, cogs, ``tree.sync``),
gateway payloads fed to discord.py's own parsers, app-command routing through the ``CommandTree``,
views, modals and follow-ups all go through the library.  Only the two transports are swapped:

* ``HTTPClient.request`` (bot REST calls) is replaced on the client's own ``HTTPClient`` instance;
* ``AsyncWebhookAdapter.request`` (interaction callbacks, follow-ups, ``@original`` edits) is patched
  on the class, but only for requests made with this harness's fake session, which discord.py hands
  to every ``Interaction`` and follow-up ``Webhook`` it builds from the client.

Both record a :class:`Call` and are answered by a small in-memory "Discord" that keeps messages,
channels, threads, interactions and registered commands, so answers are coherent (a follow-up
returns a message whose components can then be clicked, a thread created from a message can receive
a later ``MESSAGE_CREATE``, ...).  Discord-side rules that bots commonly trip over are emulated:
the 3-second acknowledgement deadline, double acknowledgement, the first follow-up after a deferral
replacing the "thinking" message, intent gating and message-content stripping, echoes of the bot's
own messages over the gateway, ``default_member_permissions`` hiding commands, and Discord's size
limits (a message that breaks one is refused whole with 400 Invalid Form Body, see :mod:`.limits`).

Typical use::

    async with DiscordHarness(make_bot()) as h:
        payload = h.use_slash("source add", {"url": "https://example.org"}, user=h.admin)
        call = await h.wait_for_call(lambda c: c.is_followup and c.interaction_id == int(payload["id"]))
        assert call.embeds[0]["title"] == "Added"
        h.click(call, label="Next")
        await h.settle()

Builders (``slash_command``, ``component_click``, ``modal_submit``, ``message_create``, ``ready``,
``guild_create``) return plain payload dicts that tests may tweak before ``deliver``/``dispatch``;
the ``use_slash``/``click``/``submit_modal``/``post_message`` shortcuts build and deliver in one go.
Delivery is synchronous (it is the client's parser that runs), so a test can observe exactly how
many loop iterations the bot needs before answering (:meth:`DiscordHarness.run_ticks`).

The package: :mod:`.payloads` (Discord objects and ids), :mod:`.calls` (what the client sent),
:mod:`.world` (guilds, channels, messages, permissions), :mod:`.events` (events and interactions fed
to the client), :mod:`.transport` (the swapped transports), :mod:`.routes` (fake REST and webhooks),
:mod:`.limits` (Discord's size limits), :mod:`.harness` (life cycle and waiting), :mod:`.pin` (the
discord.py version all this is written against, checked before anything is patched).
"""

from .pin import require_pinned_discord

require_pinned_discord()

from .calls import Call, CallPredicate, CommandHidden, HarnessError, RecordedFile  # noqa: E402
from .harness import DiscordHarness  # noqa: E402
from .limits import message_problems  # noqa: E402
from .payloads import (  # noqa: E402
    ADMIN_ID,
    ADMIN_ROLE_ID,
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    APPLICATION_ID,
    ATTACHMENT_SIZE_LIMIT,
    BOT_ID,
    BOT_PERMISSIONS,
    BOT_ROLE_ID,
    CHANNEL_ID,
    EVERYONE_PERMISSIONS,
    FLAG_EPHEMERAL,
    FLAG_HAS_THREAD,
    FLAG_LOADING,
    GUILD_ID,
    MEMBER_ID,
    THREAD_TYPES,
    Payload,
    channel_payload,
    default_guild,
    guild_create,
    http_error,
    iter_components,
    member_payload,
    ready,
    role_payload,
    user_payload,
)

__all__ = [
    "ADMIN_ID",
    "ADMIN_ROLE_ID",
    "ADMINISTRATOR",
    "ALL_PERMISSIONS",
    "APPLICATION_ID",
    "ATTACHMENT_SIZE_LIMIT",
    "BOT_ID",
    "BOT_PERMISSIONS",
    "BOT_ROLE_ID",
    "CHANNEL_ID",
    "EVERYONE_PERMISSIONS",
    "FLAG_EPHEMERAL",
    "FLAG_HAS_THREAD",
    "FLAG_LOADING",
    "GUILD_ID",
    "MEMBER_ID",
    "THREAD_TYPES",
    "Call",
    "CallPredicate",
    "CommandHidden",
    "DiscordHarness",
    "HarnessError",
    "Payload",
    "RecordedFile",
    "channel_payload",
    "default_guild",
    "guild_create",
    "http_error",
    "iter_components",
    "member_payload",
    "message_problems",
    "ready",
    "role_payload",
    "user_payload",
]
