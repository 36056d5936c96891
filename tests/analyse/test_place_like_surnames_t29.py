"""A compound surname that is also a place's ("San Martín", "Santa Cruz", "Santo Domingo", "São Paulo") is the person's
the article names with a given name before it (T29 F6, FX99): `"The company can afford it," San Martín told El Nuevo
Sol` after "Union president Elena San Martín said …" had no speaker. The rule: placesurnames.place_surname."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_HEADS = ["San", "Santa", "Santo", "São"]
_FRAMES = ['"The company can afford it," {s} told El Nuevo Sol by telephone.', '"The company can afford it," {s} said.',
           '{s} said: "The company can afford it."', '"The company can afford it," said {s}.']


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


def test_reported_input() -> None:
    text = ('Union president Elena San Martin said the strike would go on.\n\n'
            '"The company can afford it," San Martin told El Nuevo Sol by telephone.')
    assert _names(text) == ["Elena San Martin"]
    assert _names('Senator Rafael Santa Cruz spoke outside.\n\n"Now the world can see them," Santa Cruz said.') == [
        "Rafael Santa Cruz"]
    assert _names('Union president Elena San Martín said the strike would go on.\n\n'
                  '"The company can afford it," San Martín said.') == ["Elena San Martín"]


@given(word, st.sampled_from(_HEADS), word, st.sampled_from(_FRAMES))
@example("Jorge", "Santa", "Cruz", _FRAMES[1])
@example("Ana", "Santo", "Domingo", _FRAMES[0])
@FAST
def test_the_compound_after_the_full_name_is_the_person(given_name, head, second, frame) -> None:
    if given_name == second:
        return
    surname = f"{head} {second}"
    text = f"Union president {given_name} {surname} said the strike would go on.\n\n" + frame.format(s=surname)
    assert _names(text) == [f"{given_name} {surname}"], text


@given(st.sampled_from(["San", "Santa", "São"]), word, st.sampled_from(_FRAMES))
@example("Santo", "Domingo", _FRAMES[1])
@FAST
def test_the_compound_alone_is_no_person(head, second, frame) -> None:
    """The trap: with no person named by it, the compound is no one's (a place is never made a person). ("Santo" and a
    made-up word is a person's name already: only a saint's word of placewords.SAINT_WORDS, or a listed place.)"""
    place = f"{head} {second}"
    text = f"Mayor Lena Brook of {place} spoke.\n\nResidents of {place} met on Monday. " + frame.format(s=place)
    assert [q.kind for q in quotes_in("t", text) if q.name is not None and place in q.name] in ([], ["place"]), text
