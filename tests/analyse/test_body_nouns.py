"""A name before a body's lower-case noun is the body's (orgnames.body_named): "the United Nursing Staff union" was a
person "Staff, United Nursing" on a trial's People page (2026-12-04, a hospital merger and a nurses' strike).

- in names_in, in the People listing and as a quotation's speaker (a frame's or a pronoun's antecedent), a made-up
  name after "the"/"a" and before union, party, council, trust, group … is an organisation, never a person;
- a person's name stays a person's: before nouns of a person's office ("the <Given> <Surname> administration"), before
  "campaign" when it has two words, and before a body's noun where the article also gives it a title or refers to it
  by surname.
"""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED

from briefgen.analyse.lexicon import (BRIEF_WORDS, COMPANY_HEADS, DEMONYMS, FALSE_TITLES, MONTHS_DAYS, ORG_HEADS,
                                      ORG_NAMES, PLACES, PORTFOLIO_WORDS, ROLE_NOUNS, STOPWORDS, SURNAME_PARTICLES,
                                      THING_HEADS, TITLE_WORDS)
from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.orgnames import BODY_NOUNS
from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES
           | THING_HEADS | SURNAME_PARTICLES | PORTFOLIO_WORDS | COMPANY_HEADS | FALSE_TITLES | BRIEF_WORDS
           | LISTED)  # (support.madeup's lists: "Register", "Revd" … were drawn as names)
word = (st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9)
        .map(str.capitalize).filter(lambda w: w.lower() not in _LISTED and not w.endswith(("ing", "ed", "s"))))
body = st.lists(word, min_size=2, max_size=3, unique=True).map(" ".join)
noun = st.sampled_from(sorted(BODY_NOUNS))


@dataclass(frozen=True)
class _Slug:
    slug: str


def _listed(articles: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Name → kind of everyone a People page would list for these (title, text) articles."""
    found = {slug: find_people(title, text) for slug, (title, text) in articles.items()}
    return {p.name: p.kind for p in people_of(tuple(_Slug(s) for s in articles), found, ()).people}  # type: ignore


def _kinds(text: str) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for m in names_in("", text):
        kinds.setdefault(m.full, set()).add(m.kind)
    return kinds


def test_the_trials_union_is_an_organisation() -> None:
    texts = {
        "deal": ("Strike suspended", "The United Nursing Staff union has suspended strike action at St Aldric's "
                 "and Ravensmere General after managers agreed in writing that no ward would operate below ratios."),
        "leak": ("Leak", "Ines Harrowgate, general secretary of the United Nursing Staff union, said her members had "
                 "been misled. “They stood in the canteen and told us nothing would change,” she said."),
    }
    assert _kinds(texts["deal"][1])["United Nursing Staff"] == {ORGANISATION}
    assert _kinds(texts["leak"][1])["United Nursing Staff"] == {ORGANISATION}
    listed = _listed(texts)
    assert listed.get("United Nursing Staff") == ORGANISATION
    assert listed["Ines Harrowgate"] == PERSON
    assert [q.name for q in quotes_in(*texts["leak"])] == ["Ines Harrowgate"]


@FAST
@given(body, noun, word, word)
def test_a_name_before_a_bodys_noun_is_no_person(name: str, noun: str, given_name: str, surname: str) -> None:
    assume(given_name not in name and surname not in name)
    text = (f"The {name} {noun} has suspended its action after talks. “We will return,” she said.\n\n"
            f"{given_name} {surname}, who chairs the {name} {noun}, said members would vote. "
            f"“It is a fair offer,” said the {name} {noun}.")
    assert _kinds(text).get(name, {ORGANISATION}) == {ORGANISATION}
    quotes = quotes_in("", text)
    assert quotes[0].name is None or quotes[0].kind != PERSON  # no person is the body
    assert all(q.name != name or q.kind == ORGANISATION for q in quotes)
    assert _listed({"a": ("", text)}).get(name, ORGANISATION) == ORGANISATION


@FAST
@given(word, word, st.sampled_from(["administration", "government", "team", "family", "campaign"]))
def test_a_persons_name_before_an_office_stays_a_person(given_name: str, surname: str, noun: str) -> None:
    assume(given_name != surname)
    text = f"The {given_name} {surname} {noun} said on Monday that the talks would go on. “We will wait,” it said."
    assert _kinds(text).get(f"{given_name} {surname}", {PERSON}) == {PERSON}


@FAST
@given(word, word, noun)
def test_a_person_the_article_shows_stays_a_person(given_name: str, surname: str, noun: str) -> None:
    assume(given_name != surname)
    referred = (f"Delegates from the {given_name} {surname} {noun} met on Monday. "
                f"“We will wait,” {surname} said.")
    assert _kinds(referred)[f"{given_name} {surname}"] == {PERSON}
    titled = f"Councillor {given_name} {surname} spoke. Delegates from the {given_name} {surname} {noun} met on Monday."
    assert PERSON in _kinds(titled)[f"{given_name} {surname}"]
