"""An occupation opening a sentence is no first name; a plural noun opening one is no person (two trials of
2026-12-04).

- "Hydrologist Bridget Ormsby said …" and "Hydrologist Nguyen Thi Huong said …" gave People pages
  "Hydrologist Bridget Ormsby" and "Hydrologist Nguyen Thi Huong" beside the right ones, with their quotes:
  only listed words ("Economist") were titles there. Now a word with an occupation's ending (-ologist,
  -ographer, -ician, -iatrist, -ist: `lexicon.occupational`) is one, as the false titles are ("Resident").
- "Farmers said the order would ruin them" listed a person "Farmers", and "Speakers included Bridget Ormsby …
  Her message was simple: “…”" gave her words to a person "Speakers": a plural noun that opens a sentence and
  that the text writes capitalised nowhere else is no name (`namecontext.plural_opening`).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import occupational
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

GIVEN = ["Bridget", "Tomasz", "Aiko", "Femi", "Ines", "Rhodri"]
SURNAMES = ["Ormsby", "Wrona", "Tanaka", "Adeyemi", "Ferreira", "Pugh", "Nguyen Thi Huong"]
OCCUPATIONS = ["Hydrologist", "Seismologist", "Oceanographer", "Statistician", "Psychiatrist", "Pharmacist",
               "Agronomist", "Optometrist", "Columnist", "Conservationist", "Technician", "Engineer", "Surveyor"]
QUOTE = "\u201cThe aquifer does not know where the county lines are.\u201d"


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OCCUPATIONS), st.sampled_from(GIVEN), st.sampled_from(SURNAMES),
       st.sampled_from([" said:", " told the Courier:", ", who studies the valley, said:"]))
@example("Hydrologist", "Bridget", "Ormsby", " said:")
def test_an_occupation_opening_a_sentence_is_no_first_name(job: str, given_name: str, surname: str, frame: str) -> None:
    name = f"{given_name} {surname}"
    text = f"The reservoir fell to a record low.\n\n{job} {name}{frame} {QUOTE}"
    (quote,) = quotes_in("Drought", text)
    assert quote.name == name, (text, quote)
    assert f"{job} {name}" not in {m.surface for m in names_in("Drought", text)}


def test_what_only_ends_like_an_occupation_stays_a_name() -> None:
    for word in ("lindqvist", "blomkvist", "baptist", "christ", "twist", "frist", "hurst"):
        assert not occupational(word), word
    for word in ("hydrologist", "oceanographer", "statistician", "psychiatrist", "economist", "agronomist"):
        assert occupational(word), word
    assert quotes_in("", f"Anna Lindqvist said: {QUOTE}")[0].name == "Anna Lindqvist"


PLURALS = ["Farmers", "Speakers", "Growers", "Engineers", "Economists", "Residents", "Trustees", "Officials",
           "Executives", "Critics", "Authorities", "Protesters", "Analysts", "Historians"]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(PLURALS), st.sampled_from(GIVEN), st.sampled_from(SURNAMES),
       st.sampled_from(["said the order would ruin them", "included {name}, who spoke last",
                        "warned that the dam was weak"]),
       st.sampled_from(["Her message was simple: {quote}", "{quote} she said."]))
@example("Speakers", "Bridget", "Ormsby", "included {name}, who spoke last", "Her message was simple: {quote}")
def test_a_plural_noun_opening_a_sentence_is_nobody(plural: str, given_name: str, surname: str, clause: str,
                                                    then: str) -> None:
    name = f"{given_name} {surname}"
    text = (f"The tribunal met on Monday.\n\n{plural} {clause.format(name=name)}. "
            f"{then.format(quote=QUOTE)}")
    assert plural not in {m.surface for m in names_in("Drought", text)}, text
    assert all(q.name != plural for q in quotes_in("Drought", text)), text


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(["Sanders", "Rogers", "Peters", "Walters", "Chambers"]), st.sampled_from(GIVEN),
       st.booleans())
def test_a_surname_of_that_shape_named_elsewhere_stays_a_name(surname: str, given_name: str, in_full: bool) -> None:
    """A surname ending like a plural is a name wherever the text also writes it inside a sentence or in full."""
    where = f"The tribunal heard {given_name} {surname} on Monday." if in_full else f"The tribunal heard {surname} first."
    text = f"{where}\n\n{surname} said the order would ruin the valley's growers. {QUOTE} he added."
    assert surname in {m.surface.split()[-1] for m in names_in("Drought", text)}, text


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["Port", "Puerto", "Nueva", "Nowa", "Stara", "Nova", "Novi", "Nizhny"]),
       st.sampled_from(["Selva", "Wieś", "Kakhovka", "Talbot", "Esperanza", "Novgorod"]))
def test_a_place_that_opens_with_a_place_word_is_no_person(lead: str, rest: str) -> None:
    """A drought trial listed "Selva, Port" and "Wieś, Stara" as people; the evaluation set "Nova Kakhovka"."""
    text = f"Rationing began in {lead} {rest} on Monday, and {lead} {rest} officials said supplies would last."
    assert not [m for m in names_in("Drought", text) if m.kind == "person"], names_in("Drought", text)
