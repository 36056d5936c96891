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


def test_the_trials_museum_chief_is_the_director_the_text_names() -> None:
    # a trial (2026-12-05): "Harcastle museum chief" gave the headline's words to a person "Harcastle"
    title = '"I take full responsibility," says Harcastle museum chief as she quits'
    text = ("Dr Helena Marsh has resigned as director of the Harcastle Museum of Art, eleven days after the theft.\n\n"
            "\"I take full responsibility for what happened in the east gallery,\" she said.")
    assert _headline(title, text) == ("Helena Marsh", "headline")


@FAST
@given(word, word, word, st.sampled_from([("museum chief", "director of the {p} Museum"),
                                          ("council leader", "leader of {p} Council"),
                                          ("union boss", "chief executive of the {p} Union")]))
def test_a_place_and_a_role_is_no_name(place: str, given_name: str, surname: str, role: tuple[str, str]) -> None:
    assume(len({place, given_name, surname}) == 3)
    said, written = role
    title = f"'We will not be moved,' says {place} {said} as talks fail"
    # a place and a role is an unnamed speaker, never a person named by the place
    assert _headline(title, "Nothing was said.") == (None, "unnamed")
    # the person who opens a sentence writing that role and says the words in the text is the speaker
    text = (f"{given_name} {surname} has spoken as {written.format(p=place)} for a decade.\n\n"
            "“We will not be moved by threats,” she said.")
    assert _headline(title, text) == (f"{given_name} {surname}", "headline")
    # one whom the sentence only mentions is not
    text = (f"Critics met {given_name} {surname} and the {written.format(p=place)} on Monday.\n\n"
            f"“We will not be moved by threats,” {surname} said.")
    assert _headline(title, text) == (None, "unnamed")
