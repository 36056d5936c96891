"""The ransomware trial's missed credit (tests/stories/ransom/, 2026-12-05), as a kind: a finding verb with "by" and,
in the same sentence, a person described as the writer of an outlet credit that outlet (credit_writers.py). The
Courier's "… first spotted by researchers including Liang Wenjie, who writes the Threat Notes blog." credited nothing,
and its re-telling of the blog's scoop was shown as an independent report. A writer quoted for comment credits
nothing.
"""
from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.credits import credit_finder, detect_credits
from stories.storyeval import group, load_site

RANSOM = Path(__file__).resolve().parent / "ransom"
SOURCES = [s["name"] for s in yaml.safe_load((RANSOM / "config.yaml").read_text(encoding="utf-8"))["sources"]]


def test_the_reported_credit() -> None:
    site = load_site(RANSOM)
    credits = detect_credits(site.texts["courier-leak-claim"], credit_finder(SOURCES))
    assert "Threat Notes" in {c.outlet for c in credits}
    roles = {slug: role for story in group(site).stories for slug, role in story.roles}
    assert roles["courier-leak-claim"] == "re-report"


@FAST
@given(names=st.lists(word, min_size=4, max_size=4, unique_by=str.lower),
       verb=st.sampled_from(["first spotted", "revealed", "discovered", "first reported"]),
       writer=st.sampled_from(["who writes the {} blog", "the author of the {} newsletter", "of the {} blog"]),
       listed=st.booleans())
def test_a_finding_credited_to_an_outlets_writer(names: list[str], verb: str, writer: str, listed: bool) -> None:
    given_name, surname, first, second = names
    outlet = f"{first} {second}"
    described = writer.format(outlet) if not listed else writer.format(outlet).replace(" blog", "").replace(
        " newsletter", "")
    text = (f"A gang says it stole data from the college. The threat was {verb} by researchers including "
            f"{given_name} {surname}, {described}.")
    credits = detect_credits(text, credit_finder([outlet] if listed else []))
    assert outlet in {c.outlet for c in credits}, credits


@FAST
@given(names=st.lists(word, min_size=4, max_size=4, unique_by=str.lower))
def test_a_writer_quoted_for_comment_credits_nothing(names: list[str]) -> None:
    given_name, surname, first, second = names
    outlet = f"{first} {second}"
    text = (f"\u201cA college is a small city with a relaxed attitude to locks,\u201d says {given_name} {surname}, a "
            f"researcher who writes the {outlet} blog.")
    assert outlet not in {c.outlet for c in detect_credits(text, credit_finder([outlet]))}
