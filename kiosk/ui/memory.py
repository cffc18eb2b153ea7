"""Tidying memory between participants, so no long garbage collection lands on a keypress.

Textual keeps a cache keyed by each widget's style cache (``StylesCache.get_inner_outer``,
up to 1024 entries), which holds on to thousands of rendered strips from screens that are
long gone. As that grows, Python's full collections grow too (to a quarter of a second after
a few participants on a small machine). Between participants the kiosk empties that cache,
collects garbage once while the attract screen is showing, and freezes what is left so later
collections only look at the new participant's objects.
"""

from __future__ import annotations

import gc

from textual._styles_cache import StylesCache


def tidy_memory() -> None:
    """Drop stale render caches and collect garbage now, while nobody is waiting."""
    StylesCache.get_inner_outer.cache_clear()
    gc.unfreeze()
    gc.collect()
    gc.freeze()
