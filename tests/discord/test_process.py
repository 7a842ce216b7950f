"""`python -m bot` as an operator runs it: start, answer, SIGTERM, bad or missing token, sync.

Each test runs the real entry point in a subprocess pointed at the local fake Discord.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import pytest

from bot.discord.runner import token_problem
from tests.conftest import BUNDLED, ROOT
from tests.discord.fake_discord import APP_ID, FAKE_TOKEN, OP_IDENTIFY, FakeDiscord
from tests.discord.test_e2e import run

EXIT_TIMEOUT = 5.0  # a dyno sends SIGKILL 30 s after SIGTERM; we want to be far inside that
# How long to wait for a subprocess to start: a bound on a wait, not a speed goal (bench/ holds those).
# A loaded machine has taken over 15 s to import and connect.
START_TIMEOUT = 60.0


def environment(fake: FakeDiscord, **overrides: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "ARTICLE_", "SYNC_", "SHARD_", "DATABASE_", "DATA_DIR", "FETCH_"))
    }
    env.update(
        PYTHONPATH=str(ROOT),
        DISCORD_TOKEN=FAKE_TOKEN,
        DISCORD_API_BASE=fake.api_base,
        ARTICLE_PATH=str(BUNDLED),
        LOG_LEVEL="INFO",
    )
    env.update(overrides)
    return env


async def spawn(env: dict[str, str], cwd: Path, *args: str) -> asyncio.subprocess.Process:
    env = {"DATA_DIR": str(cwd / "data"), **env}  # the article store, never in the repository
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def finish(process: asyncio.subprocess.Process) -> tuple[int, str, str]:
    out, err = await asyncio.wait_for(process.communicate(), START_TIMEOUT)
    return process.returncode, out.decode(), err.decode()


async def test_the_bot_answers_then_exits_0_on_sigterm(fake, tmp_path):
    process = await spawn(environment(fake, LOG_LEVEL="DEBUG"), tmp_path)
    try:
        await fake.wait_until(lambda: OP_IDENTIFY in fake.gateway_ops, START_TIMEOUT)
        reply = await run(fake, "about")
        assert reply.embed["title"]
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), EXIT_TIMEOUT)
    finally:
        if process.returncode is None:
            process.kill()
    out, err = await process.communicate()
    assert code == 0
    assert "SIGTERM received" in err.decode()
    assert FAKE_TOKEN not in (out + err).decode()  # not even in DEBUG logs


async def test_a_rejected_token_exits_1_with_a_clear_message_that_hides_the_token(fake, tmp_path):
    wrong = "d3Jvbmc.Wrong-T.fake-token_for-tests"
    code, out, err = await finish(await spawn(environment(fake, DISCORD_TOKEN=wrong), tmp_path))
    assert code == 1
    assert "rejected the token" in err
    assert wrong not in out + err


async def test_a_missing_token_exits_2_and_says_how_to_set_it(fake, tmp_path):
    code, _, err = await finish(await spawn(environment(fake, DISCORD_TOKEN=""), tmp_path))
    assert code == 2
    assert "DISCORD_TOKEN" in err


async def test_a_token_pasted_with_a_line_break_exits_2_saying_so(fake, tmp_path):
    pasted = FAKE_TOKEN[:8] + "\n" + FAKE_TOKEN[8:]
    code, out, err = await finish(await spawn(environment(fake, DISCORD_TOKEN=pasted), tmp_path))
    assert code == 2
    assert "a line break" in err and "internal error" not in err
    assert FAKE_TOKEN[8:] not in out + err


@pytest.mark.parametrize(
    ("token", "said"),
    [
        ("Bot " + FAKE_TOKEN, "'Bot ' before it"),
        (f'"{FAKE_TOKEN}"', "a quote"),
        (FAKE_TOKEN[:8] + " " + FAKE_TOKEN[8:], "a space"),
        (FAKE_TOKEN + "é", "a character no token has"),
    ],
)
def test_a_malformed_token_is_named_for_what_is_wrong_with_it(token, said):
    problem = token_problem(token)
    assert problem is not None and said in problem and token not in problem


def test_a_token_of_letters_digits_dots_dashes_and_underscores_may_be_one():
    assert token_problem("MTA4.Gx-y_z.abc123") is None


async def test_an_unreachable_discord_exits_1_with_a_clear_message(fake, tmp_path):
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/api/v10"
    code, _, err = await finish(await spawn(environment(fake, DISCORD_API_BASE=closed), tmp_path))
    assert code == 1
    assert "cannot reach Discord" in err


async def test_sync_with_a_guild_registers_the_commands_there_and_exits_0(fake, tmp_path):
    code, out, _ = await finish(await spawn(environment(fake), tmp_path, "sync", "--guild", "1234"))
    assert code == 0
    assert "Synced 9 commands to server 1234" in out
    (sync,) = [c for c in fake.calls if c.method == "PUT"]
    assert sync.path == f"/applications/{APP_ID}/guilds/1234/commands"
    assert OP_IDENTIFY not in fake.gateway_ops  # syncing never connects to the gateway


async def test_sync_without_a_guild_registers_the_commands_globally(fake, tmp_path):
    code, out, _ = await finish(await spawn(environment(fake), tmp_path, "sync"))
    assert code == 0 and "globally" in out
    (sync,) = [c for c in fake.calls if c.method == "PUT"]
    assert sync.path == f"/applications/{APP_ID}/commands"
