"""BR23's finding 6 (2026-12-06), as a kind: a titled surname ("Mr Young") that two people of the article may bear.

- A name that bears the word only maybe (`familynames.either_family`: "Peter Chan Young" is Mr Chan or Mr Young)
  is never chosen by the recency rule (`fullnames.full_name`) over one that surely bears it: "The security
  minister, Michael Young, … Peter Chan Young, a barrister, said … “…,” Mr Young said" gave Peter Chan Young, who
  may be Mr Chan — then the words are Michael Young's. Now no one's: a wrong speaker is worse than none.
- A gendered title rules out a candidate whose given name is of the other sex (`titlefit.titled_choice`,
  givensex.given_sex): "Grace Ho Long, the mayor, met Brian Long. “…,” Mr Long said" is Brian Long's (no one's
  before); a given name rules out, never in ("Alex" may be a man).
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.quotes import quotes_in

MEN = st.sampled_from(("Peter", "Stephen", "Michael", "Martin", "Thomas", "Kevin", "Brian", "David"))
WOMEN = st.sampled_from(("Sarah", "Grace", "Mary", "Emily", "Rebecca", "Helen"))
FAMILY = st.sampled_from(("Chan", "Wong", "Ho", "Lee", "Lam", "Kim"))
SURNAME = st.sampled_from(("Young", "Long", "Moon"))


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


@FAST
@given(MEN, MEN, FAMILY, SURNAME, st.booleans(), st.booleans())
def test_a_maybe_bearer_never_takes_the_word_from_a_sure_one(sure_given, maybe_given, family, surname, maybe_last,
                                                             apart):
    """A sure bearer ("Michael Young") and a maybe one ("Peter Chan Young"), in either order, in one sentence or two;
    "Mr Young said": the sure one's only when the recency rule picks that one (named last, in the sentence before),
    else no one's; never the maybe one's (failed before, at 8e50fdc6, with the maybe one named last)."""
    sure, maybe = f"{sure_given} {surname}", f"{maybe_given} {family} {surname}"
    first, second = (sure, maybe) if maybe_last else (maybe, sure)
    if apart:
        lead = f"{first}, a lawyer, was in court. {second}, the judge, spoke."
    else:
        lead = f"{first}, the mayor, met {second}."
    got = _speakers(f'{lead} "We need more time," Mr {surname} said.')
    assert got != [maybe], lead
    assert got == ([sure] if apart and not maybe_last else [None]), lead


@FAST
@given(WOMEN, MEN, st.one_of(FAMILY.map(lambda f: f + " "), st.just("")), SURNAME, st.booleans(), st.booleans())
def test_a_given_name_of_the_other_sex_rules_a_candidate_out(woman, man, family, surname, woman_first, mister):
    """A woman and a man of one surname named in one sentence (the woman's name perhaps with a family name before
    it): "Mr <surname>" is the man's, "Ms <surname>" the woman's (both no one's before, at 8e50fdc6)."""
    her, him = f"{woman} {family}{surname}", f"{man} {surname}"
    first, second = (her, him) if woman_first else (him, her)
    text = f'{first}, the mayor, met {second}. "We agreed," {"Mr" if mister else "Ms"} {surname} said.'
    assert _speakers(text) == [him if mister else her], text


def test_the_reported_articles():
    for text, speaker in (
            ('The security minister, Michael Young, defended the law. Peter Chan Young, a barrister, said it was '
             'vague. "The law is clear," Mr Young said.', None),
            ('Peter Chan Young, a barrister, said the law was vague. The security minister, Michael Young, '
             'disagreed. "The law is clear," Mr Young said.', "Michael Young"),
            ('David Lee Long, the mayor, met Brian Long. "We agreed," Mr Long said.', None),
            ('Grace Ho Long, the mayor, met Brian Long. "We agreed," Mr Long said.', "Brian Long"),
            ('Grace Smith met Brian Smith. "We agreed," Mr Smith said.', "Brian Smith"),
            ('Peter Smith met Alex Smith. "We agreed," Mr Smith said.', None),  # (Alex: either sex)
            ('Peter Chan Young said he would appeal. "This is not over," Mr Young said.', "Peter Chan Young")):
        assert _speakers(text) == [speaker], text
