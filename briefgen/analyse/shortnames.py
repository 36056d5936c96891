"""Short names of outlets: "the Echo" for the site's Calderbridge Echo, and which outlet such a name means where
a text writes it (credits.py).

Local papers are called by the last word(s) of their names: "told the Echo", "The Echo reported", "the Evening Post
said". Until 2026-12-04 only a word of `credits._OUTLET_WORDS` (Gazette, Post, Herald …) was read so: with the
site's "Calderbridge Echo" and "Calderbridge Gazette", "told the Gazette" was a credit and "told the Echo" was none
(a trial's radio re-telling of the Echo's interview stood apart as an independent report). The rule now:

- `site_tails(outlets)`: every last word or run of last words of a site outlet's name (after a leading "The"), and
  of its name without "News", "Online" … (`outlet_core`: "Radio" of Valley Radio News), that is not only such
  words and does not open with a lower-case particle: "Echo" of Calderbridge Echo, "Post" and "Evening Post" of
  Northfold Evening Post. As `via:` short forms are read (viaoutlets.py).
- `short_form(...)`: a short name means the outlet named last before it (within `LOOK_BACK` characters) whose
  name ends so, else the only outlet, site's or well known, whose name ends so; none when several do and none is
  named before ("the Post" with Northfold Evening Post and The Washington Post).
- credits.py reads a short name that is not an `_OUTLET_WORDS` word only after "the" ("told the Echo", "The Echo
  reported"): "told Radio 4" credits no Valley Radio News.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

from briefgen.analyse.agencybodies import body_before, body_before_credit
from briefgen.analyse.outletkeys import bare, outlet_core

if TYPE_CHECKING:
    from briefgen.analyse.credits import Credit, CreditFinder

LOOK_BACK = 800  # how far back a short name or "the newspaper" looks for the outlet it stands for
_PARTICLES = frozenset("of de du des della dello delle degli del di da do dos das van von der den het la le les el y "
                       "and".split())


def site_tails(outlets: Iterable[str]) -> frozenset[str]:
    """The short names (bare: `outletkeys.bare`) of the site's outlets `outlets` (module docstring)."""
    found: set[str] = set()
    for name in outlets:
        key = bare(name)
        for words in {tuple(key.split()), tuple(outlet_core(key).split())}:
            for at in range(1, len(words)):
                tail = words[at:]
                if tail[0] not in _PARTICLES and outlet_core(" ".join(tail)) == " ".join(tail):
                    found.add(" ".join(tail))
    return frozenset(found)


def ends_in(tail: str, name: str) -> bool:
    """Whether outlet `name` (any form) ends in the bare words `tail`, itself or without "News", "Online" …"""
    key = bare(name)
    return any(f" {form}".endswith(f" {tail}") for form in (key, outlet_core(key)))


def short_form(text: str, at: int, tail: str, finder: CreditFinder, found: dict[int, Credit],
               ends: Callable[[str, str], bool] = ends_in) -> str | None:
    """The outlet the short name `tail` (bare) stands for at `at` in `text`: the last one named (`finder.known`) or
    credited (`found`) before it, within LOOK_BACK, whose name `ends` in it; else the only known or site outlet
    whose does; None when several do."""
    before = [(m.start(), finder.canonical.get(bare(m.group(0)), m.group(0)))
              for m in finder.known.finditer(text, max(0, at - LOOK_BACK), at)]
    before += [(c.start, c.outlet) for c in found.values() if c.start < at]
    named = [name for _, name in sorted(before) if ends(tail, name)]
    if named:
        return named[-1]
    candidates = sorted({name for name in finder.canonical.values() if ends(tail, name)})
    return candidates[0] if len(candidates) == 1 else None


def nearest_outlet(text: str, at: int, finder: CreditFinder, found: dict[int, Credit],
                   misnamed: Callable[[Credit], bool] = lambda credit: False) -> str | None:
    """The outlet named or credited last before `at` (within LOOK_BACK), else first after it: what "the newspaper"
    stands for. None when a body is named between it and "the agency" at `at` (agencybodies.py: "The European
    Medicines Agency (EMA) approved it. The agency said …", FX58), or before it when "the agency" is in its sentence
    ("… Medicines Agency approved it. According to Reuters, the agency said …", FX61), or before "the agency" with no
    outlet before it (FX61); or when that name names someone else there (`misnamed`, given a credit of the name as its
    own words or the credit that read it: "according to the DPA. The agency said …", a data-protection authority;
    FX51)."""
    from briefgen.analyse.credits import Credit

    start = max(0, at - LOOK_BACK)
    before = [c for c in found.values() if start <= c.start < at]  # (first: a credit over a name where both start)
    before += [Credit(finder.canonical.get(bare(m.group(0)), m.group(0)), m.group(0), m.start())
               for m in finder.known.finditer(text, start, at)]
    if before:
        nearest = max(before, key=lambda c: c.start)  # (a body named since: "The EMA … The agency said", FX58)
        since = max((c.start + len(c.cue) for c in before if c.start + len(c.cue) <= nearest.start), default=start)
        return None if misnamed(nearest) or body_before(text, nearest.start + len(nearest.cue), at) or \
            body_before_credit(text, since, nearest.start, at) else nearest.outlet  # ("The EMA … According to
            # Reuters, the agency said": FX61)
    if body_before(text, start, at):  # no outlet before it, a body is ("The WHO met. Cases rose, the agency said,
        return None  # according to Reuters.": the name before it, FX61)
    after = finder.known.search(text, at, at + LOOK_BACK)
    if after is not None:
        credit = Credit(finder.canonical.get(bare(after.group(0)), after.group(0)), after.group(0), after.start())
        return None if misnamed(credit) else credit.outlet
    later = [c for c in found.values() if c.start > at]
    return None if not later or misnamed(nearest := min(later, key=lambda c: c.start)) else nearest.outlet
