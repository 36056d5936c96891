""""“…,” the headteacher said" before "Elsie Drummond, the headteacher of St Wenna's, …": the one person the article
gives that title, before or after the quotation (titledvoices.TitledVoices._titled_person, since 2026-12-05); two
people with the title anywhere, or a former holder alone, give no speaker.

A trial (2026-12-05, a school-closures archive) lost a headteacher's quotation whose frame named only her role, the
name coming in the next paragraph. Property over made-up names, titles, how the title is written with the name, and
a second holder before or after.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

GIVEN = ("Elsie", "Ada", "Marta", "Helen", "Priya", "Nadia")
FAMILY = ("Drummond", "Brenn", "Quayle", "Tregarthen", "Okafor", "Lindqvist")
TITLES = ("headteacher", "chair", "councillor", "lawyer")
WRITTEN = ("{name}, the {title} of St Wenna's, said parents were already asking questions.",
           "{name}, the school's {title}, said parents were already asking questions.",
           "Parents spoke to {Title} {name} on Monday.")
FRAMES = ("“Nobody picked up the phone to us,” the {title} said.", "“Nobody picked up the phone to us,” said the {title}.",
          "The {title} said: “Nobody picked up the phone to us.”")


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(FAMILY), st.sampled_from(GIVEN), st.sampled_from(FAMILY),
       st.sampled_from(TITLES), st.sampled_from(WRITTEN), st.sampled_from(FRAMES),
       st.sampled_from(("none", "before", "after", "former")))
def test_the_one_holder_of_the_title_speaks(given1: str, family1: str, given2: str, family2: str, title: str,
                                             written: str, frame: str, other: str) -> None:
    name, second = f"{given1} {family1}", f"{given2} {family2}"
    parts = ["The school learned of the plan from a press release.", frame.format(title=title),
             written.format(name=name, title=title, Title=title.capitalize())]
    if other in ("before", "after") and family1 != family2:
        line = f"{second}, the {title} of Millbrook, was not available."
        parts.insert(0 if other == "before" else len(parts), line)
    elif other == "former":
        parts[2] = f"{name}, the former {title}, said parents were already asking questions."
    text = "\n\n".join(parts)
    quote, = quotes_in("Closures", text)
    if other == "former" or other in ("before", "after") and family1 != family2:
        assert quote.name is None, text  # a former holder, or two holders: whose?
    else:
        assert quote.name == name, text


def test_the_trial_sentences() -> None:
    text = ("“Nobody picked up the phone to us,” the headteacher said.\n\nElsie Drummond, the headteacher of St Wenna's, "
            "said parents were already asking whether they should move their children now.")
    quote, = quotes_in("Closures", text)
    assert quote.name == "Elsie Drummond"
    # the trial's own article never gives her the title ("who took over at St Wenna's in 2015"): no speaker still
    text = ("“Nobody picked up the phone to us,” the headteacher said.\n\nElsie Drummond, who took over at St Wenna's "
            "in 2015, said parents were already asking.")
    quote, = quotes_in("Closures", text)
    assert quote.name is None
