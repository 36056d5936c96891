"""The outlet name each feed's articles get, and the feeds of one run whose names make one page address.

A feed's articles are filed under its `source:`, else the feed's own title, else its host or file name
(`outlet_name`). Two feeds' `source:` lines that make one page (`sources/<slug>/`) are config.yaml's error
(load/outletpages.py); a title is known only once the feed is read, so `fetch` compares every feed's name after
parsing and before writing (`clashing_feeds`): "The Ledger" beside a feed titled "THE LEDGER." was imported under
both names, and the editor learnt of it at the next build, which refused it (TR15, 2026-12-06). Such feeds import
nothing this run — their state is kept as it was, so the next run, once config.yaml names them, imports their
entries —, and each later name is an error at its feed's line with the `source:` to write.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from briefgen.diagnostics import Diagnostic, error
from briefgen.importer.location import local_path
from briefgen.load.feedconfig import FeedSpec
from briefgen.load.outletpages import clashes
from briefgen.load.text import shows_text
from briefgen.site.urls import outlet_url, slugify


def feed_title(read_title: str | None, stored_title: str) -> str:
    """The feed's own title: this run's (`read_title`, None when the feed was not read) or the last run's;
    "" when it shows nothing (a feed titled U+3164 alone gave its articles a blank `source:`)."""
    title = stored_title if read_title is None else read_title
    return title if shows_text(title) else ""


def outlet_name(spec: FeedSpec, title: str, root: Path) -> str:
    """What the feed's articles get as `source:`: its `source:` line, else its title, else the host of its
    address (without "www.") or its file's name."""
    if spec.source or title:
        return spec.source or title
    host = re.match(r"^https?://(?:[^@/]*@)?([^/:?#]+)", spec.url, re.I)
    if host:
        return host.group(1).lower().removeprefix("www.")
    path = local_path(spec.url, root)
    return path.stem if path is not None and path.stem else spec.url


def clashing_feeds(specs: Sequence[FeedSpec], titles: Sequence[str], names: Sequence[str], writing: Sequence[bool],
                   display: str) -> tuple[set[int], list[Diagnostic]]:
    """The indexes of the feeds (`writing`: those read this run, which would import) whose outlet name (`names`,
    `outlet_name` of their `titles`) makes the page address of a different feed's name, and an error at the line of each such
    later name in config order, naming the other feed, the address and the `source:` to write."""
    found = list(clashes([(name, f"the feed on line {spec.line}") for spec, name in zip(specs, names)]))
    pages = {page for _, _, _, page in found}
    held = {i for i, name in enumerate(names) if writing[i] and outlet_url(slugify(name)) in pages}
    problems = []
    for at, other, where, page in found:
        spec = specs[at]
        whose = "its `source:`" if spec.source else "the feed's own title" if titles[at] else "its address"
        problems.append(error(display, spec.line, f'feed {spec.shown}: its articles would be filed under "{names[at]}" '
                                                  f'({whose}), and those of {where} under "{other}": one page address, '
                                                  f"{page}, for two outlets, which the build refuses; nothing of "
                                                  f"either feed is imported until one name is set for both (write "
                                                  f'source: "{other}" under this feed)'))
    return held, problems

