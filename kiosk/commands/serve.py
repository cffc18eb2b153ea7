"""`sayso serve`: the kiosk in a web browser, such as a tablet's, with speech on this computer.

On 127.0.0.1 only this computer can open it. On any other address anyone on the network
could, so Say So makes a random access token, prints the address with it (and its QR code
for the tablet to scan), and refuses every request without it.
"""

from __future__ import annotations

import errno
import io
import shlex
import socket
import sys
from pathlib import Path

import click

from kiosk.commands.options import data_dir_option, event_option
from surveys.errors import SaySoError
from surveys.sources import DEMO_SURVEY, find_source

WILDCARD_HOSTS = ("0.0.0.0", "::", "")
QUIET_ZONE = 4
"""Modules of light margin around the QR code, as phone cameras need."""


class ServeError(SaySoError):
    """The web server for the kiosk cannot start."""

    title = "The kiosk cannot be served"


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to serve on. Any address but 127.0.0.1 needs the access token.")  # fmt: skip
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
              help="The port to serve on.")  # fmt: skip
@click.option("--survey", "survey_id", default=DEMO_SURVEY, show_default=True,
              help="A built-in survey id or a survey file.")  # fmt: skip
@click.option("--require-token", is_flag=True, hidden=True,
              help="Ask for the access token even on 127.0.0.1 (for checking the token).")  # fmt: skip
@event_option
@data_dir_option
def serve_command(
    host: str, port: int, survey_id: str, require_token: bool, event: str | None, data_dir: Path
) -> None:
    """Run the kiosk in a web browser (a tablet's, say); answers and speech stay on this computer."""
    # Command seam: the survey loader, the PIN set-up, the data-folder lock and aiohttp,
    # 520-600 ms together (python -X importtime); `sayso serve --help` never waits for them.
    from kiosk.commands.first_pin import set_up_first_pin
    from kiosk.serve.access import is_loopback, new_token
    from kiosk.startup import hold_data_folder
    from surveys.loader import load_source

    source = find_source(survey_id)
    load_source(source)  # a survey with mistakes is reported here, not in the browser
    check_can_listen(host, port)  # before a PIN is asked for, or an address printed
    set_up_first_pin(data_dir)
    hold_data_folder(data_dir).release()  # another kiosk on this folder is reported now
    token = new_token() if require_token or not is_loopback(host) else None
    address = _address(host, port, token)
    if not is_loopback(host):
        click.echo(
            "Warning: anyone on this network who has the address below can open the kiosk.\n"
            "Only staff should see it and its QR code. Press Ctrl+C to stop.\n"
        )
    click.echo(f"Open the kiosk at: {address}")
    if token is not None:
        click.echo("Or scan this QR code with the tablet's camera:\n")
        click.echo(_qr_code(address) + "\n")
    _serve(_kiosk_command(survey_id, event, data_dir), host, port, data_dir, token)


def _kiosk_command(survey: str, event: str | None, data_dir: Path) -> str:
    if Path(survey).suffix in (".yaml", ".yml"):
        survey = str(Path(survey).resolve())  # the kiosk runs from another folder
    words = [sys.executable, "-m", "kiosk", "kiosk", "--survey", survey]
    words += ["--data-dir", str(data_dir.resolve()), *(["--event", event] if event else [])]
    return shlex.join(words)


def _address(host: str, port: int, token: str | None) -> str:
    shown = _network_address() if host in WILDCARD_HOSTS else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def _network_address() -> str:
    """This computer's address on its network, as a tablet there would reach it.

    The host name often stands for 127.0.1.1 on Debian, which a tablet cannot reach, so
    this asks which address would carry traffic outwards (a UDP socket sends nothing).
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # a documentation address: never really sent to
            address: str = probe.getsockname()[0]
        except OSError:
            return socket.gethostbyname(socket.gethostname())
    return address


def _qr_code(address: str) -> str:
    """The address as a QR code in text: dark modules on a light background in any terminal."""
    # Command seam: qrcode, 35-95 ms (python -X importtime); only an address with a token
    # gets a QR code.
    import qrcode

    code = qrcode.QRCode(border=QUIET_ZONE, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(address)
    out = io.StringIO()
    code.print_ascii(out=out)
    lines = out.getvalue().replace("\xa0", " ").splitlines()
    return "\n".join(click.style(line, fg="black", bg="bright_white") for line in lines)


def _serve(command: str, host: str, port: int, data_dir: Path, token: str | None) -> None:
    # Command seam: the web server (textual-serve), 120-200 ms more (python -X importtime).
    from kiosk.serve.server import KioskServer

    try:
        KioskServer(command, host, port, data_dir=data_dir, token=token).serve()
    except OSError as error:
        raise ServeError(_cannot_listen(error, host, port)) from None


def check_can_listen(host: str, port: int) -> None:
    """Whether the server could listen on `host` and `port`; `ServeError` if not."""
    try:
        places = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
    except (socket.gaierror, UnicodeError):
        raise ServeError(
            f"Say So cannot find the address {host!r}. Check --host: give 127.0.0.1 for this "
            "computer only, or this computer's address on its network, such as 192.168.1.20."
        ) from None
    for family, kind, protocol, _, place in places:
        with socket.socket(family, kind, protocol) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
            try:
                probe.bind(place)
            except OSError as error:
                raise ServeError(_cannot_listen(error, host, port)) from None


def _cannot_listen(error: OSError, host: str, port: int) -> str:
    """Why the server cannot listen there, and what to do, in plain words."""
    if error.errno == errno.EADDRINUSE:
        return (
            f"Another program is already using port {port} on {host}. "
            "Stop it, or choose another port with --port (such as 8001)."
        )
    if error.errno == errno.EADDRNOTAVAIL:
        return (
            f"{host} is not an address of this computer. Check --host: give 127.0.0.1 for "
            "this computer only, or this computer's address on its network."
        )
    if error.errno == errno.EACCES:
        return (
            f"This computer does not let Say So use port {port}: ports below 1024 are kept "
            "for the system. Choose another port with --port (such as 8000)."
        )
    return f"Say So cannot serve on {host} port {port} ({error.strerror or error})."
