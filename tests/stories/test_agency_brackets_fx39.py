"""A `sources:` agency written with its short name in brackets is credited by its dateline as by `via:` (FX39,
2026-12-07; outletkeys.name_forms, bracket_initials).

Last sessions asked whether "Associated Press (AP)" in `sources:` and a reprint opening "WASHINGTON (AP) —" credit the
wire as the copy's origin, as `via: AP` does: they did. The class did not: "Deutsche Presse-Agentur (dpa)" (its short
name in its own lower case) and "Agencia EFE (EFE)" (a word of its name, no initials of it) gave no form but the whole
name, so "(dpa)", "(EFE)" datelines, "dpa reported" and "according to EFE" credited no one.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.knownoutlets import AGENCY_INITIALS
from stories.storyeval import group, load_site

BODY = ("The Senate passed the harbour dredging bill on Monday by 61 votes to 38, sending the measure to the president, "
        "who is expected to sign it this week. The bill funds dredging at Port Brannock.")
AGENCIES = [(f"{names[0]} ({'dpa' if initials == 'DPA' else initials})", "dpa" if initials == "DPA" else initials)
            for initials, (names, *others) in sorted(AGENCY_INITIALS.items()) if not others]
FORMS = ("LONDON ({s}) — Police arrested two men on Monday.", "SEOUL, Feb. 26 ({s}) -- Police arrested two men.",
         "{s} reported on Monday that police arrested two men.", "Police arrested two men, according to {s}.")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(AGENCIES + [("Agencia EFE (EFE)", "EFE"), ("Deutsche Presse-Agentur (dpa)", "dpa")]),
       st.sampled_from(FORMS))
def test_an_agencys_bracketed_short_name_credits_it(agency: tuple[str, str], form: str) -> None:
    """Every agency by the short name its `sources:` entry brackets, in a dateline or a credit's frame."""
    source, short = agency
    assert [c.outlet for c in detect_credits(form.format(s=short), credit_finder((source, "Harbour Daily")))] == [source]


def _story(root: Path, source: str, opening: str, via: str, with_wire: bool) -> tuple:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text("title: B\nbase_url: https://example.org/\nlanguage: en\ntimezone: UTC\nsources:\n"
                                      + "".join(f"  - name: {s}\n    url: https://s{i}.example\n"
                                                for i, s in enumerate((source, "Harbour Daily"))), encoding="utf-8")
    articles = {"hd": ("Harbour Daily", "15:00", via, opening + BODY)}
    if with_wire:
        articles["wire"] = (source, "12:00", "", f"WASHINGTON ({source.split('(')[1]} — {BODY}")
    for slug, (outlet, time, field, body) in articles.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: 'Senate passes dredging bill'\nsource: {outlet}\npublished: '2026-11-20T{time}:00+00:00'\n"
            f"{field}---\n{body}\n", encoding="utf-8")
    (story,) = group(load_site(root)).stories
    return story.original, dict(story.roles), tuple(story.retells)


@pytest.mark.parametrize(("source", "short"), [("Associated Press (AP)", "AP"), ("Deutsche Presse-Agentur (dpa)", "dpa"),
                                               ("Agencia EFE (EFE)", "EFE"), ("Agence France-Presse (AFP)", "AFP")])
@pytest.mark.parametrize("with_wire", [True, False])
def test_a_reprints_dateline_credits_the_wire_as_via_does(tmp_path: Path, source: str, short: str,
                                                          with_wire: bool) -> None:
    """A reprint opening "WASHINGTON (dpa) —" re-tells the agency's report (or credits the agency when its report is not
    in the briefing) exactly as the same reprint with `via: dpa` does."""
    dated = _story(tmp_path / "dateline", source, f"WASHINGTON ({short}) — ", "", with_wire)
    assert dated == _story(tmp_path / "via", source, "", f"via: {short}\n", with_wire)
    assert dated[0] == source and dated[1]["hd"] == "re-report"
