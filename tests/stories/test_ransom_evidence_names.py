"""The ransomware trial's evidence line in name pieces (tests/stories/ransom/, 2026-12-05), as kinds
(site/page_evidence.py): a name written after different titles is held by each report that writes it ("Eleanor
Fitzgerald-Hale, Fitzgerald-Hale" was one person twice); a title and a given name ("Professor Amara") are shown as the
name they open; a title word alone ("Deputy") is not shown.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.site.page_evidence import name_runs, named_evidence


@FAST
@given(names=st.lists(word, min_size=3, max_size=3, unique_by=str.lower),
       titles=st.sampled_from([("Deputy Commissioner Dame", "Deputy Information Commissioner"), ("Dame", "Professor")]))
def test_a_name_after_different_titles_is_one_name(names: list[str], titles: tuple[str, str]) -> None:
    given_name, first, second = names
    surname = f"{first}-{second}"
    reports = [[f"{titles[0]} {given_name} {surname} said the inquiry will report."],
               [f"{titles[1]} {given_name} {surname} said so in a statement."]]
    shown = named_evidence(("inquiry", f"{given_name} {surname}", surname, "Deputy"), name_runs(reports))
    assert shown == ("inquiry", f"{given_name} {surname}"), shown


@FAST
@given(names=st.lists(word, min_size=3, max_size=3, unique_by=str.lower), title=st.sampled_from(["Professor", "Dame"]))
def test_a_title_and_given_name_are_shown_as_the_name(names: list[str], title: str) -> None:
    given_name, surname, misspelt = names
    reports = [[f"{title} {given_name} {surname} refused the demand."], [f"{title} {given_name} {surname} said no."],
               [f"{title} {given_name} {misspelt} said no."]]
    shown = named_evidence(("demand", f"{title} {given_name}"), name_runs(reports))
    assert shown == ("demand", f"{title} {given_name} {surname}"), shown


def test_a_name_the_reports_write_is_kept() -> None:
    runs = name_runs([["Labour MP for Castlebridge North Gregor Mac spoke."], ["The MP for Castlebridge North spoke."],
                      ["Castlebridge North voted."]])
    assert named_evidence(("Castlebridge North", "minister"), runs) == ("Castlebridge North", "minister")
