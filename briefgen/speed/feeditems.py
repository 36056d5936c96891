"""Feed items kept from build to build: the digest's 20 editions are re-made only when they changed.

Rendering the feeds' items was ~0.2 s of every rebuild at 10,000 articles (py-spy of a
one-article edit: the digest feed's 20 editions hold ~4,000 articles), and one edit changes
at most a few of them. Each item is kept by the fingerprint of what it is made from
(`render/feeds.item_inputs`, printed like a page: speed/fingerprint), in the output's state
folder beside the page fingerprints; an item whose fingerprint the last build also had is
taken from there as it was written. A missing or damaged file only means every item is
made again.
"""
from __future__ import annotations

from typing import Callable, Mapping

ITEMS = "feed-items"  # BuildCache.read/write name: {fingerprint: item XML}


class FeedItems:
    """The `Reuse` of render/feeds for one build.

    `prints`: item key → fingerprint of its inputs (an item without one is always made);
    `previous`: what the last build kept (anything else, e.g. None, counts as nothing).
    """

    def __init__(self, prints: Mapping[str, str], previous: object) -> None:
        self._prints = prints
        self._previous: dict[str, str] = previous if isinstance(previous, dict) else {}
        self.kept: dict[str, str] = {}  # fingerprint → item XML, for this build's items

    def reuse(self, key: str, make: Callable[[], str]) -> str:
        """Item `key`'s XML: the last build's when made from the same inputs, else `make()`."""
        found = self._prints.get(key)
        if found is None:
            return make()
        xml = self._previous.get(found)
        if not isinstance(xml, str):
            xml = make()
        self.kept[found] = xml
        return xml

    @property
    def changed(self) -> bool:
        """Whether `kept` differs from what the last build kept (equal fingerprints, equal XML)."""
        return self.kept.keys() != self._previous.keys()
