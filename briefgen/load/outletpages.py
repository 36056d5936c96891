"""Two spellings of an outlet's name that make one page address, found where they are written.

An outlet's page is `sources/<slugify(name)>/`, so "The Ledger" and "the ledger!" (case, punctuation, spacing,
accents: "Le Monde" and "Lé Monde") are two outlets with one page, which the build refuses once both have
articles (output/guards.check_collisions, with `_fix_for`'s advice). Two feeds whose `source:` lines were so
written imported under both names without a word, and the editor learnt of it at the next build (TR15,
2026-12-06). Takes names with where each is written; gives each later spelling with the earlier one. Used by
config.yaml's `feeds:` (load/feedconfig.py: `check`, `build` and `fetch` all read it before anything is written)
and by `fetch` for feeds named by their own titles (importer/outletnames.py). One name written twice is one
outlet: no error.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from briefgen.diagnostics import Diagnostic, error
from briefgen.site.urls import outlet_url, slugify


def clashes(named: Sequence[tuple[str, str]], listed: Iterable[str] = ()) -> Iterator[tuple[int, str, str, str]]:
    """(position in `named`, the other name, where it is written, the page address) for each name of `named`
    ((name, where it is written: "the feed on line 8"), in the file's order) whose page address (`slugify`) is
    that of a different name written before it: an outlet under `sources:` (`listed`, whose own clashes config.py
    reports) or an earlier entry of `named`. Names are compared as written (after YAML): equal ones are one outlet."""
    first: dict[str, tuple[str, str]] = {}  # slug → (name, where it is written)
    for name in listed:
        first.setdefault(slugify(name), (name, "the outlet under `sources:`"))
    for position, (name, where) in enumerate(named):
        slug = slugify(name)
        other, said = first.setdefault(slug, (name, where))
        if other != name:
            yield position, other, said, outlet_url(slug)


def shared_pages(named: Sequence[tuple[str, int]], listed: Iterable[str], path: str) -> list[Diagnostic]:
    """An error at the line of each feed's `source:` in `named` ((name, line), in config.yaml's order) that makes
    the page address of a different name before it (`clashes`), naming both, the address and the fix."""
    return [error(path, named[at][1], f'source "{named[at][0]}" and "{other}" ({where}) make one page address, '
                                      f"{page}, for two outlets, which the build refuses once both have articles; "
                                      f'write one name for both (source: "{other}"), or names that make different '
                                      "addresses")
            for at, other, where, page in clashes([(name, f"line {line}") for name, line in named],
                                                  listed)]
