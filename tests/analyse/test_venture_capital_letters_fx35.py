"""Letters that are an honour after a person's name and a firm's last word after another's (FX35, postnominals.py):
VC is the Victoria Cross after "Lt Col John Smith" and venture capital after "Backed"; GC, DL, CH alike. BR28 found
beddfc7e's honours list cut "VC" from every name: "a partner at Backed VC" gave a person "Backed", "Stride VC said"
a person "Stride"."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import SAID, said

from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(150), deadline=None)
FUNDS = ["Backed", "Stride", "Crane", "Lightspeed", "Kindred", "Hustle Fund"]
PEOPLE = [("Lt Col ", "John Smith"), ("Sergeant ", "Tom Reed"), ("", "Tom Reed"), ("Sir ", "David Hockney"),
          ("Captain ", "Anna Berg"), ("", "Johnson Beharry")]


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.full, m.kind) for m in names_in("", text)]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(FUNDS), st.sampled_from(SAID + ('"{q}" said Anna Berg, a partner at {name}.',
                                                       'The round was led by {name}, with Seedcamp joining.')))
@example("Backed", '"{q}" said Anna Berg, a partner at {name}.')
@example("Stride", '"{q}" {name} said.')
def test_vc_after_a_firm_s_word_is_the_firm_s(fund: str, frame: str) -> None:
    text = said(frame, f"{fund} VC") if "{q}" in frame else frame.format(name=f"{fund} VC")
    assert (f"{fund} VC", ORGANISATION) in _names(text), (text, _names(text))
    assert all(q.name in (None, "Anna Berg", f"{fund} VC") for q in quotes_in("", text)), text


@FAST
@given(st.sampled_from(PEOPLE), st.sampled_from(["VC", "GC", "DL", "CH", "VC MBE"]), st.sampled_from(SAID))
@example(("Lt Col ", "John Smith"), "VC", SAID[2])
def test_the_letters_after_a_titled_or_given_name_are_honours(person: tuple[str, str], letters: str, frame: str) -> None:
    title, name = person
    text = said(frame, f"{title}{name} {letters}")
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(name, PERSON)], text
    assert all(not set(letters.split()) & set(full.split()) for full, _ in _names(text)), (text, _names(text))
