"""The kiosk in a web browser: textual-serve in front of `sayso kiosk`, one participant at a time.

`access` holds the access token check (textual-serve has no authentication of its own),
`pages` the plain pages a browser is shown instead of the kiosk, and `server` the web server.
"""
