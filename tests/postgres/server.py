"""A throwaway PostgreSQL server for the tests, from Debian's `postgresql` package.

`initdb` makes a data folder of its own in a new temporary folder; `postgres` listens on
127.0.0.1 only, on a free port, with its socket in that folder. Run as root, both run as the
`postgres` user (PostgreSQL refuses root). `stop` ends the server and removes the folder.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

START_SECONDS = 60
NO_POSTGRES = "SAYSO_NO_POSTGRES"


class PostgresUnavailable(RuntimeError):
    """The test server could not be started."""


def postgres_bin() -> Path:
    """The folder holding Debian's `initdb` and `postgres`."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    on_path = shutil.which("initdb")
    if found:
        return Path(found[0]).parent
    if on_path:
        return Path(on_path).resolve().parent
    raise PostgresUnavailable("initdb is not installed: `make test` installs Debian's postgresql")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class PostgresServer:
    """A running test server and the folder it keeps its data in."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes]

    def url(self, database: str = "postgres") -> str:
        """The address of one database on this server."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """The address of a new, empty database."""
        name = f"sayso_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """End the server and remove its data folder."""
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PostgresServer:
    """A new server, ready for connections, or `PostgresUnavailable` saying why not."""
    folder = Path(tempfile.mkdtemp(prefix="sayso-postgres-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    bin_dir = postgres_bin()
    initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]
    made = subprocess.run(_as_server_user(initdb), capture_output=True, check=False)
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise PostgresUnavailable(f"initdb failed: {made.stderr.decode(errors='replace')}")
    port = _free_port()
    options = ["-D", str(data), "-h", "127.0.0.1", "-p", str(port), "-k", str(folder)]
    options += ["-c", "fsync=off", "-c", "max_connections=40"]
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        _as_server_user([str(bin_dir / "postgres"), *options]), stdout=log, stderr=log
    )
    server = PostgresServer(folder, port, process)
    _wait_ready(server, log.name)
    return server


def _wait_ready(server: PostgresServer, log: str) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        with contextlib.suppress(psycopg.OperationalError):
            psycopg.connect(server.url(), connect_timeout=2).close()
            return
        time.sleep(0.1)  # polling for the server to accept connections
    text = Path(log).read_text(errors="replace")
    server.stop()
    raise PostgresUnavailable(f"postgres did not start:\n{text}")
