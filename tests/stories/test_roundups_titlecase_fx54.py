"""Roundup labels in title case or capitals (analyse/piecekinds.py; FX54, 2026-12-07).

"Week In Palm: Levy, Lawsuits And A Joint Front" was a report: its list was read as names (every item capitalised, the
BR32 rule for "Reale, Tulley and Nasution charged") and its "And" as no list word; "THE DOWNLOAD" was no label (read
in "The Download"'s capitals only). An item opening with "A" or "An" is now no name, "And" splits a list, and the
capitals' "THE DOWNLOAD" is a label. BR32's one-event reports stay reports in title case and capitals ("Week In Gaza:
400 Killed As Israel Expands Offensive", "Recap: Reale, Tulley And Nasution Charged Over Levy Fraud").
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.piecekinds import ROUNDUP, piece_kind

LABELS = ("Week in palm", "The week in Westminster", "This week in court", "Palm oil this week", "Evening wrap",
          "Recap", "Morning briefing", "Daily digest")
LISTS = ("levy, lawsuits and a joint front", "a levy, two lawsuits and a joint front", "levy; lawsuits; a joint front")
CASES = (str.title, str.upper, lambda text: text)
REPORTS = ("Week in Gaza: 400 killed as Israel expands offensive", "Week in Davos: Trump tells elites to invest in US",
        "Year in space: Starliner crew finally home", "Month in Kyiv: a city under drones", "Week in court: Reale jailed",
        "This week in court: Reale, Tulley and Nasution charged",
        "Recap: Reale, Tulley and Nasution charged over levy fraud",
        "Week in Paris: Macron, Scholz and Meloni agree tariffs", "Recap: Reale, Tulley and two aides charged")


@settings(max_examples=examples(60), deadline=None)
@given(label=st.sampled_from(LABELS), listed=st.sampled_from(LISTS), case=st.sampled_from(CASES),
       sep=st.sampled_from((": ", " \u2014 ", " | ")))
def test_a_roundup_label_in_title_case_or_capitals(label: str, listed: str, case, sep: str) -> None:
    """"Week In Palm: Levy, Lawsuits And A Joint Front", "EVENING WRAP: LEVY, LAWSUITS AND A JOINT FRONT": roundups."""
    assert piece_kind(case(label + sep + listed)) == ROUNDUP


@pytest.mark.parametrize("case", CASES[:2])
def test_br32_reports_in_title_case_or_capitals_stay_reports(case) -> None:
    assert [case(title) for title in REPORTS if piece_kind(case(title))] == []


def test_the_download_in_capitals() -> None:
    assert piece_kind("THE DOWNLOAD: levy rises, lawsuits filed") == piece_kind("THE DOWNLOAD") == ROUNDUP
    assert piece_kind("The download speed of rural broadband doubled") == ""
