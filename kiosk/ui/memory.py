"""Tidying memory between participants, so no long garbage collection lands on a keypress.

Textual keeps a cache keyed by each widget's style cache (``StylesCache.get_inner_outer``,
up to 1024 entries, reached through `kiosk.ui.textual_private`), which holds on to thousands of rendered strips from screens that are
long gone. As that grows, Python's full collections grow too (to a quarter of a second after
a few participants on a small machine). Between participants the kiosk empties that cache,
collects garbage once while the attract screen is showing, and freezes what is left so later
collections only look at the new participant's objects.

While someone is answering, Python's own full collections (about 10 ms on a small machine,
about once per participant) are left out: the young and middle generations are still
collected as usual, and the full collection happens in `tidy_memory` between participants.
"""

from __future__ import annotations

import gc

from kiosk.ui.textual_private import clear_render_cache

NO_AUTOMATIC_FULL_COLLECTION = 1_000_000
"""Python's third threshold: full collections only when the kiosk asks for one."""


def keep_full_collections_for_quiet_moments() -> None:
    """Let Python collect only its young generations on its own (see the module notes)."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, NO_AUTOMATIC_FULL_COLLECTION)


def tidy_memory() -> None:
    """Drop stale render caches and collect garbage now, while nobody is waiting."""
    clear_render_cache()
    gc.unfreeze()
    gc.collect()
    gc.freeze()
