"""Vietnam's places as Vietnamese writes them are no people, and the chip trade's acronyms no organisations (T25 F11,
2026-12-07: "This is an opening for Việt Nam" listed a person "Việt Nam"; "DRAM" an organisation). The lists:
vietnameseplaces.VIETNAMESE_PLACES (read by placewords.PLACES), commonacronyms.COMMON_ACRONYMS."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

_PLACES = st.sampled_from(["Việt Nam", "Viet Nam", "Hà Nội", "Ha Noi", "Đà Nẵng", "Da Nang", "Bắc Ninh",
                           "Sài Gòn", "Hải Phòng", "Hồ Chí Minh City", "Ho Chi Minh City", "Quảng Ninh", "Khánh Hòa",
                           "Khánh Hoà", "Bình Dương", "Thái Nguyên", "Lào Cai", "Hạ Long", "Cần Thơ"])
_FRAMES = st.sampled_from(["This is an opening for {p}, the analyst said.", "“{p} wants to be part of the chain,” the minister said.",
                           "{p} said it would open the plant in March.", "The plant in {p} employs 2,000 people.",
                           "Officials in {p} and Seoul met on Monday."])
_PEOPLE = st.sampled_from(["Phạm Minh Chính", "Nguyễn Thị Lan", "Nguyễn Văn Hùng", "Hồ Chí Minh", "Trần Đại Quang",
                           "Lê Minh Khái"])


def _people(text: str) -> list[str]:
    return [m.full for m in names_in("", text) if m.kind == "person"]


def test_the_reported_viet_nam() -> None:
    text = ("The expansion was attended by Prime Minister Phạm Minh Chính. “Việt Nam wants to be part of the chip supply "
            "chain,” PM Chính said. This is an opening for Việt Nam, an analyst said.")
    assert set(_people(text)) == {"Phạm Minh Chính"}


@given(_PLACES, _FRAMES)
@settings(max_examples=examples(100), deadline=None)
def test_a_vietnamese_place_is_no_person(place: str, frame: str) -> None:
    text = frame.format(p=place)
    assert place not in _people(text), text
    assert all(q.speaker != place for q in quotes_in("x", text)), text


@given(_PEOPLE, _PLACES)
@settings(max_examples=examples(60), deadline=None)
def test_vietnamese_people_stay_people(person: str, place: str) -> None:
    text = f"“We will build it,” {person} said in {place} on Monday."
    assert _people(text) == [person], text
    assert [q.speaker for q in quotes_in("x", text)] == [person], text


@given(st.sampled_from(["DRAM", "NAND", "HBM", "EUV", "DUV", "GPU", "CPU", "SSD", "OLED", "LIDAR", "LNG"]),
       st.sampled_from(["Prices of {a} chips rose on Monday.", "{a} demand is strong, the analyst said.",
                        "Makers of {a} equipment need a licence."]))
@settings(max_examples=examples(60), deadline=None)
def test_a_technology_acronym_is_no_organisation(acronym: str, frame: str) -> None:
    text = frame.format(a=acronym)
    assert acronym not in [m.full for m in names_in("", text)], text


def test_a_regulator_spelt_as_an_acronym_stays_a_body() -> None:
    text = "“We will act,” ASIC said on Monday."
    assert ("ASIC", "organisation") in [(m.full, m.kind) for m in names_in("", text)]
