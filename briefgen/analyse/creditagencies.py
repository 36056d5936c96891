"""The news agencies of the outlet lexicon read by name in credits with no `sources:` line for them (FX61, 2026-12-07).

    with_agencies(canonical)   # -> (canonical with the agencies' forms, the forms as written, the lower-case forms)

`knownoutlets.AGENCY_INITIALS` listed each agency's names, but only datelines and `sources:` brackets read them: "the
drug was approved, according to dpa", "dpa reported", "Agencia EFE reported", "Press Trust of India said" credited
no one (note46's leftovers). credits.credit_finder now adds the names `knownoutlets.agency_outlets` gives to its
lexicon, under no name it has already: a site's or a known outlet's spelling of an agency names the outlet by which
the site knows it ("Agencia EFE" is the site's "EFE (Agencia EFE)"). A lower-case name ("dpa") credits only as
written: it is read by the cues of written names (creditcues.site_cues), and in another case ("according to the
DPA", a data-protection authority) by initialcredits' rule for a site's lower-case bracket (BR31), as its initials
— unless the site names the agency so itself (a source "dpa" is credited in any case: FX20's "DPA said").
"""
from __future__ import annotations

from functools import lru_cache

from briefgen.analyse.knownoutlets import agency_outlets
from briefgen.analyse.outletkeys import bare


def with_agencies(canonical: dict[str, str]) -> tuple[dict[str, str], tuple[str, ...], tuple[tuple[str, str], ...],
                                                     tuple[tuple[tuple[str, str], ...], frozenset[str]]]:
    """(`canonical` — bare alias → canonical name, credits.CreditFinder's — with every agency's forms added under the
    outlet any of its forms names there already, else its own canonical name; the forms as texts write them; the
    lower-case forms, each with its outlet, as `CreditFinder.initials` pairs; (the initials of four capitals or fewer
    of an agency no form of which `canonical` holds, each with its outlet: agencyinitials.loose_initials; the outlets
    of the agencies no form of which it holds: outletcountries.dateline_at_home) — FX67).
    `canonical` is not changed."""
    added = dict(canonical)
    written: list[str] = []
    lower: list[tuple[str, str]] = []
    loose: list[tuple[str, str]] = []
    unnamed: set[str] = set()
    for name, forms in _agencies():
        outlet = next((canonical[bare(form)] for form in forms if bare(form) in canonical), name)
        for form in forms:
            outlet_of_form = added.setdefault(bare(form), outlet)
            written.append(form)
            if form.islower() and bare(form) not in canonical:  # (a site's own "dpa" is read in any case: FX20)
                lower.append((form, outlet_of_form))
            if not any(bare(f) in canonical for f in forms):
                unnamed.add(outlet_of_form)
                if form.isupper() and len(form) <= 4:
                    loose.append((form, outlet_of_form))  # ("EFE said": Chile's state railway, BR35)
    return added, tuple(written), tuple(lower), (tuple(loose), frozenset(unnamed))


@lru_cache(maxsize=1)
def _agencies() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return agency_outlets()
