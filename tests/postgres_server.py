"""A throwaway PostgreSQL server for tests: initdb + pg_ctl on a temporary folder and a loopback port.

PostgreSQL refuses to run as root, so as root (CI) it runs as the `postgres` user via runuser.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

_BIN_GLOBS = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin")


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine, or the server would not start."""


@dataclass
class PostgresServer:
    bin_dir: Path
    data_dir: Path
    port: int
    as_user: str | None

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def database_url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.data_dir.exists():
            self._run("pg_ctl", "stop", "-D", str(self.data_dir), "-m", "immediate", check=False)
            shutil.rmtree(self.data_dir.parent, ignore_errors=True)

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / tool), *args]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise PostgresUnavailable(f"{tool} failed: {result.stderr.strip()[-500:]}")
        return result


def find_bin_dir() -> Path | None:
    for pattern in _BIN_GLOBS:
        for candidate in sorted(glob.glob(pattern), reverse=True):
            if Path(candidate, "pg_ctl").exists() and Path(candidate, "initdb").exists():
                return Path(candidate)
    return None


def start_postgres() -> PostgresServer:
    """Start a fresh server; it is stopped and its folder removed at exit at the latest."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable("no initdb/pg_ctl found (apt-get install postgresql)")
    as_user = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="article-bot-pg-"))
    data_dir = root / "data"
    if as_user:
        shutil.chown(root, user=as_user)
    server = PostgresServer(bin_dir, data_dir, _free_port(), as_user)
    atexit.register(server.stop)
    server._run("initdb", "-D", str(data_dir), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
    options = (
        f"-p {server.port} -c listen_addresses=127.0.0.1 -k {root} -F "
        "-c shared_buffers=16MB -c max_connections=40"
    )
    server._run(
        "pg_ctl", "start", "-D", str(data_dir), "-w", "-t", "30", "-o", options, "-l", str(root / "log")
    )
    return server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
