"""A local stand-in for Discord: the REST routes discord.py calls and a gateway websocket.

The real, unmodified discord.py client talks to it over HTTP and a websocket on 127.0.0.1;
every REST call is recorded so tests can check what the bot sent, as Discord would see it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from aiohttp import WSMsgType, web

FAKE_TOKEN = "ZmFrZS10b2tlbg.Fake-T.for-tests_only"  # three dotted parts, as a real bot token
APP_ID = 400000000000000001
BOT_ID = 400000000000000002
GUILD_ID = 400000000000000003
CHANNEL_ID = 400000000000000004
USER_ID = 400000000000000010
DM_CHANNEL_ID = 400000000000000005
THREAD_ID = 400000000000000007  # a public thread of the server's channel
BOT_ROLE_ID = 400000000000000006  # the role Discord makes for the bot when it joins a server
POLL_SECONDS = 0.01
TIMESTAMP = "2026-01-01T00:00:00.000000+00:00"

# Gateway opcodes (https://discord.com/developers/docs/topics/opcodes-and-status-codes).
OP_DISPATCH, OP_HEARTBEAT, OP_IDENTIFY, OP_RESUME, OP_RECONNECT = 0, 1, 2, 6, 7
OP_INVALID_SESSION, OP_HELLO, OP_HEARTBEAT_ACK = 9, 10, 11

# Interaction types, and the response types that carry the final message.
APPLICATION_COMMAND, COMPONENT, AUTOCOMPLETE = 2, 3, 4
ANSWERED = {4, 7, 8}  # message, update message, autocomplete result
DEFERRED = {5, 6}

# An interaction must be answered (or deferred) within 3 s; its token then serves follow-ups and
# edits for 15 minutes (https://discord.com/developers/docs/interactions/receiving-and-responding).
CALLBACK_DEADLINE = 3.0
TOKEN_LIFETIME = 15 * 60.0
UNKNOWN_INTERACTION = {"message": "Unknown interaction", "code": 10062}  # 404
ALREADY_ACKNOWLEDGED = {"message": "Interaction has already been acknowledged.", "code": 40060}  # 400
CANNOT_REPLY_WITHOUT_HISTORY = {  # 403
    "message": "Cannot reply without permission to read message history",
    "code": 160002,
}
INVALID_WEBHOOK_TOKEN = {"message": "Invalid Webhook Token", "code": 50027}  # 401


@dataclass
class Call:
    """One REST request the bot made."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    at: float = field(default_factory=time.monotonic)
    status: int = 0  # what the stand-in answered

    @property
    def ok(self) -> bool:
        """Discord accepted it (a refused call, 429 or 4xx or 5xx, changed nothing)."""
        return 200 <= self.status < 300

    @property
    def message(self) -> dict | None:
        """The message payload the call sends (callback data, follow-up or edit), if any."""
        if not isinstance(self.body, dict):
            return None
        if self.path.endswith("/callback"):
            return self.body.get("data") if self.body.get("type") in (4, 7) else None
        if self.method in ("POST", "PATCH") and ("/webhooks/" in self.path or "/messages" in self.path):
            return self.body
        return None


def user(user_id: int = USER_ID, name: str = "tester", bot: bool = False) -> dict:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
    }


ALL_PERMISSIONS = "2147483647"
# Send messages, read history, use application commands: a member without Manage Server.
MEMBER_PERMISSIONS = str((1 << 11) | (1 << 16) | (1 << 31))


def member(user_id: int = USER_ID, name: str = "tester", permissions: str = ALL_PERMISSIONS) -> dict:
    return {
        "user": user(user_id, name),
        "roles": [],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": permissions,
        "nick": None,
    }


# Permission bits (https://discord.com/developers/docs/topics/permissions).
ADMINISTRATOR, SEND_MESSAGES, EMBED_LINKS, READ_MESSAGE_HISTORY = 1 << 3, 1 << 11, 1 << 14, 1 << 16
SEND_MESSAGES_IN_THREADS = 1 << 38  # past ALL_PERMISSIONS' 31 bits; a server's everyone role has it


def channel(denied_to_bot: int = 0) -> dict:
    """The server's one text channel; `denied_to_bot` are permissions its overwrites take from the bot."""
    overwrites = (
        [{"id": str(BOT_ID), "type": 1, "allow": "0", "deny": str(denied_to_bot)}] if denied_to_bot else []
    )
    return {
        "id": str(CHANNEL_ID),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": "general",
        "position": 0,
        "permission_overwrites": overwrites,
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def thread() -> dict:
    """A public thread of the server's channel: no overwrites of its own, it takes the channel's."""
    return {
        "id": str(THREAD_ID),
        "type": 11,
        "guild_id": str(GUILD_ID),
        "parent_id": str(CHANNEL_ID),
        "owner_id": str(USER_ID),
        "name": "ferry questions",
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": TIMESTAMP,
            "locked": False,
        },
    }


def guild(denied_to_bot: int = 0) -> dict:
    everyone = {
        "id": str(GUILD_ID),
        "name": "@everyone",
        # Administrator (bit 3) would override the channel's overwrites: a server that takes
        # permissions from the bot in a channel has not made it an administrator.
        "permissions": (
            str((int(ALL_PERMISSIONS) | SEND_MESSAGES_IN_THREADS) & ~ADMINISTRATOR)
            if denied_to_bot
            else ALL_PERMISSIONS
        ),
        "position": 0,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }
    # Discord's managed role for the bot, named as the bot: its mention picker offers it beside the bot.
    bot_role = {
        "id": str(BOT_ROLE_ID),
        "name": "article-bot",
        "permissions": "0",
        "position": 1,
        "color": 0,
        "hoist": False,
        "managed": True,
        "mentionable": True,
        "flags": 0,
        "tags": {"bot_id": str(BOT_ID)},
    }
    bot_member = member(BOT_ID, "article-bot")
    bot_member["roles"] = [str(BOT_ROLE_ID)]
    return {
        "id": str(GUILD_ID),
        "name": "Test Server",
        "icon": None,
        "owner_id": str(USER_ID),
        "roles": [everyone, bot_role],
        "emojis": [],
        "stickers": [],
        "features": [],
        "member_count": 2,
        "members": [bot_member],
        "channels": [channel(denied_to_bot)],
        "threads": [thread()],
        "presences": [],
        "voice_states": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "large": False,
        "unavailable": False,
        "joined_at": TIMESTAMP,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "system_channel_flags": 0,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "nsfw_level": 0,
        "afk_timeout": 300,
    }


class FakeDiscord:
    """Start with `await fake.start()`; point discord.py at `fake.api_base`; stop with `await fake.stop()`."""

    def __init__(self, token: str = FAKE_TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self._by_token: dict[str, list[Call]] = {}  # interaction token -> its calls
        self.gateway_ops: list[int] = []  # opcodes the bot sent, in order (IDENTIFY, RESUME...)
        self._ids = itertools.count(500000000000000000)
        self._changed = asyncio.Condition()
        self._ws: web.WebSocketResponse | None = None
        self._session: str | None = None
        self._seq = 0
        self._sent: list[dict] = []  # dispatched events, replayed on RESUME
        self.messages: dict[int, dict] = {}
        self.commands: dict[str, list[dict]] = {}  # registered commands by route (global or a guild)
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.files: dict[int, tuple[str, bytes]] = {}  # uploaded attachments, served as Discord's CDN would
        # As Discord does, an update edits a message in place (same id): a page turn (callback type 7)
        # edits the message whose component was used, an edit of "@original" the interaction's reply.
        self._component_message: dict[str, int] = {}  # component interaction id -> its message id
        self._original: dict[str, int] = {}  # interaction token -> the message its reply created
        # "Thinking..." messages of deferred commands (callback type 5) not yet filled: as Discord
        # does, the first follow-up fills one in place, keeping the visibility chosen when deferring.
        self._thinking: set[int] = set()
        # While True, every interaction reply is refused as Discord refuses one that comes too late.
        self.interactions_expired = False
        # As Discord: a callback after `callback_deadline` s is refused (404, 10062), so is a second
        # callback (400, 40060), and the token answers 401 (50027) after `token_lifetime` s.
        self.callback_deadline = CALLBACK_DEADLINE
        self.token_lifetime = TOKEN_LIFETIME
        self._born: dict[str, float] = {}  # interaction token -> when the interaction was sent
        self._acknowledged: set[str] = set()  # interaction ids already given their callback
        self._faults: list[Fault] = []  # failures to answer instead of the next matching calls
        # Permissions the channel's overwrites take from the bot (set before the bot connects).
        self.denied_to_bot = 0

    # --- lifecycle ----------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        app.router.add_get("/attachments/{id}/{filename}", self._attachment)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until `predicate()` is truthy: re-checked after every call or gateway message, and
        every few milliseconds for state that lives in the bot."""

        async def waiter():
            async with self._changed:
                while not (result := predicate()):
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(self._changed.wait(), POLL_SECONDS)
                return result

        return await asyncio.wait_for(waiter(), timeout)

    # --- gateway ------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._ws is not None and not self._ws.closed and self._session is not None

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": OP_HELLO, "d": {"heartbeat_interval": 41250}})
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                break
            payload = json.loads(msg.data)
            op = payload["op"]
            self.gateway_ops.append(op)
            if op == OP_HEARTBEAT:
                await ws.send_json({"op": OP_HEARTBEAT_ACK})
            elif op == OP_IDENTIFY:
                await self._identify(ws, payload["d"])
            elif op == OP_RESUME:
                await self._resume(ws, payload["d"])
            await self._notify()
        if self._ws is ws:
            self._ws = None
        await self._notify()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict) -> None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self._ws, self._session, self._seq, self._sent = ws, f"session-{next(self._ids)}", 0, []
        ready = {
            "v": 10,
            "user": user(BOT_ID, "article-bot", bot=True),
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": self._session,
            "resume_gateway_url": self.gateway_url,
            "shard": data.get("shard", [0, 1]),
            "application": {"id": str(APP_ID), "flags": 0},
            "private_channels": [],
        }
        await self._send_event("READY", ready)
        await self._send_event("GUILD_CREATE", guild(self.denied_to_bot))

    async def _resume(self, ws: web.WebSocketResponse, data: dict) -> None:
        if data.get("token") != self.token or data.get("session_id") != self._session:
            await ws.send_json({"op": OP_INVALID_SESSION, "d": False})
            return
        self._ws = ws
        for event in self._sent:  # replay what the bot missed while it was away
            if event["s"] > (data.get("seq") or 0):
                await ws.send_json(event)
        await self._send_event("RESUMED", {})

    async def _send_event(self, name: str, data: dict) -> None:
        self._seq += 1
        event = {"op": OP_DISPATCH, "t": name, "s": self._seq, "d": data}
        self._sent.append(event)
        if self._ws is not None and not self._ws.closed:
            with contextlib.suppress(ConnectionResetError):  # the replay on RESUME delivers it
                await self._ws.send_json(event)

    async def dispatch(self, name: str, data: dict) -> None:
        """Send an event to the bot; if it is reconnecting, the event is replayed when it resumes."""
        await self.wait_until(lambda: self._session is not None)
        await self._send_event(name, data)

    async def disconnect(self, code: int = 4000) -> None:
        """Drop the gateway connection as Discord does on a server restart (resumable codes)."""
        if self._ws is not None:
            ws, self._ws = self._ws, None
            await ws.close(code=code, message=b"fake Discord closed the connection")

    async def invalidate_session(self) -> None:
        """Tell the bot its session cannot be resumed: it must connect afresh and IDENTIFY again."""
        if self._ws is not None:
            self._session = None
            await self._ws.send_json({"op": OP_INVALID_SESSION, "d": False})

    async def request_reconnect(self) -> None:
        if self._ws is not None:
            await self._ws.send_json({"op": OP_RECONNECT, "d": None})

    # --- events the tests inject ----------------------------------------------------------

    def _interaction(
        self, kind: int, data: dict, user_id: int, permissions: str = ALL_PERMISSIONS, **extra: Any
    ) -> dict:
        interaction_id = next(self._ids)
        self._born[f"interaction-token-{interaction_id}"] = time.monotonic()
        if isinstance(extra.get("message"), dict):
            self._component_message[str(interaction_id)] = int(extra["message"]["id"])
        interaction = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "token": f"interaction-token-{interaction_id}",
            "version": 1,
            "data": data,
            "guild_id": str(GUILD_ID),
            "channel_id": str(CHANNEL_ID),
            "channel": channel(),
            "member": member(user_id, permissions=permissions),
            "locale": "en-US",
            "guild_locale": "en-US",
            "app_permissions": "2147483647",
            "entitlements": [],
            "context": 0,
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "attachment_size_limit": 8388608,
            **extra,
        }
        if extra.get("guild_id") is None and "guild_id" in extra:
            # A direct message with the bot: no server, no member, the user as such (context 1).
            for key in ("guild_id", "member", "guild_locale"):
                interaction.pop(key)
            interaction.update(
                user=user(user_id),
                channel_id=str(DM_CHANNEL_ID),
                channel={"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [user(user_id)], "flags": 0},
                context=1,
                authorizing_integration_owners={"1": str(user_id)},
            )
        return interaction

    async def slash(
        self,
        name: str,
        user_id: int = USER_ID,
        focused: str | None = None,
        *,
        subcommand: str | None = None,
        permissions: str = ALL_PERMISSIONS,
        guild_id: int | None = GUILD_ID,
        mentioned: Mapping[int, tuple[str, str | None]] | None = None,
        **options: Any,
    ) -> str:
        """Run `/name [subcommand] option=value...` as `user_id`; with `focused`, ask for that option's
        autocomplete. An Attachment value (from `upload`) is sent as Discord sends a file option. With
        `guild_id=None`, in a direct message with the bot. `mentioned`: the users a "<@id>" typed into
        an option names, id -> (display name, server nickname or None), sent as Discord resolves them."""
        kind = AUTOCOMPLETE if focused else APPLICATION_COMMAND
        resolved: dict[str, Any] = {}
        attachments = {str(v.id): v.payload(self) for v in options.values() if isinstance(v, Upload)}
        if attachments:
            resolved["attachments"] = attachments
        if mentioned:
            resolved["users"] = {str(i): user(i, name) for i, (name, _nick) in mentioned.items()}
            resolved["members"] = {
                str(i): {k: v for k, v in member(i).items() if k != "user"} | {"nick": nick}
                for i, (_name, nick) in mentioned.items()
            }
        values = [_option(key, value, key == focused) for key, value in options.items()]
        if subcommand is not None:
            values = [{"name": subcommand, "type": 1, "options": values}]
        data = {"id": str(next(self._ids)), "name": name, "type": 1, "options": values}
        if resolved:
            data["resolved"] = resolved
        server = str(guild_id) if guild_id is not None else None
        interaction = self._interaction(kind, data, user_id, permissions=permissions, guild_id=server)
        await self.dispatch("INTERACTION_CREATE", interaction)
        return interaction["token"]

    def upload(self, filename: str, data: bytes, content_type: str = "text/plain") -> Upload:
        """A file a user attaches to a command option; the bot downloads it from this server."""
        upload = Upload(next(self._ids), filename, data, content_type)
        self.files[upload.id] = (filename, data)
        return upload

    async def _attachment(self, request: web.Request) -> web.Response:
        _filename, data = self.files[int(request.match_info["id"])]
        return web.Response(body=data, content_type="application/octet-stream")

    async def press(self, message: dict, label: str, user_id: int = USER_ID) -> str:
        """Click the button labelled `label` on a message the bot sent."""
        buttons = [c for row in message.get("components", []) for c in row.get("components", [])]
        button = next(b for b in buttons if b.get("label") == label)
        data = {"custom_id": button["custom_id"], "component_type": 2}
        interaction = self._interaction(COMPONENT, data, user_id, message=message)
        await self.dispatch("INTERACTION_CREATE", interaction)
        return interaction["token"]

    async def choose(self, message: dict, value: str, user_id: int = USER_ID) -> str:
        """Pick `value` in the select menu of a message the bot sent."""
        menus = [
            c for row in message.get("components", []) for c in row.get("components", []) if c["type"] == 3
        ]
        data = {"custom_id": menus[0]["custom_id"], "component_type": 3, "values": [value]}
        interaction = self._interaction(COMPONENT, data, user_id, message=message)
        await self.dispatch("INTERACTION_CREATE", interaction)
        return interaction["token"]

    async def say(
        self,
        content: str,
        user_id: int = USER_ID,
        mentions_bot: bool = True,
        dm: bool = False,
        mention_roles: tuple[int, ...] = (),
        reply_to: dict | None = None,
        in_thread: bool = False,
        mentioned: Mapping[int, tuple[str, str | None]] | None = None,
    ) -> int:
        """Post a channel message (e.g. one that mentions the bot, or with `mention_roles` a role), or
        with `dm` a direct message, with `in_thread` in the channel's thread; with `reply_to`, as a
        reply to that message (Discord sends the message replied to along; `mentions_bot` is then the
        reply's ping)."""
        message_id = next(self._ids)
        mentions = [user(BOT_ID, "article-bot", bot=True)] if mentions_bot else []
        for other, (name, nick) in (mentioned or {}).items():  # as Discord sends them: with the member
            others = {k: v for k, v in member(other).items() if k != "user"} | {"nick": nick}
            mentions.append(user(other, name) | {"member": others})
        data = self._message(message_id, content, author=user(user_id), mentions=mentions)
        data["mention_roles"] = [str(role) for role in mention_roles]
        if reply_to is not None:
            reference = {
                "message_id": reply_to["id"],
                "channel_id": str(CHANNEL_ID),
                "guild_id": str(GUILD_ID),
            }
            data.update(type=19, message_reference=reference, referenced_message=reply_to)
        if dm:
            data["channel_id"] = str(DM_CHANNEL_ID)
            del data["guild_id"]
        elif in_thread:
            data["channel_id"] = str(THREAD_ID)
        else:
            data["member"] = {k: v for k, v in member(user_id).items() if k != "user"}
        await self.dispatch("MESSAGE_CREATE", data)
        return message_id

    def reactions_to(self, message_id: int) -> list[str]:
        """The emoji the bot added to a message, in order."""
        marker = f"/messages/{message_id}/reactions/"
        return [
            unquote(c.path.split(marker)[1].split("/")[0])
            for c in self.calls
            if c.method == "PUT" and marker in c.path
        ]

    # --- waiting for answers --------------------------------------------------------------

    def calls_for(self, token: str) -> list[Call]:
        return list(self._by_token.get(token, ()))

    def answer(self, token: str) -> list[Call] | None:
        """The calls Discord accepted for an interaction, once it has its final reply (not just a
        'thinking...'); refused ones (rate-limited, failed, too late) are left out."""
        calls = [c for c in self.calls_for(token) if c.ok]
        first = next((c for c in calls if c.path.endswith("/callback")), None)
        if first is None:
            return None
        if first.body.get("type") in ANSWERED:
            return calls
        if any(c.message is not None for c in calls if c is not first):
            return calls
        return None

    async def wait_answer(self, token: str, timeout: float = 5.0) -> list[Call]:
        return await self.wait_until(lambda: self.answer(token), timeout)

    def replies_to(self, message_id: int) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method == "POST"
            and c.path.endswith("/messages")
            and isinstance(c.body, dict)
            and (c.body.get("message_reference") or {}).get("message_id") in (message_id, str(message_id))
        ]

    def sends(self) -> list[Call]:
        """Every message the bot posted in a channel (replies to messages, not to interactions)."""
        return [c for c in self.calls if c.method == "POST" and c.path.endswith("/messages")]

    # --- REST -----------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body = await _read_body(request)
        call = Call(request.method, path, dict(request.query), body)
        self.calls.append(call)
        parts = path.split("/")
        if len(parts) > 3 and parts[1] in (
            "interactions",
            "webhooks",
        ):  # /interactions/ID/TOKEN, /webhooks/APP/TOKEN
            self._by_token.setdefault(parts[3], []).append(call)
        response = self._respond(request, call, parts)
        call.status = response.status
        await self._notify()
        return response

    def _respond(self, request: web.Request, call: Call, parts: list[str]) -> web.StreamResponse:
        if (fault := self._take_fault(call.method, call.path)) is not None:
            return fault.response()
        if self.interactions_expired and parts[1] in ("interactions", "webhooks"):
            return _json(UNKNOWN_INTERACTION, status=404)
        if len(parts) > 3 and (refusal := self._token_refusal(parts[1], parts[2], parts[3])) is not None:
            return refusal
        if (
            request.headers.get("Authorization") != f"Bot {self.token}"
            and "/webhooks/" not in call.path
            and "/interactions/" not in call.path
        ):
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        return self._route(call.method, call.path, call.body)

    def _route(self, method: str, path: str, body: Any) -> web.StreamResponse:
        parts = path.strip("/").split("/")
        if path == "/users/@me":
            return _json(user(BOT_ID, "article-bot", bot=True))
        if path == "/oauth2/applications/@me":
            return _json(_application())
        if path == "/gateway/bot":
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": 1,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        if parts[0] == "applications" and parts[-1] == "commands" and method == "PUT":
            self.commands[path] = [self._registered(c, parts) for c in body]
            return _json(self.commands[path])
        if parts[0] == "applications" and parts[-1] == "commands" and method == "GET":
            return _json(self.commands.get(path, []))
        if parts[0] == "channels" and "reactions" in parts and method == "PUT":
            return web.Response(status=204)
        if parts[0] == "channels" and parts[-1] == "typing" and method == "POST":  # "... is typing"
            return web.Response(status=204)
        if parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(parts[1], parts[2], body)
        if parts[0] == "webhooks":
            return self._webhook(method, parts, body)
        if parts[0] == "channels" and parts[-1] == "messages" and method == "POST":
            # A direct message has no overwrites: only the server's channels (and their threads,
            # which take their parent's) refuse the bot.
            if parts[1] != str(DM_CHANNEL_ID) and self._refused(body, in_thread=parts[1] == str(THREAD_ID)):
                return _json({"message": "Missing Permissions", "code": 50013}, status=403)
            if parts[1] != str(DM_CHANNEL_ID) and self._reply_refused(body):
                return _json(CANNOT_REPLY_WITHOUT_HISTORY, status=403)
            return _json(self._store(body))
        edited = parts[0] == "channels" and len(parts) == 4 and parts[2] == "messages" and method == "PATCH"
        if edited and int(parts[3]) in self.messages:  # the bot edits a message it posted
            return _json(self._edit(int(parts[3]), body or {}))
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def fail_next(
        self, method: str, path_contains: str, status: int, retry_after: float = 0.5, times: int = 1
    ) -> None:
        """Answer the next `times` calls of `method` whose path holds `path_contains` with `status`:
        429 as Discord rate-limits (retry_after in the body and headers, via its proxy), 5xx as its
        edge answers an outage (an HTML page). Such a call changes nothing, as with Discord."""
        self._faults += [Fault(method, path_contains, status, retry_after) for _ in range(times)]

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.method == method and fault.path_contains in path:
                self._faults.remove(fault)
                return fault
        return None

    def _token_refusal(self, kind: str, interaction_id: str, token: str) -> web.Response | None:
        """Discord's answer to a callback or webhook call its interaction's token no longer allows."""
        born = self._born.get(token)
        age = time.monotonic() - born if born is not None else 0.0
        if kind == "interactions":
            if age > self.callback_deadline:
                return _json(UNKNOWN_INTERACTION, status=404)
            if interaction_id in self._acknowledged:
                return _json(ALREADY_ACKNOWLEDGED, status=400)
            self._acknowledged.add(interaction_id)
        elif kind == "webhooks" and age > self.token_lifetime:
            return _json(INVALID_WEBHOOK_TOKEN, status=401)
        return None

    def _refused(self, body: Any, in_thread: bool = False) -> bool:
        """Discord's 403 for a channel message the bot may not post: any without Send Messages (in a
        thread, Send Messages in Threads), one with embeds without Embed Links (interaction replies
        are never refused so)."""
        embeds = isinstance(body, dict) and bool(body.get("embeds"))
        send = SEND_MESSAGES_IN_THREADS if in_thread else SEND_MESSAGES
        return bool(self.denied_to_bot & send or (embeds and self.denied_to_bot & EMBED_LINKS))

    def _reply_refused(self, body: Any) -> bool:
        """Discord's 403 for a reply (a message referencing another) where the bot may not read the
        channel's history."""
        reply = isinstance(body, dict) and bool(body.get("message_reference"))
        return reply and bool(self.denied_to_bot & READ_MESSAGE_HISTORY)

    def _registered(self, command: dict, parts: list[str]) -> dict:
        extra = {"guild_id": parts[3]} if "guilds" in parts else {}
        return {
            "id": str(next(self._ids)),
            "application_id": str(APP_ID),
            "version": "1",
            "default_member_permissions": None,
            "dm_permission": True,
            "type": 1,
            **command,
            **extra,
        }

    def _callback(self, interaction_id: str, token: str, body: dict) -> web.Response:
        kind = body.get("type")
        response: dict = {"interaction": {"id": interaction_id, "type": APPLICATION_COMMAND}}
        data = body.get("data") or {}
        on = self._component_message.get(interaction_id)
        if kind in (6, 7) and on is not None:
            message = self._edit(on, data) if kind == 7 else self.messages[on]
            self._original.setdefault(token, on)
        elif kind in (4, 5, 7):
            message = self._store(data, flags=data.get("flags", 0))
            self._original[token] = int(message["id"])
            if kind == 5:
                self._thinking.add(int(message["id"]))
        else:
            return _json(response)
        response["interaction"]["response_message_id"] = message["id"]
        response["resource"] = {"type": kind, "message": message}
        return _json(response)

    def _webhook(self, method: str, parts: list[str], body: Any) -> web.Response:
        if method == "POST":  # a follow-up: the first after a defer fills the "thinking..." message
            original = self._original.get(parts[2])
            if original in self._thinking:
                self._thinking.discard(original)
                fill = {key: value for key, value in (body or {}).items() if key != "flags"}
                return _json(self._edit(original, fill))
            return _json(self._store(body or {}))
        target = parts[-1]  # /webhooks/APP/TOKEN/messages/(@original|ID)
        message_id = self._original.get(parts[2]) if target == "@original" else int(target)
        if method == "DELETE":
            self.messages.pop(message_id, None)  # type: ignore[arg-type]
            self._thinking.discard(message_id)  # type: ignore[arg-type]
            return web.Response(status=204)
        # PATCH /webhooks/APP/TOKEN/messages/(@original|ID): the message is edited in place.
        if message_id not in self.messages:
            return _json(self._store(body or {}, message_id=next(self._ids)))
        return _json(self._edit(message_id, body or {}))

    def _edit(self, message_id: int, body: dict) -> dict:
        """Discord's edit: the fields sent replace the message's, the rest stay."""
        message = self.messages[message_id]
        for key in ("content", "embeds", "components", "flags"):
            if key in body:
                message[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        return message

    def _store(self, body: dict, flags: int = 0, message_id: int | None = None) -> dict:
        message_id = message_id or next(self._ids)
        message = self._message(
            message_id,
            body.get("content") or "",
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            flags=body.get("flags", flags),
        )
        self.messages[message_id] = message
        return message

    def _message(
        self,
        message_id: int,
        content: str,
        *,
        author: dict | None = None,
        embeds: list | None = None,
        components: list | None = None,
        mentions: list | None = None,
        flags: int = 0,
    ) -> dict:
        return {
            "id": str(message_id),
            "channel_id": str(CHANNEL_ID),
            "guild_id": str(GUILD_ID),
            "author": author or user(BOT_ID, "article-bot", bot=True),
            "content": content,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": mentions or [],
            "mention_roles": [],
            "attachments": [],
            "embeds": embeds or [],
            "components": components or [],
            "pinned": False,
            "type": 0,
            "flags": flags,
        }


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses a body only when the content type is exactly application/json, as Discord sends it.
    return web.Response(
        body=json.dumps(data).encode(), status=status, content_type="application/json", headers=headers
    )


@dataclass(frozen=True)
class Fault:
    """A failure the stand-in answers once instead of a call (see FakeDiscord.fail_next)."""

    method: str
    path_contains: str
    status: int
    retry_after: float = 0.5

    def response(self) -> web.Response:
        if self.status != 429:
            return web.Response(
                body=b"<html>upstream error</html>", status=self.status, content_type="text/html"
            )
        # https://discord.com/developers/docs/topics/rate-limits: discord.py retries a 429 only when
        # it came through Discord's proxy (Via); one without is Cloudflare's ban.
        headers = {
            "Retry-After": str(self.retry_after),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": str(self.retry_after),
            "X-RateLimit-Bucket": "fake-bucket",
            "X-RateLimit-Scope": "user",
            "Via": "1.1 google",
        }
        body = {"message": "You are being rate limited.", "retry_after": self.retry_after, "global": False}
        return _json(body, status=429, headers=headers)


@dataclass(frozen=True)
class Upload:
    """An attachment given as a command option (option type 11, described in data.resolved)."""

    id: int
    filename: str
    data: bytes
    content_type: str

    def payload(self, fake: FakeDiscord) -> dict:
        url = f"http://127.0.0.1:{fake.port}/attachments/{self.id}/{self.filename}"
        return {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.data),
            "url": url,
            "proxy_url": url,
            "content_type": self.content_type,
        }


def _option(name: str, value: Any, focused: bool) -> dict:
    if isinstance(value, Upload):
        return {"name": name, "type": 11, "value": str(value.id)}
    kind = 4 if isinstance(value, int) and not isinstance(value, bool) else 3
    option = {"name": name, "type": kind, "value": value}
    if focused:
        option["focused"] = True
    return option


def _application() -> dict:
    return {
        "id": str(APP_ID),
        "name": "article-bot",
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": user(USER_ID),
        "verify_key": "0" * 64,
        "flags": 0,
        "summary": "",
        "team": None,
        "rpc_origins": [],
        "interactions_endpoint_url": None,
    }


async def _read_body(request: web.Request) -> Any:
    if not request.can_read_body:
        return None
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":
                return json.loads(await part.text())
        return None
    text = await request.text()
    return json.loads(text) if text else None
