""""A council spokesperson said", "a trust spokeswoman", "a union spokesman", "a spokesperson for the council": the one
organisation of that kind the article names, before the quotation or after it (orgvoices._referent reads the whole
article since 2026-12-05); two of the kind anywhere, or none, give no speaker.

A trial (2026-12-05, a school-closures archive) lost "A council spokesperson said: “…”" where the article names
"Calderbridge City Council" only further down. Property over made-up place words, the three kinds, the four ways of
writing the spokesperson, where the body is named (before, after) and a second body of the kind (before, after).
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("vell", "moor", "kel", "sby", "har", "wick", "ra", "vens", "mere", "ton", "calder", "bridge")
place = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize())
KINDS = (("trust", "Health Trust"), ("council", "City Council"), ("union", "Education Union"))
VOICES = ("A {noun} spokesperson said: “We are confident the consultation was carried out lawfully.”",
          "“We are confident the consultation was carried out lawfully,” a {noun} spokeswoman said.",
          "“We are confident the consultation was carried out lawfully,” said a spokesperson for the {noun}.",
          "A spokesman for the {noun} said: “We are confident the consultation was carried out lawfully.”")
PLACINGS = ("The plan was drawn up by {} last year.", "Parents wrote to {} in January.",
            "Members of {} met on Monday.")


@settings(max_examples=examples(200), deadline=None)
@given(place, place, st.sampled_from(KINDS), st.sampled_from(VOICES), st.sampled_from(PLACINGS),
       st.sampled_from(("before", "after")), st.sampled_from(("none", "before", "after")))
def test_the_one_body_of_the_kind_anywhere_speaks(first: str, second: str, kind: tuple[str, str], voice: str,
                                                  placing: str, where: str, other: str) -> None:
    noun, head = kind
    body = f"{first} {head}"
    parts = ["Lawyers say such cases rarely succeed.", voice.format(noun=noun), "A decision is expected within weeks."]
    parts.insert(0 if where == "before" else len(parts), placing.format(body))
    two = other != "none" and first != second
    if two:
        parts.insert(0 if other == "before" else len(parts), f"Officials of {second} {head} also attended.")
    text = "\n\n".join(parts)
    quote, = quotes_in("Closures", text)
    if two:
        assert quote.name is None, text  # two of the kind: whose?
    else:
        assert quote.name == body and quote.kind == "organisation", text


def test_a_state_union_is_no_union() -> None:
    quote, = quotes_in("Strike", "“We will strike,” a union spokesman said.\n\nThe European Union has rules on it.")
    assert quote.name is None


def test_the_trial_sentences() -> None:
    text = ("The judicial review turns on a single phrase in a council document.\n\nA council spokesperson said: “We are "
            "confident the consultation was carried out lawfully.”\n\nCalderbridge City Council voted in March.")
    quote, = quotes_in("Inside the parents' case", text)
    assert quote.name == "Calderbridge City Council"
    quote, = quotes_in("Jobs", "“We will strike,” a union spokesman said. Members of the National Education Union met.")
    assert quote.name == "National Education Union"  # (not "Members of the National Education Union")
    quote, = quotes_in("Closures", "“We are confident,” a council spokesperson said. No council was named.")
    assert quote.name is None
