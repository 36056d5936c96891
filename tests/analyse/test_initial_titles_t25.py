"""A government's title in capitals before a name ("PM", "FM", "DPM", "VP") and "Amb." are titles (T25 F4, 2026-12-07:
'“Việt Nam wants to be part of the chip supply chain,” PM Chính said.' made a person "PM Chính" with the quotation,
though "Prime Minister Chính said" was Phạm Minh Chính's; "the PM said" listed an organisation "PM"). The lists:
titlewords.GOVERNMENT_INITIALS, nameruns.TITLES; a radio station "Castle FM" is an organisation (nameruns.MORE_ORG_HEADS)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from support import factories

from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people, people_of

_TITLES = st.sampled_from([("PM", "Prime Minister"), ("FM", "Foreign Minister"), ("DPM", "Deputy Prime Minister"),
                           ("VP", "Vice-President"), ("Amb.", "Ambassador"), ("Sen.", "Senator"), ("Gov.", "Governor")])
_NAMES = st.sampled_from([("Phạm Minh Chính", "Chính"), ("Maria Lopez", "Lopez"), ("Wang Yi", "Wang"),
                          ("Lawrence Wong", "Wong"), ("Kishida Fumio", "Kishida"), ("Anna Berg", "Berg")])


def _people(text: str) -> list[str]:
    return [m.full for m in names_in("", text) if m.kind == "person"]


def _listed(text: str) -> dict[str, int]:
    """People pages of a one-article briefing: name → quotations."""
    found = {"a": find_people("x", text)}
    return {p.name: len(p.quotes) for p in people_of((factories.article("a"),), found, ()).people if p.kind == "person"}


def test_the_reported_pm_chinh() -> None:
    text = ("The plant opened on Monday, attended by Prime Minister Phạm Minh Chính. “Việt Nam wants to be part of the "
            "chip supply chain,” PM Chính said.")
    assert {k: v for k, v in _listed(text).items() if k != "Việt Nam"} == {"Phạm Minh Chính": 1}


@given(_TITLES, _NAMES, st.sampled_from(['“We are ready,” {abbr} {name} said.', '{abbr} {name} said the plant was “ready for the first shift”.',
                                         '“We are ready,” said {abbr} {name}.', 'On Monday, {abbr} {name} told reporters it was “ready for the first shift”.']))
@settings(max_examples=examples(120), deadline=None)
def test_an_abbreviated_title_is_no_part_of_the_name(title: tuple[str, str], name: tuple[str, str], frame: str) -> None:
    full, short = name
    abbr, spelled = title
    for written in (full, short):
        text = f"{spelled} {full} arrived. " + frame.format(abbr=abbr, name=written)
        assert _listed(text) == {full: 1}, text


@given(st.sampled_from(["PM", "VP", "FM", "DPM"]), st.sampled_from(['“We are ready,” the {abbr} said.',
                                                              'The {abbr} said the plant was “ready for the first shift”.']))
@settings(max_examples=examples(20), deadline=None)
def test_the_title_alone_is_no_one(abbr: str, frame: str) -> None:
    text = frame.format(abbr=abbr)
    assert [m.full for m in names_in("", text)] == [], text


@given(st.sampled_from(["Castle", "Heart", "Classic", "Capital", "Radio Harbour"]))
@settings(max_examples=examples(10), deadline=None)
def test_a_radio_station_is_an_organisation(name: str) -> None:
    text = f"“We will keep broadcasting,” {name} FM said."
    assert [(m.full, m.kind) for m in names_in("", text)] == [(f"{name} FM", "organisation")], text
