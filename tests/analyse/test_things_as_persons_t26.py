"""Things T26 read as persons (F9): a product priced or measured ("the pump price of Premium Motor Spirit":
pricednames.py), a company by its legal form "Limited" ("National Petroleum Company Limited", title "National"
dropped: companyforms.LEGAL_FORMS), a firm ending in its letters ("Stanbic IBTC": acronymfirms.py), and a plural
possessive inside an organisation's name before "of" ("the Dockworkers' Union of Nigeria" was "Union of Nigeria":
runparts._group_possessive)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.lexicon import MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACES, ROLE_NOUNS, STOPWORDS, TITLE_WORDS
from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.acronymfirms import _SEATS
from briefgen.analyse.postnominals import POST_NOMINALS
from briefgen.analyse.people import find_people, people_of

SYLLABLES = ("zo", "ku", "vi", "nje", "ya", "tsu", "bo", "mi", "ja", "lo", "wu", "fe")
_LISTED = STOPWORDS | TITLE_WORDS | PLACES | ROLE_NOUNS | ORG_NAMES | MONTHS_DAYS | ORG_HEADS
word = (st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize())
        .filter(lambda w: w.lower() not in _LISTED))
letters = st.text(alphabet="BCDFGKMNPRST", min_size=3, max_size=4).map(lambda s: "I" + s[1:] if len(s) == 4 else s).filter(
    lambda s: s not in POST_NOMINALS and s not in _SEATS)  # ("Zozo RRC": the Royal Red Cross's letters after a surname, a
# person: a CI draw, 2026-12-07; "Zozo MPS": a seat's letters, a member's, as "Jane Smith MSP": a draw, 2026-12-07 night)


def _listed(bodies: list[str]) -> list[tuple[str, str]]:
    articles = tuple(factories.article(f"a{n}") for n in range(len(bodies)))
    found = {f"a{n}": find_people("Fuel", body) for n, body in enumerate(bodies)}
    return [(p.name, p.kind) for p in people_of(articles, found, ()).people]


def test_the_reported_texts() -> None:
    assert _listed(['The pump price of Premium Motor Spirit, known in the trade as "PMS", is now to be set by the market.',
                    'Pump prices of Premium Motor Spirit are to be set by the market from Tuesday.']) == []
    assert _listed(['The National Petroleum Company Limited (NPCL) plans to list 40 per cent of its refinery subsidiary.',
                    'The Marina Business Times reported that the National Petroleum Company Limited would float its '
                    'refinery subsidiary.']) == [("National Petroleum Company Limited", "organisation")]
    assert ("Stanbic IBTC", "organisation") in _listed([
        "Two of the people said the company had asked Stanbic IBTC and Chapel Hill Denham to lead the offer.",
        "The paper said Stanbic IBTC and Chapel Hill Denham would lead the offer."])
    found = find_people("", "The Dockworkers' Union of Nigeria (DUN) said the strike was \"total and indefinite\".")
    assert found.named[0].full == "Dockworkers' Union of Nigeria" and found.quotes[0].speaker == "Dockworkers' Union of Nigeria"


@settings(max_examples=examples(60), deadline=None)
@given(word, word, word, st.sampled_from(["price of", "prices of", "litres of", "imports of", "supply of"]))
def test_a_priced_thing_is_no_person(a: str, b: str, c: str, measure: str) -> None:
    text = f"The {measure} {a} {b} {c} rose on Monday, traders said."
    assert not [m for m in names_in("", text) if m.kind == PERSON and c in m.full], names_in("", text)


@settings(max_examples=examples(60), deadline=None)
@given(word, word, st.sampled_from(["Limited", "Ltd", "Plc", "PLC", "Inc", "LLC", "AG", "GmbH", "Ltda"]))
def test_a_legal_form_makes_a_company_whole(a: str, b: str, form: str) -> None:
    found = names_in("", f"The National {a} {b} {form} said it would list its shares.")
    assert [(m.full, m.kind) for m in found][:1] == [(f"National {a} {b} {form}", "organisation")], found


@settings(max_examples=examples(60), deadline=None)
@given(word, letters)
def test_a_firm_ending_in_its_letters(name: str, initials: str) -> None:
    found = names_in("", f"The bank said {name} {initials} would lead the offer.")
    assert [m.kind for m in found if name in m.full] == ["organisation"], found


@settings(max_examples=examples(60), deadline=None)
@given(word, st.sampled_from(["Union", "Association", "Federation", "Congress"]), st.sampled_from(["Nigeria", "Ghana", "Kenya"]))
def test_a_plural_possessive_inside_a_body(members: str, head: str, place: str) -> None:
    name = f"{members}s' {head} of {place}"
    found = names_in("", f"The {name} said the strike would go on.")
    assert [m.full for m in found][:1] == [name], found
