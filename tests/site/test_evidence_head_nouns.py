"""The evidence line, on the story page and in `briefgen check -v`, names things whole and once (the ransomware trial,
tests/stories/ransom/, 2026-12-05): "They share Monday, network, Police, …" showed the head noun of "Westshire Police"
alone as a name (site/page_evidence.py: an organisation's head noun alone is the one shared name it heads, else a
word in lower case), and `check -v` printed the grouping's raw terms — "Sir Alasdair, Alasdair MacKinnon", "Professor
Amara", "Deputy" — where the page showed each name whole (advice.story_report reads the page's step).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.site.page_evidence import name_runs, named_evidence

RANSOM = Path(__file__).resolve().parents[1] / "stories" / "ransom"
HEADS = st.sampled_from(["Police", "Council", "University", "Office", "Trust"])


@FAST
@given(names=st.lists(word, min_size=2, max_size=2, unique_by=str.lower), head=HEADS)
def test_a_head_noun_alone_is_the_name_it_heads(names: list[str], head: str) -> None:
    place, other = names
    reports = [[f"{place} {head} said its unit was working closely with the university."],
               [f"The university told {place} {head} and the {other} Centre."], [f"The {head.lower()} came at nine."]]
    assert named_evidence(("Monday", "network", head, "library"), name_runs(reports)) == (
        "Monday", "network", f"{place} {head}", "library")
    # (the name in the evidence too: shown once)
    assert named_evidence(("Monday", f"{place} {head}", head), name_runs(reports)) == ("Monday", f"{place} {head}")


@FAST
@given(names=st.lists(word, min_size=2, max_size=2, unique_by=str.lower), head=HEADS)
def test_a_head_noun_of_no_one_name_is_a_word(names: list[str], head: str) -> None:
    first, second = names
    two = [[f"{first} {head} and {second} {head} met."], [f"{first} {head} spoke, and so did {second} {head}."]]
    assert named_evidence(("network", head), name_runs(two)) == ("network", head.lower())
    assert named_evidence(("network", head), name_runs([["No name here."], ["None."]])) == ("network", head.lower())


@FAST
@given(names=st.lists(word, min_size=2, max_size=2, unique_by=str.lower))
def test_a_surname_alone_stays_a_name(names: list[str]) -> None:
    given_name, surname = names
    reports = [[f"{given_name} {surname} said so."], [f"{given_name} {surname} agreed."]]
    assert named_evidence(("network", surname), name_runs(reports)) == ("network", surname)


def test_check_verbose_shows_the_names_the_page_shows(tmp_path: Path) -> None:
    from briefgen.advice import story_report
    from briefgen.checking import BuildOptions, check

    root = tmp_path / "ransom"
    shutil.copytree(RANSOM, root, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    planned = check(root / "config.yaml", BuildOptions.from_environment(drafts=False)).plan
    lines = {line.split(":")[0]: line for line in story_report(planned) if line.startswith("story ")}
    assert "Sir Alasdair MacKinnon" in lines["story post-dunmere"] and "Sir Alasdair," not in lines["story post-dunmere"]
    assert "Professor Amara Ogunleye" in lines["story herald-interview-vc"]
    assert ", Deputy," not in lines["story ico-inquiry"] and "Eleanor Fitzgerald-Hale, Fitzgerald-Hale" not in lines[
        "story ico-inquiry"]
    assert "Westshire Police" in lines["story uni-attack"] and " Police," not in lines["story uni-attack"].replace(
        "Westshire Police", "")
