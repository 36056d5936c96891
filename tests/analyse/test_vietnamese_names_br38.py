"""A province's name written without marks is spelt as a Vietnamese person's names are: a title, an appositive or a
speech frame makes a person of it (BR38, 2026-12-07; vietnameseplaces.py lists provinces with their marks only).
Main at fa9940fa lost "Ms Thanh Hoa said", "Quang Nam, the goalkeeper, …" and their quotations. Fails before the fix.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.people import find_people

PROVINCES = st.sampled_from(("Thanh Hoa", "Quang Nam", "Binh Duong", "Ha Giang", "Hai Duong", "Lam Dong", "Ha Nam",
                             "Ninh Binh", "Nam Dinh", "Hoa Binh", "Phu Yen", "Quang Ninh"))
FRAMES = st.sampled_from(('Ms {p} said: "Schools reopen."', '{p}, a teacher in Hanoi, said: "Schools reopen."',
                          '{p}, the goalkeeper, saved two penalties. "Schools reopen," {p} said.',
                          'Dr {p}, a surgeon, said: "Schools reopen."'))


def _speakers(text: str) -> dict[str, list[str]]:
    found = find_people("Football", text)
    return {n.full: [q.text for q in found.quotes if q.speaker == n.full] for n in found.named if n.kind == "person"}


def test_the_reported_inputs():
    assert _speakers('Ms Thanh Hoa said: "Schools reopen."') == {"Thanh Hoa": ["Schools reopen."]}
    assert _speakers('Thanh Hoa, a teacher in Hanoi, said: "Schools reopen."') == {"Thanh Hoa": ["Schools reopen."]}
    assert _speakers('Quang Nam, the goalkeeper, saved two penalties. "Lucky," Quang Nam said.') == {"Quang Nam": ["Lucky"]}
    assert _speakers('Binh Duong, the striker, scored twice. "Great," Binh Duong said.') == {"Binh Duong": ["Great"]}


@FAST
@given(PROVINCES, FRAMES)
def test_a_person_cue_makes_a_person(province, frame):
    speakers = _speakers(frame.format(p=province))
    assert speakers.get(province) in (["Schools reopen."], ["Schools reopen"]), speakers


def test_the_country_and_cities_stay_places():
    for text in ("This is an opening for Việt Nam, an analyst said.", "“Viet Nam wants to be part of it,” the minister said.",
                 "Ha Noi said it would open the plant in March.", "The plant in Bắc Ninh employs 2,000 people."):
        assert _speakers(text) == {}, text
