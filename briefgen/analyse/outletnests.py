"""Site outlets whose names the known aliases would fold into another of the site's outlets (credits.py).

    with_site_names(forms, canonical)   # -> `canonical` with the site's names: what each written form credits

`KNOWN_OUTLETS` folds some names into another ("BBC News" is the BBC, "Nikkei" is Nikkei Asia), and a site's source
written as such an alias was credited under the known name: with sources "BBC" and "BBC News", "BBC News reported"
credited "BBC", and with "Nikkei" and "Nikkei Asia", "Nikkei reported" credited "Nikkei Asia" (FX88, 2026-12-07). A
site that lists both names, where one holds the other as words (`nest`), tells them apart; an abbreviation and its full
name ("NYT"/"New York Times", "FT"/"Financial Times", "AP"/"Associated Press") stay one outlet (FX93), and the name written is the one credited: the longest outlet name the text
writes (credits.py's names are tried longest first), whatever the order of `sources:`. A site source whose known
outlet the site does not list ("New York Times" alone) keeps the known name, as before; a source with several forms
("Namibian Broadcasting Corporation (NBC)", BR29) is credited as itself in each, before a known outlet's alias. Pure.
"""
from __future__ import annotations

from typing import Mapping

from briefgen.analyse.outletkeys import bare


def nested_apart(forms: Mapping[str, tuple[str, ...]], canonical: Mapping[str, str]) -> frozenset[str]:
    """The names of `forms` (a site's source name → the forms a text writes it in, `outletkeys.name_forms`) that a
    known alias (`canonical`: bare form → canonical name) folds into another outlet the site lists by name; each is
    credited as itself. A name of one form only: one with several is credited as itself already (credits.py)."""
    listed = {bare(name) for name in forms}
    apart = set()
    for name, written_as in forms.items():
        known = canonical.get(bare(name)) if len(written_as) == 1 else None
        if known is not None and bare(known) != bare(name) and bare(known) in listed and nest(bare(name), bare(known)):
            apart.add(name)
    return frozenset(apart)


def nest(one: str, other: str) -> bool:
    """Whether one of two bare names (`outletkeys.bare`) holds the other as whole words: "bbc" in "bbc news", "nikkei"
    in "nikkei asia"; never an abbreviation and its full name ("nyt", "new york times"): those are one outlet (BR53,
    FX93, 2026-12-07: "NYT reported" credited "NYT", not the site's "New York Times")."""
    shorter, longer = sorted((one.split(), other.split()), key=len)
    return any(longer[at:at + len(shorter)] == shorter for at in range(len(longer) - len(shorter) + 1))


def with_site_names(forms: Mapping[str, tuple[str, ...]], canonical: Mapping[str, str]) -> dict[str, str]:
    """`canonical` (bare form → the outlet it credits: the known outlets' aliases) with each form of the site's names
    (`forms`, in `sources:` order) crediting its name: always for a name of several forms or one `nested_apart`, else
    only where no known alias (nor an earlier site name) is already credited by that form (module docstring)."""
    apart = nested_apart(forms, canonical)
    found = dict(canonical)
    for name, written_as in forms.items():
        for form in written_as:
            found[bare(form)] = name if len(written_as) > 1 or name in apart else found.get(bare(form), name)
    return found
