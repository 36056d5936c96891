"""Speakers a third trial briefing missed or misnamed (tests/stories/aftermath/: a Dutch election count and
a flood in south Wales), each fixed as a kind (analyse/nameruns.py, lexicon.py, antecedents.py, quotes.py).

- "Pieter Claes of the Flemish nationalists said" gave no one: the run "Pieter Claes of the Flemish" was
  neither a person nor an organisation, and his two quotations went to a bare "Claes". What "of the" leads
  to is never part of a person's name: the person and it are two names.
- "Resident Sian Price ... told Sky News:" gave a person "Resident Sian Price": a false title (a descriptor
  written before a name as a title is, "resident", "pensioner") opened the sentence, capitalised.
- "Leader Sanne Verhoeven had asked for a mandate. In her speech she admitted doubts. “…,” she said." gave
  the quotation no speaker: the pronoun's antecedent was looked for only in the sentence before, whose
  subject is the same pronoun. A sentence that names no one and speaks only of "she" carries it on.
- "His message was short: “…”" and "Her message to her partners was blunt — “…”" gave no speaker: a colon
  or dash lead-in took a pronoun subject ("She was blunt:") but not a possessive one with a noun of what was
  said (not a person: "His spokesman was blunt:" stays the spokesman's).
- "Nobody told us" (inside a quotation) gave a People entry "Nobody": indefinite pronouns are no names.
- "Grant Laidlaw — himself a Comrie resident — said the village had “…”" gave no speaker: a dashed aside
  between the subject and its verb broke the clause, where commas around it did not.
- "Green-Labour congress votes for talks: 'a compass, not red lines'" (a headline) gave the quotation to
  Green-Labour: a colon lead-in's name followed by an organisation's head word ("congress", "party") only
  qualifies it.
- The People page listed "Idris, Storm", "Taff, River", "Engineering, Bryn Lewis Civil" and "Wales, Natural
  Resources" as people: a named storm or a river, a contractor, a public body of a brief and a country.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.names import names_in
from briefgen.analyse.nameruns import ORGANISATION, classify
from briefgen.analyse.quotes import quotes_in

GIVEN = ["Pieter", "Jane", "Owen", "Carys", "Lotte", "Huw", "Annelies", "Mair"]
SURNAMES = ["Claes", "Doe", "Pritchard", "Lloyd", "Brink", "Bevan", "Goossens", "Howells"]
BODIES = ["the Flemish nationalists", "the Liberal Democrats", "the Green Party", "the Welsh Conservatives",
          "the Electoral Council", "the charity Flood Action Cymru", "the University of Amsterdam"]
QUOTE = "\u201cWe could not agree on how to close the deficit.\u201d"


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(BODIES), st.booleans())
@example("Pieter", "Claes", "the Flemish nationalists", True)
def test_a_person_of_the_body_is_the_person(given_name: str, surname: str, body: str, appositive: bool) -> None:
    name = f"{given_name} {surname}"
    text = (f"The negotiator, {name} of {body}, said: {QUOTE}" if appositive else f"{name} of {body} said: {QUOTE}")
    (quote,) = quotes_in("Talks", text)
    assert quote.name == name, (text, quote)
    later = quotes_in("Talks", text + f" \u201cThat is not a detail,\u201d {surname} told reporters.")
    assert [q.name for q in later] == [name, name], later


FALSE_TITLES = ["Resident", "Pensioner", "Shopkeeper", "Homeowner", "Volunteer", "Commuter", "Villager"]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(FALSE_TITLES), st.sampled_from(GIVEN), st.sampled_from(SURNAMES),
       st.sampled_from([" told Sky News:", " said:", ", whose house was flooded, told Sky News:"]))
@example("Resident", "Sian", "Price", ", whose house was flooded, told Sky News:")
def test_a_false_title_opening_a_sentence_is_no_first_name(title: str, given_name: str, surname: str,
                                                           frame: str) -> None:
    text = f"Around 200 homes were flooded.\n\n{title} {given_name} {surname}{frame} {QUOTE}"
    (quote,) = quotes_in("Floods", text)
    assert quote.name == f"{given_name} {surname}", (text, quote)
    assert f"{title} {given_name} {surname}" not in {m.surface for m in names_in("Floods", text)}


def test_a_false_title_before_one_word_and_a_surname_of_that_spelling_stay_names() -> None:
    """Only before two words: "Farmer Giles" may be a name, and "Paul Farmer" is one."""
    assert quotes_in("", f"Paul Farmer said: {QUOTE}")[0].name == "Paul Farmer"
    assert quotes_in("", f"Farmer Giles said: {QUOTE}")[0].name == "Farmer Giles"


BETWEEN = ["In her speech she admitted that she had doubts herself.", "She had doubts of her own.",
           "Later she met her party's youth wing.", "Her reasoning was blunt."]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(GIVEN[:5]), st.sampled_from(SURNAMES), st.lists(st.sampled_from(BETWEEN), min_size=1, max_size=2),
       st.sampled_from(["Leader ", "Green-Labour leader ", ""]))
@example("Sanne", "Verhoeven", [BETWEEN[0]], "Leader ")
@example("Owen", "Claes", [BETWEEN[1]], "Leader ")  # (failed on main after FX87: the "She" after read as his, FX91)
def test_a_pronoun_is_carried_over_sentences_that_name_no_one(given_name: str, surname: str, between: list[str],
                                                              title: str) -> None:
    name = f"{given_name} {surname}"
    text = f"{title}{name} had asked for a clear mandate. {' '.join(between)} \u201cThis was not an easy choice,\u201d she said."
    (quote,) = quotes_in("Congress", text)
    assert quote.name == (None if given_sex(given_name) == "m" else name), (text, quote)  # ("Owen … she said", QW17)


def test_the_pronoun_is_not_carried_past_another_gender_or_a_named_sentence() -> None:
    said = " \u201cThis was not an easy choice,\u201d she said."
    assert quotes_in("", "Sanne Verhoeven asked for a mandate. In his speech he admitted doubts." + said)[0].name is None
    assert quotes_in("", "Sanne Verhoeven asked for a mandate. Nobody knew. She had doubts." + said)[0].name is None
    assert quotes_in("", "Sanne Verhoeven asked for a mandate. Lotte Brink voted. She had doubts." + said
                     )[0].name == "Lotte Brink"
    # an unnamed subject speaks of "her" (tests/analyse/hospital/: a radio caller's words went to the guest)
    assert quotes_in("", "Dr Farid Hadad is in the studio. Our first caller says her husband's operation was "
                         "cancelled." + said)[0].name is None


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES),
       st.sampled_from(["His message was short", "Her message to her partners was blunt", "His answer was simple",
                        "Her verdict was harsh"]),
       st.sampled_from([":", " \u2014"]))
@example("Annelies", "Goossens", "Her message to her partners was blunt", " \u2014")
def test_a_possessive_lead_in_of_what_was_said_is_the_owners(given_name: str, surname: str, lead: str,
                                                             mark: str) -> None:
    name = f"{given_name} {surname}"
    text = f"{name} spoke outside the parliament. {lead}{mark} {QUOTE}"
    (quote,) = quotes_in("Talks", text)
    assert quote.name == name, (text, quote)


def test_a_possessive_lead_in_of_a_person_is_not_the_owners() -> None:
    (quote,) = quotes_in("", f"Maarten de Wit spoke. His spokesman was blunt: {QUOTE}")
    assert quote.name != "Maarten de Wit", quote


def test_an_indefinite_pronoun_is_no_name() -> None:
    text = "Resident Sian Price told Sky News: \"We were told the wall would protect us. Nobody told us there was a door.\""
    assert {m.surface for m in names_in("", text)} == {"Sian Price", "Sky News"}
    assert {m.surface for m in names_in("", "Everyone agreed. Anyone could see it. Somebody left.")} == set()


ASIDES = ["himself a Comrie resident", "who turned a protest movement into a party", "a former mayor, and a farmer"]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(ASIDES),
       st.sampled_from(["said the village had \u201cpulled together as it always does\u201d.", "has said: " + QUOTE,
                        "told reporters that it had \u201cpulled together as it always does\u201d."]),
       st.sampled_from(["", "Council leader "]), st.sampled_from(["\u2014", "\u2013"]))
@example("Grant", "Laidlaw", ASIDES[0], "said the village had \u201cpulled together as it always does\u201d.",
         "Council leader ", "\u2014")
def test_a_dashed_aside_between_the_subject_and_the_verb_is_an_appositive(given_name: str, surname: str, aside: str,
                                                                          rest: str, title: str, dash: str) -> None:
    text = f"{title}{given_name} {surname} {dash} {aside} {dash} {rest}"
    (quote,) = quotes_in("Storm", text)
    assert quote.name == f"{given_name} {surname}", (text, quote)


def test_a_headline_name_qualifying_an_organisation_word_is_not_the_speaker() -> None:
    title = "Green-Labour congress votes for talks: 'a compass, not red lines'"
    assert [q.name for q in quotes_in(title, "Members voted.")] == [None]
    assert [q.name for q in quotes_in("Evans: 'We will act'", "Rhodri Evans spoke.")] == ["Rhodri Evans"]


@given(st.sampled_from(["Storm", "Hurricane", "Typhoon", "Cyclone", "River"]), st.sampled_from(SURNAMES + ["Idris", "Jana"]))
def test_a_named_storm_or_river_is_no_one(lead: str, name: str) -> None:
    assert classify([lead, name]) is None


def test_a_contractor_and_a_public_body_of_a_brief_and_a_country_are_organisations() -> None:
    for name in ("Bryn Lewis Civil Engineering", "Natural Resources Wales", "Transport Scotland", "Sport England"):
        assert classify(name.split()) == (ORGANISATION, 0), name
