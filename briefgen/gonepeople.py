"""People's pages whose address the last build gave another person, or that moved: a warning each (SPEC.md:
"URLs are promises, so nothing is renamed silently"; gone.py calls this).

Names that share a slug ("José Pérez", "Jose Perez") get "people/jose-perez/", "-2/", … by site/people.person_urls,
in the order the names were first seen (then by name). An archive that grows by newer articles moves no one, but a
back-dated article or a deleted one can: BR24 (2026-12-06) saw two people swap
their addresses without a word, old links showing the other person. Such an address cannot be redirected (another
person's page is there, or nothing in this build's content says where it led), so it is named instead, with where
the person's page is now. Only the addresses of names that share a slug are read (the last build's page's <h1>):
a page that goes because its person is no longer named stays unwarned, by design (gone.py).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Mapping

from briefgen.diagnostics import Diagnostic, shown_path, warning
from briefgen.gonelistings import old_page, page_heading
from briefgen.site.urls import slugify

_NUMBERED = re.compile(r"-[0-9]+$")  # the suffix that tells names sharing a slug apart ("jose-perez-2")
_ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")  # (a heading's bidi isolates, render/bidi.py)


def person_addresses(output: Path, root: Path, live: Mapping[str, object], site: Any, phrase: str,
                     shown: int) -> list[Diagnostic]:
    """A warning for each person's page the last build published (`live`: the output record's paths,
    "people/x/index.html") at an address that names sharing a slug may take (`people/<slug>/` or `…-<n>/` of a
    slug some person of this build's `site` has) whose person (its old page's heading) is not the person this
    build shows there (`site.people`): another person there now, or none, and where that person's page is now.
    The same person under another spelling (their "also written as") is no change. At most `shown` warnings,
    each starting with `phrase` (gone.PHRASE); [] without a site or with nothing moved."""
    if site is None or not site.people:
        return []
    now = {person.url: person for person in site.people}
    by_name = {person.name: person for person in site.people}
    bases = Counter(slugify(person.name, fallback="person") for person in site.people)
    pages = sorted(path[len("people/"):-len("/index.html")] for path in live if path.startswith("people/")
                   and path.endswith("/index.html") and path.count("/") == 2)
    shared_before = {_NUMBERED.sub("", slug) for slug in pages if _NUMBERED.search(slug)}
    found = []
    for slug in pages:
        address = f"people/{slug}/"
        here = now.get(address)
        # Read only where names share a slug, now or in the last build ("x-2" beside "x"): a page still shown by
        # the one name that has its slug, and none shared it before, is that name's
        if not (_NUMBERED.search(slug) or bases[slug] > 1 or slug in shared_before):
            continue
        if here is None and slug not in bases and _NUMBERED.sub("", slug) not in bases:
            continue  # (no person of this build has its slug: whoever it showed is no longer named)
        head = old_page(output / address / "index.html", 65536)
        if head is None or b'http-equiv="refresh"' in head.lower() or b"disclosure--draft" in head:
            continue  # (a redirect left at a former spelling's address, or a page only `--drafts` showed)
        was = page_heading(output / address / "index.html").translate(_ISOLATES)
        if not was or (here is not None and (was == here.name or was in here.also_written_as)):
            continue
        person = by_name.get(was) or next((p for p in site.people if was in p.also_written_as), None)
        if here is None and person is None:
            continue  # (a person no longer named: their page goes by design)
        found.append(warning(shown_path(output / address, root), 0, _message(phrase, was, here, person)))
        if len(found) == shown:
            break
    return found


def _message(phrase: str, was: str, here: Any, person: Any) -> str:
    where = (f"{was}'s page is now {person.url}" if person is not None
             else f"{was} has no page now (no published article names them)")
    shows = f"this build shows {here.name} here" if here is not None else "this build has no page here"
    return (f"{phrase} for {was}; {shows}, and {where}: links to it and readers' bookmarks now lead "
            f"{'to another person' if here is not None else 'nowhere'}. Of names that share an address, the one "
            f"seen first (in the earliest article naming it) has the plain address, the others -2, -3 … in that "
            f"order: a deleted or back-dated article changed which that is; restoring the article or its date "
            f"restores the addresses (docs/people.md, \"Addresses\")")
