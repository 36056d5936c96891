"""BR37's breaks of FX62's quotation rules (FX69).

1. What a speaker thanks someone for, in a predicate of its own, was no one's whatever its words (FX62,
   thankedwords.py): "Anna Berg said she was grateful and thanked voters for “standing by me through all of this”" lost
   Berg, and a short phrase ("“my second chance”", "“an incredible honour”") vanished. Only a phrase wholly in the third
   person ("his courage", "their work") is the writer's terms; one with "I", "me", "my", "we", "us", "our", "you" or no
   person word at all stays the speaker's (as at s50).
"""
from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _names(title: str, text: str) -> list[str | None]:
    return [q.name for q in quotes_in(title, text)]


def test_the_reported_thanks() -> None:
    for phrase in ("standing by me through all of this", "my second chance", "nine wonderful years",
                   "an incredible honour"):
        text = f"Anna Berg said she was grateful and thanked voters for “{phrase}”."
        assert _names("Vote", text) == ["Anna Berg"], text


OWN = ["standing by me through all of this", "giving us hope in the worst weeks", "the trust they put in me",
       "everything we built together here", "letting me serve this town again", "our best year in a decade",
       "what I will never forget", "an incredible honour and a privilege", "a job well done by everyone",
       "showing such courage on the night"]
# A short phrase (three words or fewer) is a quote only near its verb (a fragment, as at s50: "and also thanked the
# party for “my second chance”" was none before FX62 either), so it is drawn with the near joins and objects.
SHORT = ["my second chance", "nine wonderful years", "an incredible honour", "giving us hope", "our best year"]
JOINS = [" and thanked", ", thanking", " and praised", " and also thanked", ", then thanked", " and warmly thanked"]
FIRST = ["said she was grateful", "said the vote was close", "told supporters the count was over"]
OBJECTS = ["voters", "them", "the party", "her team"]


@FAST
@given(word, word, st.sampled_from(FIRST), st.sampled_from(JOINS), st.sampled_from(OBJECTS), st.sampled_from(OWN))
@example("Anna", "Berg", "said she was grateful", " and thanked", "voters", "standing by me through all of this")
def test_thanks_in_the_first_person_or_no_person_stay_the_speakers(given_name: str, surname: str, first: str,
                                                                   join: str, obj: str, phrase: str) -> None:
    assume(given_name != surname)
    text = f"{given_name} {surname} {first}{join} {obj} for “{phrase}”."
    assert _names("Vote", text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, st.sampled_from(FIRST[:2]), st.sampled_from([" and thanked", ", thanking", " and praised"]),
       st.sampled_from(["voters", "them"]), st.sampled_from(SHORT))
def test_a_short_phrase_of_thanks_in_the_first_person_or_no_person_stays_a_quote(
        given_name: str, surname: str, first: str, join: str, obj: str, phrase: str) -> None:
    assume(given_name != surname)
    text = f"{given_name} {surname} {first}{join} {obj} for “{phrase}”."
    assert _names("Vote", text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, st.sampled_from(JOINS), st.sampled_from(OBJECTS),
       st.sampled_from(["his courage and his calm under fire", "their tireless work through the night",
                        "her quick thinking on the night"]))
def test_the_thanked_persons_qualities_in_the_third_person_stay_no_ones(given_name: str, surname: str, join: str,
                                                                        obj: str, phrase: str) -> None:
    assume(given_name != surname)
    text = f"{given_name} {surname} said the rescue was a relief{join} {obj} for “{phrase}”."
    assert _names("Award", text) == [None], text


# 3. A country's or a city's name and a utility's word made a company (FX62, companyforms.UTILITY_WORDS) even where a
#    person's pronoun refers back: "India Power told reporters she would appeal. “…,” she said." was unnamed (s50: the
#    person). A "she" or "he" before any "it" or "the company" makes the name a person's (referred_to_as_person).
PLACES = ["India", "Paris", "Asia", "China", "Cairo", "Kenya", "Nairobi", "Ghana"]
UTILITIES = ["Power", "Sugar", "Cement", "Pipeline"]
ACTS = ["told reporters {p} would appeal.", "said {p} would appeal the ruling.", "denied the charges and said {p} was innocent.",
        "told the court on Monday that {p} had been misled."]
OWN_WORDS = "“I did nothing wrong and I will clear my name,”"


@FAST
@given(st.sampled_from(PLACES), st.sampled_from(UTILITIES), st.sampled_from(ACTS), st.sampled_from(["she", "he"]),
       st.booleans())
@example("India", "Power", "told reporters {p} would appeal.", "she", False)
def test_a_utilitys_word_with_a_persons_pronoun_referring_back_is_a_person(place: str, head: str, act: str,
                                                                           pronoun: str, straight: bool) -> None:
    name = f"{place} {head}"
    quoted = OWN_WORDS.replace("“", "'").replace("”", "'") if straight else OWN_WORDS
    text = f"{name} {act.format(p=pronoun)} {quoted} {pronoun} said."
    assert _names("Court", text) == [name], text


@FAST
@given(st.sampled_from(PLACES[5:]), st.sampled_from(UTILITIES),
       st.sampled_from(["said it would restore supplies.", "told customers on Monday that repairs would take days.",
                        "said its engineers were at work and the company would restore supplies."]),
       st.sampled_from(["the company said", "it said", "the utility said"]))
def test_a_utility_referred_to_as_a_company_stays_the_company(place: str, head: str, act: str, frame: str) -> None:
    name = f"{place} {head}"
    text = f"{name} {act} “We regret the outage and we are working around the clock,” {frame}."
    assert _names("Outage", text) == [name], text


# 4. A claim reported without "that" and a frame after it is unnamed (FX62: "Berg said the plan was “…,” the Treasury
#    said"), but a frame whose own clause cites the holder keeps her: "… “…,” the Treasury said she had told officials."
#    was unnamed (s50: Berg; reportedclaims.cites_holder).
QUOTE = "a gift to speculators and nobody else"
# (a named body's frame; "officials said …", "the ministry said …", "the newspaper reported she …" are unnamed at s50 too)
REPORTERS = ["the Treasury said", "the Treasury added", "the Kremlin said", "the Bundesbank said"]
CITINGS = ["she had told officials", "{surname} had told officials", "she told reporters", "{surname} had written",
           "that she had told the cabinet", "she said"]


@FAST
@given(word, word, st.sampled_from(["said the plan was", "said that the plan was", "told the BBC the plan was"]),
       st.sampled_from(REPORTERS), st.sampled_from(CITINGS))
@example("Anna", "Berg", "said the plan was", "the Treasury said", "she had told officials")
def test_a_frame_after_that_cites_the_holder_keeps_her(given_name: str, surname: str, clause: str, reporter: str,
                                                        citing: str) -> None:
    assume(given_name != surname)
    text = f"{given_name} {surname} {clause} “{QUOTE},” {reporter} {citing.format(surname=surname)}."
    assert _names("Plan", text) == [f"{given_name} {surname}"], text


@FAST
@given(word, word, st.sampled_from(REPORTERS[:3]), st.sampled_from(["", " she had been wrong", " it disagreed"]))
def test_a_frame_after_that_tells_no_citation_leaves_the_claim_unnamed(given_name: str, surname: str, reporter: str,
                                                                       rest: str) -> None:
    assume(given_name != surname)
    text = f"{given_name} {surname} said the plan was “{QUOTE},” {reporter}{rest}."
    named = reporter.split()[1]  # (a named reporter still speaks, FX62; the Treasury is read as no one's name)
    assert _names("Plan", text) == [None if named == "Treasury" else "Kremlin"], text
