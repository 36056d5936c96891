"""A quotation with a frame of its own is never the last speaker's, even when no one can name its speaker.

A trial (2026-12-03): "“Nobody should expect cheap power,” Lucía Peña said. “We are monitoring it,” the
Treasury said." gave both quotations to Lucía Peña: "the Treasury" is no name (namecontext.after_the), and a
quotation whose frame named no one was read as continuing the quotation before it. So were those of
organisations no list holds ("Octopus Energy said", "said GazNet Polska", "Octopus Energy told reporters"),
also across a paragraph. Property: after a person's quotation, a second quotation followed by any frame whose
subject is a made-up organisation (with or without "the", any speech verb, either order) has no speaker, or
that organisation — never the person; a quotation with no frame of its own still continues.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

PERSON = "Lucía Peña"
SYLLABLES = ("nor", "vane", "kes", "trel", "oc", "to", "pus", "gaz", "net", "bal", "tic", "ster", "ling", "ma", "ra")
HEADS = ("", " Energy", " Polska", " Group", " Power", " Holdings", " Networks", " Treasury")
VERBS = ("said", "says", "added", "told reporters", "warned", "stated")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize())


@st.composite
def organisations(draw: st.DrawFn) -> str:
    return ("the " if draw(st.booleans()) else "") + draw(word) + draw(st.sampled_from(HEADS))


@settings(max_examples=examples(200), deadline=None)
@given(organisations(), st.sampled_from(VERBS), st.booleans(), st.sampled_from((" ", "\n\n")))
@example("the Treasury", "said", False, " ")
@example("Octopus Energy", "said", False, "\n\n")
@example("GazNet Polska", "said", True, " ")
@example("Octopus Energy", "told reporters", False, " ")
def test_an_organisations_frame_never_gives_its_quotation_to_the_person_before(
        organisation: str, verb: str, inverted: bool, gap: str) -> None:
    frame = f"{verb} {organisation}" if inverted and verb != "told reporters" else f"{organisation} {verb}"
    text = f"“Nobody should expect cheap power,” {PERSON} said.{gap}“We are monitoring it,” {frame}."
    first, second = quotes_in("Prices", text)
    assert first.speaker == PERSON
    assert second.speaker != PERSON, (text, second)


def test_a_quotation_without_a_frame_still_continues() -> None:
    first, second = quotes_in("Prices", f"“Nobody should expect cheap power,” {PERSON} said. “We are monitoring it.”")
    assert (second.speaker, second.frame) == (PERSON, "continued")


def test_a_frame_before_the_quotation_still_names_its_speaker() -> None:
    """The frame after names no one ("a line aides repeated"); the one before does: the sample briefing's."""
    quote, = quotes_in("Macron in Beijing", 'Macron told Xi he was counting on him "to bring Russia to its senses and '
                       'everyone back to the negotiating table", a line the French delegation repeated to reporters.')
    assert quote.speaker == "Macron"
