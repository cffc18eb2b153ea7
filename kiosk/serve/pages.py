"""The plain pages a browser gets instead of the kiosk: in use, or no access token."""

from __future__ import annotations

from aiohttp import web

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Say So</title>{head}
<style>
  html, body {{ margin: 0; height: 100%; background: #fffdf7; color: #1b1b1b;
    font-family: sans-serif; font-size: 28px; }}
  main {{ display: flex; flex-direction: column; align-items: center; justify-content: center;
    height: 100%; padding: 0 1em; text-align: center; box-sizing: border-box; }}
  h1 {{ font-size: 1.6em; margin: 0 0 0.5em; }}
  a {{ display: inline-block; min-height: 44px; min-width: 44px; padding: 0.5em 1em;
    margin-top: 1em; border-radius: 0.4em; background: #1d4e89; color: #fff;
    text-decoration: none; }}
</style></head>
<body><main><h1>{title}</h1><p>{words}</p>{action}</main></body></html>
"""


TRY_AGAIN_SECONDS = 3
"""How often the in-use page asks, in the background, whether the kiosk is free."""

ASK_WHEN_FREE = """
<script>
setInterval(function () {{
  fetch("free" + location.search, {{cache: "no-store"}}).then(function (answer) {{
    if (answer.status === 204) {{ location.reload(); }}
  }}).catch(function () {{}});
}}, {milliseconds});
</script>"""
"""Reloads the page once the kiosk is free, and not before: a screen reader is not made to
read the page again every few seconds, as a timed refresh would."""


def in_use_page() -> web.Response:
    """This kiosk already has a participant: nothing of theirs is shown.

    The page asks in the background whether the kiosk is free, and opens it once it is, so a
    tab reloaded part way gets the kiosk back as soon as its old page has let go.
    """
    html = PAGE.format(
        head=ASK_WHEN_FREE.format(milliseconds=TRY_AGAIN_SECONDS * 1000),
        title="This kiosk is in use",
        words="Someone is answering on this kiosk now. This page will open it when it is free.",
        action='<a href="" id="again">Try again now</a>',
    )
    return web.Response(text=html, content_type="text/html", status=409)


def refused_page() -> web.Response:
    """The address had no access token, or the wrong one."""
    html = PAGE.format(
        head="",
        title="This kiosk needs its full address",
        words="Please ask staff for the kiosk's address or QR code.",
        action="",
    )
    return web.Response(text=html, content_type="text/html", status=403)
