"""A particle that is one only between a given name (or a title) and a surname joins the name (nameparticles.py;
issue 9, T12's lunar-lander briefing, 2026-12-06): "Prof. Maarten ter Horst said …" listed "Maarten" and "Horst" and
gave his words to "Horst", "Ter Horst" was a third page; "Gerrit ten Cate", "Ole af Geijerstam", "Jacobus van 't Hoff"
were their surnames only. "ten" the number stays a number ("Ten Downing Street", "won ten Premier League titles")."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import filing_order, find_people
from briefgen.analyse.quotes import quotes_in

_PARTICLES = ("ter", "ten", "te", "af", "op", "op het", "van 't", "in 't", "vom", "zum", "zur", "op den")


def _people(title: str, text: str) -> set[str]:
    return {n.full for n in find_people(title, text).named}


def _speakers(title: str, text: str) -> list[str | None]:
    return [q.name for q in quotes_in(title, text)]


def test_the_reported_inputs():
    text = "Prof. Maarten ter Horst said the second finding mattered more. “Filters can be fixed in an afternoon,” he said."
    assert _people("", text) == {"Maarten ter Horst"}
    assert _speakers("", text) == ["Maarten ter Horst"]
    text = "“My panel will follow the evidence wherever it goes,” said Prof. Maarten ter Horst, a former rector."
    assert _speakers("", text) == ["Maarten ter Horst"] and _people("", text) == {"Maarten ter Horst"}
    text = ("Maarten ter Horst, the aerospace engineer, will chair the inquiry. Ter Horst said he would publish his terms."
            " “We will not be looking for a villain,” he said.")
    assert _people("Ter Horst to chair Tern-1 inquiry", text) == {"Maarten ter Horst"}
    assert _speakers("", text) == ["Maarten ter Horst"]
    assert filing_order("Maarten ter Horst", "person") == ("Horst", "Maarten ter")
    for name in ("Gerrit ten Cate", "Ole af Geijerstam", "Jacobus van 't Hoff", "Jan op het Veld", "Sophie in 't Veld"):
        assert _people("", f"{name} said it was over.") == {name}, name


def test_what_must_not_change():
    assert _people("", "Ten Downing Street said no.") == {"Downing Street"}
    assert _people("", "He won ten Premier League titles, Tom Reid said.") == {"Premier League", "Tom Reid"}
    for text in ("On Tuesday ten Republicans said they would vote no.", "Meanwhile ten Britons said they were stuck.",
                 "In Ohio ten Republicans said no.", "The ten Members said no.", "In May ten Britons said no."):
        assert not any(" ten " in name for name in _people("", text)), text
    for name in ("Anna van den Berg", "Ursula von der Leyen", "Maria dos Santos", "Rhys ap Gruffydd"):
        assert _people("", f"{name} said it was over.") == {name}, name


@FAST
@given(st.lists(word, min_size=2, max_size=2, unique=True), st.sampled_from(_PARTICLES),
       st.sampled_from(("", "Prof. ", "Dr ", "Professor ")), st.booleans())
def test_a_particle_between_given_name_and_surname_joins_the_name(names, particle, title, later):
    first, last = names
    name = f"{first} {particle} {last}"
    text = f"{title}{name} said the findings were clear. “We will publish everything,” {title}{name} said."
    if later:  # the surname with its particles, capitalised at a sentence's start, after the full name
        text = f"{title}{name} chairs the panel. {particle[0].upper()}{particle[1:]} {last} said: “We will publish.”"
    assert _people("", text) == {name}, text
    assert _speakers("", text) in ([name], [name, name]), text
    assert filing_order(name, "person") == (last, f"{first} {particle}")


@FAST
@given(word, word, st.sampled_from(("On Tuesday", "In March", "Meanwhile", "In Ohio", "Altogether", "The")))
def test_ten_the_number_joins_no_name(first, second, opening):
    for text in (f"{opening} ten {first}s said they would vote no.", f"{opening} ten {first} {second} members left.",
                 f"Tom Reid won ten {first} {second} titles."):
        assert not any(" ten " in name for name in _people("", text)), text
