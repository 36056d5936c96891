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
