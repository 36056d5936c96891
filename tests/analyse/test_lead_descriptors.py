"""A lead's subject that names an organisation, then a descriptor in lower case, then a person
(`leadactors.py`): "Bank of England policymaker Ingrid Halvorsen said …", "Danish audio company Nordvik
said …". The person (or the company) after the descriptor acts; the run before it only qualifies it.

A trial (tests/stories/rates/) read no actor past "Bank" in such leads, and merged Halvorsen's speech
(19 March), which mentioned her colleague's move to Morgan Stanley, into the FT's report of the move
and its re-tellings a day before. "of"/"for" after a title still ends the run ("Secretary of State
Antony Blinken will travel …" has no actor, as before: the evaluation set's announcement of his trip
and China's confirmation 1.1 days later are one story).
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.leadactors import DESCRIPTOR_HEADS, lead_actors
from briefgen.analyse.propernames import capitals
from briefgen.analyse.similarity import CAP
from briefgen.analyse.stories import group_stories, story_features
from support import factories

CONFIG = factories.config()
MARCH_18 = dt.datetime(2026, 3, 18, 7, 0, tzinfo=factories.UTC)


def actors(text: str) -> tuple[str, ...]:
    return lead_actors(text, capitals(text).names)


@pytest.mark.parametrize(("text", "expected"), [
    ("Bank of England policymaker Ingrid Halvorsen said interest rates must stay high, Halvorsen said.",
     ("ingrid", "halvorsen")),
    ("The Bank of England's deputy governor Mark Bishop is to quit, Bishop's colleagues said.", ("mark", "bishop")),
    ("COPENHAGEN, March 11 (Reuters) - Danish audio company Nordvik said on Wednesday it would recall cases, "
     "Nordvik said.", ("nordvik",)),
    ("Bank of England Deputy Governor Mark Bishop will leave the Bank of England, Bishop said.",
     ("england", "mark", "bishop")),  # "Bank" opens the sentence: no proper name of its own
    # a title's "of" ends the run as before; so does a function word in the descriptor
    ("Secretary of State Antony Blinken will travel to China, Antony Blinken said.", ()),
    ("One of the Bank of England's most senior officials is leaving the Bank of England.", ()),
    ("Brazil on Wednesday formally requested consultations with Washington, Brazil said.", ("brazil",)),
    ("Shares of Brazilian steel producers fell sharply in São Paulo on Tuesday.", ()),
])
def test_the_name_after_a_descriptor_acts(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


ORGS = st.sampled_from(["Bank of England", "Reserve Bank of Australia", "Office for Budget Responsibility",
                        "Bank of Canada", "Ministry of Defence"])
DESCRIPTORS = st.lists(st.sampled_from(["deputy", "chief", "senior", "policymaker", "economist", "governor",
                                        "member", "executive"]), min_size=1, max_size=2).map(" ".join)  # with a head: 3 at most
PEOPLE = st.sampled_from([("Ingrid", "Halvorsen"), ("Tomasz", "Wielgosz"), ("Amara", "Okonjo"),
                          ("Lena", "Brightwater")])


@settings(max_examples=examples(80), deadline=None)
@given(ORGS, DESCRIPTORS, PEOPLE, st.sampled_from(["said", "warned", "will leave", "is to quit"]))
def test_an_organisation_a_descriptor_and_a_person(org: str, descriptor: str, person: tuple[str, str],
                                                 verb: str) -> None:
    """Whatever the organisation and the descriptor (ending in a title or role word), the actors are
    the person's, and "Ingrid Halvorsen, a <org> <descriptor>, said" has the same."""
    if descriptor.split()[-1] not in DESCRIPTOR_HEADS:
        descriptor += " governor"
    given_name, surname = person
    tail = f" on Thursday. In Leeds, {given_name} {surname} spoke, and {surname} was clear."
    first = actors(f"{org} {descriptor} {given_name} {surname} {verb}{tail}")
    second = actors(f"{given_name} {surname}, a {org} {descriptor}, {verb}{tail}")
    assert first == second == (given_name.lower(), surname.lower())


def _article(slug: str, source: str, when: dt.datetime, title: str):
    return factories.article(slug=slug, when=when, source=source, title=title)


def test_a_colleagues_speech_a_day_later_is_not_the_scoop() -> None:
    """The trial's case in small: a scoop on a deputy governor's move and two re-tellings, and a
    colleague's speech the next day that mentions the move: the speech stays alone."""
    move = ("Mark Bishop, the Bank of England deputy governor, is set to step down in June to join Morgan "
            "Stanley as vice-chair of its European investment bank, according to people familiar with the "
            "matter. Bishop voted against this month's rate cut with Ingrid Halvorsen. Morgan Stanley and the "
            "Bank declined to comment on the move to Morgan Stanley.")
    retold = ("Bank of England Deputy Governor Mark Bishop will leave the central bank in June to become a "
              "vice-chair at Morgan Stanley, the Financial Times reported. Bishop voted against the cut, along "
              "with Ingrid Halvorsen. Morgan Stanley did not respond.")
    speech = ("Bank of England policymaker Ingrid Halvorsen said interest rates need to remain restrictive, "
              "explaining her vote against this month's rate cut in a speech in Leeds. Halvorsen said wage "
              "growth was too fast. Asked about reports that deputy governor Mark Bishop is leaving for Morgan "
              "Stanley, she declined to comment on Bishop's move to Morgan Stanley.")
    articles = (
        _article("ft-move", "Financial Times", MARCH_18, "Bishop to leave BoE for Morgan Stanley"),
        _article("reuters-move", "Reuters", MARCH_18 + dt.timedelta(hours=2),
                 "BoE's Bishop to join Morgan Stanley, FT reports"),
        _article("bloomberg-speech", "Bloomberg", MARCH_18 + dt.timedelta(days=1, hours=6),
                 "BoE's Halvorsen says rates must stay restrictive"),
    )
    features = {a.slug: story_features(a.title, body) for a, body in zip(articles, (move, retold, speech))}
    grouping = group_stories(articles, features, CONFIG)
    assert grouping.story_of("bloomberg-speech").members == ("bloomberg-speech",)
    assert grouping.story_of("ft-move").members == ("ft-move", "reuters-move")
    assert CAP >= max((s.score for s in grouping.suggestions), default=0.0)
