"""Who may open the kiosk page: on a network address, only a browser given the access token."""

from __future__ import annotations

import ipaddress
import secrets
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from kiosk.serve.pages import refused_page

TOKEN_PARAMETER = "token"
TOKEN_COOKIE = "sayso_token"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def new_token() -> str:
    """A random access token, long enough that nobody can guess it."""
    return secrets.token_urlsafe(24)


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable only from this computer (127.0.0.1, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def token_middleware(token: str) -> Middleware:
    """Refuse every request without the token, in the address or in the cookie it leaves."""

    @web.middleware
    async def check_token(request: web.Request, handler: Handler) -> web.StreamResponse:
        given = request.query.get(TOKEN_PARAMETER) or request.cookies.get(TOKEN_COOKIE, "")
        if not secrets.compare_digest(given.encode(), token.encode()):
            return refused_page()
        response = await handler(request)
        if request.query.get(TOKEN_PARAMETER) and not response.prepared:
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="Strict")
        return response

    return check_token
