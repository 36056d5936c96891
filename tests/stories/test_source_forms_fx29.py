"""FX29 (2026-12-07): a `source:` or `via:` by any name of its `sources:` outlet, resolved by one function
(viaoutlets.resolved_outlets) for the build and for the story evaluations (storyeval.load_site, so
benchmarks/stories_eval.py): `source: AIP` with the source "Agencia Informativa del Pacífico (AIP)" was an outlet of its
own, and the evaluations read no `via:` form as the build does (FX20 resolved `via: PAI` in the build only).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st
from stories.storyeval import group, load_site
from stories.test_via_wire_reports_fx29 import COLLAPSE, _site
from support import factories
from support.examples import examples

from briefgen.analyse.outletkeys import name_forms, outlet_key
from briefgen.analyse.viaoutlets import resolved_outlets
from briefgen.checking import check
from briefgen.load.config import Source

AIP = "Agencia Informativa del Pacífico (AIP)"
FIRE = ("Fire at Ilo port warehouse put out",
        "Firefighters put out a fire at a warehouse in the port of Ilo on Monday after six hours, the port authority "
        "said.\n\nNo one was hurt. The warehouse held fishmeal bound for China, the authority said.")
FIRE_RETOLD = ("Ilo port blaze out after six hours",
               "A blaze at a fishmeal warehouse in Peru's port of Ilo was put out on Monday after six hours.\n\nThe "
               "port authority said nobody was injured and the cargo was bound for China.")


@pytest.mark.parametrize("source,via", [("AIP", "Agencia Informativa del Pacífico"), ("Agencia Informativa del Pacífico",
                                                                                       "AIP"), ("aip", "aip")])
def test_a_source_and_a_via_by_another_name_of_one_source(tmp_path: Path, source: str, via: str) -> None:
    """`source: AIP` is the source "Agencia Informativa del Pacífico (AIP)", as `via: AIP` is: the re-telling re-tells
    the agency's report (the story's original, its lead), the outlet has one page listing its article, and the
    evaluation's reading is the build's. Failed before: "AIP" an outlet of its own (sources/aip/), the story's
    original the `via:`'s name with no report of it, and the evaluation reading `via: AIP` as another outlet."""
    root = _site(tmp_path / "port", (AIP, "Lima Harbour News"), {
        "aip-fire": (source, "2026-11-23T18:00:00Z", "", FIRE),
        "harbour-fire": ("Lima Harbour News", "2026-11-23T21:00:00Z", f"via: {via}", FIRE_RETOLD)})
    evaluated = group(load_site(root))
    result = check(root / "config.yaml")
    assert result.plan is not None and not [p for p in result.diagnostics if "source" in p.message or "via" in p.message]
    built = result.plan.grouping
    for grouping in (evaluated, built):
        (story,) = grouping.stories
        assert (story.lead, story.original, dict(story.roles)["harbour-fire"]) == ("aip-fire", AIP, "re-report")
    assert [(s.id, s.members, s.lead, s.original, s.roles) for s in built.stories] == \
        [(s.id, s.members, s.lead, s.original, s.roles) for s in evaluated.stories]
    assert {outlet.name: [e.article.slug for e in entries] for outlet, entries in result.plan.site.outlets} == {
        AIP: ["aip-fire"], "Lima Harbour News": ["harbour-fire"]}


def test_a_source_close_to_a_sources_name_still_warns(tmp_path: Path) -> None:
    """A `source:` that is no name of a `sources:` outlet but close to one is a typo, warned of at its line (moved from
    the loader to resolved_outlets, which reads every form first)."""
    root = _site(tmp_path / "typo", ("Reuters", "Mining Weekly"), {
        "weekly": ("Mining Weeky", "2026-11-24T11:00:00Z", "", COLLAPSE)})
    result = check(root / "config.yaml")
    assert [(p.path, p.line, p.message) for p in result.diagnostics if "source" in p.message] == [
        ("content/articles/weekly.md", 3, 'unknown source "Mining Weeky" (did you mean "Mining Weekly"?); outlets are '
         "listed under `sources:` in config.yaml (add it there if it is a new one)")]


LONG = ("Agencia Informativa del Pacífico", "Polska Agencja Informacyjna", "Radio Free Europe/Radio Liberty",
        "Coastal Orient", "Baltic News Service")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(LONG), st.integers(0, 2), st.sampled_from(("source", "via")), st.booleans())
@example("Agencia Informativa del Pacífico", 2, "source", False)  # (the reported `source: AIP`)
def test_every_form_of_a_name_is_the_source_for_both_fields(long: str, form: int, field: str, lower: bool) -> None:
    """One function reads `source:` and `via:`: every form `name_forms` gives a bracketed name (itself, the name
    before the bracket, the initials), in any case, is that `sources:` outlet for either field: its name (a `via:`
    that is the name in another case is kept as written, compared as one by `outlet_key`). Failed before: every
    `source:` but the name itself."""
    letters = "".join(w[0] for w in re.split(r"[\s/]+", long) if w[0].isupper())
    name = f"{long} ({letters})"
    forms = name_forms(name)
    assert len(forms) == 3, forms
    written = forms[form].lower() if lower else forms[form]
    config = factories.config(sources=(Source(name, "", ""), Source("Reuters", "", "")))
    article = factories.report("a", source=written if field == "source" else "Reuters",
                               via=written if field == "via" else "")
    (resolved,), problems = resolved_outlets((article,), config)
    got = getattr(resolved, field)
    assert not problems and (got == name or field == "via" and got == written and outlet_key(written) == outlet_key(
        name)), (written, got, problems)
