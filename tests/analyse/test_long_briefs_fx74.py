"""A title, "on", "for" or "of", a brief of several capitalised words a list does not know, then a name: the person is
the name only (FX74, 2026-12-07; briefends.name_after, read by nameruns._title_end; "rapporteur" a title word;
onbriefs.brief_skip after "on the" too, and in quotespeakers' runs as in names.py).

"Special Envoy for the Middle East Steve Witkoff said" gave a person "East Steve Witkoff", "UN Special Rapporteur on
Torture Alice Edwards said" a person "Torture Alice Edwards" (and "Special Rapporteur" was a person "Rapporteur"); a brief
word no list holds ended the brief and everything after it was the name. Now, after such a word, a later word that opens
a name for sure (a given name of one sex, a name's opening style, a family name written first: briefends.name_opening)
with one or two words after it starts the name. Properties over briefs × given names × made-up surnames × frames, and
the reported inputs.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import find_people
from support.madeup import FAST, SAID, said, word

BRIEFS = st.sampled_from(("Special Envoy for the Middle East", "US Special Envoy for the Middle East",
                          "UN Special Rapporteur on Torture", "Special Rapporteur on the Situation of Human Rights Defenders",
                          "High Commissioner for Human Rights", "Commissioner for Trade and Economic Security",
                          "Special Envoy for Sudan Peace Talks", "Special Rapporteur on Extrajudicial Executions",
                          "Ambassador for Counterterrorism"))
GIVEN = st.sampled_from(("Alice", "Steve", "Mary", "Tom", "Anna", "John", "Grace", "Peter"))


@FAST
@given(BRIEFS, GIVEN, word, st.sampled_from(SAID))
def test_the_person_is_the_name_only(brief: str, first: str, last: str, frame: str) -> None:
    name = f"{first} {last}"
    text = said(frame, f"{brief} {name}")
    assert {n.full for n in names_in("", text) if n.kind == PERSON} == {name}, (text, names_in("", text))
    assert [q.speaker for q in find_people("", text).quotes] == [name], text


def test_the_reported_inputs() -> None:
    for text, name in (("UN Special Rapporteur on Torture Alice Edwards said the conditions were appalling.", "Alice Edwards"),
                       ("“Talks will resume,” Special Envoy for the Middle East Steve Witkoff said.", "Steve Witkoff"),
                       ("“It is grave,” High Commissioner for Human Rights Volker Türk said.", "Volker Türk"),
                       ("“Tariffs follow,” Commissioner for Trade and Economic Security Maroš Šefčovič said.", "Maroš Šefčovič")):
        assert {n.full for n in names_in("", text) if n.kind == PERSON} == {name}, (text, names_in("", text))
        if "“" in text:
            assert [q.speaker for q in find_people("", text).quotes] == [name], text


def test_what_stays() -> None:
    # the brief's known words end it, and a name of three words after them is read whole, as before
    for text, name in (("“We act,” Minister for Trade and Industry Anna Berg said.", "Anna Berg"),
                       ("“We act,” Minister for Housing and Homelessness Mary Lou McDonald said.", "Mary Lou McDonald"),
                       ("“We act,” Special Envoy for Syria Geir Pedersen said.", "Geir Pedersen"),
                       ("“We act,” Minister of Health Ngozi Mary Okonjo said.", "Ngozi Mary Okonjo")):  # (a brief complete)
        assert [q.speaker for q in find_people("", text).quotes] == [name], text
