"""A headline quotation framed by a role alone ("…", says union leader) is the person the text quotes saying its words,
when the text writes that role with the person's name (headlineroles.role_echoed): a hospital trial (2026-12-04) lost
`Nurses "will not be bullied", says union leader as strike date set` beside "Union general secretary Ines Harrowgate …
“Our members will not be bullied into silence,” she told a rally". Another role, or one the text never writes with
the person, leaves it unnamed.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.quotes import quotes_in

# (the role in the headline, the title the text writes before the name)
ROLES = [("union leader", "Union general secretary"), ("union leader", "Union president"),
         ("health minister", "Health minister"), ("council leader", "Council leader"), ("health chief", "Health chief")]


def _headline(title: str, text: str) -> tuple[str | None, str]:
    quote = next(q for q in quotes_in(title, text) if q.in_title)
    return quote.name, quote.frame


def test_the_trials_headline_is_the_union_leaders() -> None:
    title = 'Nurses "will not be bullied", says union leader as strike date set'
    text = ("Nursing staff at both Vellmoor hospitals will walk out next Wednesday.\n\n"
            "Union general secretary Ines Harrowgate accused managers of trying to frighten staff out of voting. "
            "Turnout nonetheless reached 71%. “Our members will not be bullied into silence,” she told a rally in Kelsby.")
    assert _headline(title, text) == ("Ines Harrowgate", "headline")


@FAST
@given(word, word, st.sampled_from(ROLES), st.booleans())
def test_a_role_the_text_writes_with_the_speaker_names_them(given_name: str, surname: str, role: tuple[str, str],
                                                           appositive: bool) -> None:
    assume(given_name != surname)
    said, written = role
    intro = (f"{given_name} {surname}, the {written.lower()}, spoke on Monday." if appositive
             else f"{written} {given_name} {surname} spoke on Monday.")
    text = f"{intro} “We will not be moved by threats,” she said."
    assert _headline(f"'We will not be moved', says {said}", text) == (f"{given_name} {surname}", "headline")


@FAST
@given(word, word, st.sampled_from(["finance minister", "union member", "council leader", "resident"]))
def test_another_role_leaves_the_headline_unnamed(given_name: str, surname: str, said: str) -> None:
    assume(given_name != surname)
    text = f"Health minister {given_name} {surname} spoke on Monday. “We will not be moved by threats,” she said."
    assert _headline(f"'We will not be moved', says {said}", text) == (None, "unnamed")
    # the role written with no one: still unnamed
    text = f"{given_name} {surname} spoke on Monday. “We will not be moved by threats,” she said."
    assert _headline(f"'We will not be moved', says {said}", text) == (None, "unnamed")
