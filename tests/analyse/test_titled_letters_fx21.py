"""Post-nominal letters after a titled surname or name end it on every frame's path (FX21, 2026-12-06; postnominals.py).

"Lord Butler KG said: “…”" had no speaker and "Sir John Major KG said" gave the speaker "John Major KG": the Garter's and
the Thistle's letters (KG, LG, KT, LT), cut from the run before it was classified (a KG is a German legal form too), were
left between the name and its verb, and the speaker's name was cut without the title before it
(quotespeakers.SpeakerNames._runs, quotes.py). Other letters (KBE, QC, MP …) were read; all are tested here.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.quotes import quotes_in
from support.madeup import SAID, said


@settings(max_examples=examples(120), deadline=None)
@given(st.sampled_from(["Lord", "Baroness", "Lady"]), st.sampled_from(["Butler", "Hale", "Kessington", "Okafor"]),
       st.sampled_from(["KG", "LG", "KT", "LT", "KBE", "QC", "KC", "MP", "OBE", "GCB"]), st.sampled_from(SAID))
@example("Lord", "Butler", "KG", SAID[0])
def test_letters_after_a_titled_surname_end_it_on_every_frame(title: str, name: str, letters: str, frame: str) -> None:
    """The speaker is the person, named without the letters (before: "Lord Butler KG said" had no speaker)."""
    _titled_speaker(title, name, letters, frame)


@settings(max_examples=examples(120), deadline=None)
@given(st.sampled_from(["Sir", "Dame", "Lord", "Lady"]), st.sampled_from(["John Major", "Ian Blair", "Anna Berg",
                                                                          "Judith Kessington"]),
       st.sampled_from(["KG", "LG", "KT", "LT", "KBE", "QC", "KC", "MP", "OBE", "GCB"]), st.sampled_from(SAID))
@example("Sir", "John Major", "KG", SAID[0])
def test_letters_after_a_titled_full_name_end_it_on_every_frame(title: str, name: str, letters: str, frame: str) -> None:
    """The same after a full name (before: "Sir John Major KG said" gave the speaker "John Major KG")."""
    _titled_speaker(title, name, letters, frame)


def _titled_speaker(title: str, name: str, letters: str, frame: str) -> None:
    text = said(frame, f"{title} {name} {letters}")
    quotes = quotes_in("", text)
    assert len(quotes) == 1 and quotes[0].kind == PERSON, (text, quotes)
    assert quotes[0].name is not None and letters not in quotes[0].name.split() and name.split()[-1] in quotes[0].name, (text, quotes)
    assert all(letters not in m.full.split() for m in names_in("", text)), names_in("", text)


def test_a_german_kg_without_a_title_stays_a_company() -> None:
    quotes = quotes_in("", 'Hans Müller KG said: "The report is fair."')
    assert [(q.name, q.kind) for q in quotes] == [("Hans Müller KG", ORGANISATION)]
