"""The people index files a name as its articles use it (FX33, T21, 2026-12-07, finding 10).

- An Ethiopian name (a given name and the father's) is filed as written where an article calls the person by a
  courtesy title and the given name ("Ms Meseret": filing.given_called), never otherwise ("Anna" alone is no title).
- Dutch particles an article writes capitalised with the surname alone inside a sentence ("“…,” Van der Merwe said")
  file the name under them ("Van der Merwe, Pieter"); at a sentence's start ("Van der Berg said …", the hospital set's
  "Berg, Ingrid van der") or only after the given name, under the core word; German and French particles as before
  ("Leyen, Ursula von der", "Villepin, Dominique de").
- A titled middle word of a three-word name whose given name is hyphenated ("Jean-Pierre Tshibangu Kalala … Mr
  Tshibangu") is the surname (T20 #5's class; "Jean-Pierre" was no plain word).
A property per rule over made-up names, and the T21 inputs on a built site.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.filing import given_called, particles_led
from briefgen.analyse.names import mentions_in, names_in
from briefgen.analyse.people import filing_order, find_people
from support.madeup import FAST, word
from support.sites import MINIMAL_SITE, run_cli, write_site


@FAST
@given(word, word, st.sampled_from(("Ms", "Mr", "Dr", "Mrs", "Mr.")))
def test_a_given_name_a_title_calls_by_files_the_name_as_written(given_name: str, father: str, title: str) -> None:
    assume(given_name != father)
    full = f"{given_name} {father}"
    text = f'{full} is an adviser at the bank. "We will require backups," {title} {given_name} said.'
    assert given_called(text, mentions_in("", text)) == (full,), text
    assert filing_order(full, "person", (full, given_name), given_first=True) is None
    assert filing_order(full, "person", (full, given_name)) == (father, given_name)


@FAST
@given(word, word)
def test_a_given_name_alone_or_a_titled_surname_is_no_such_evidence(given_name: str, surname: str) -> None:
    assume(given_name != surname)
    full = f"{given_name} {surname}"
    for text in (f'{full} is a nurse. "No," {given_name} said.', f'{full} is a nurse. "No," Ms {surname} said.'):
        assert given_called(text, mentions_in("", text)) == (), text


@FAST
@given(word, word, st.sampled_from(("van", "van der", "van den", "van de")),  # ("Ter Horst said": read alone, no reference)
       st.sampled_from(('"It is gone," {alone} said of it.', "Officials and {alone} met on Monday.",
                        "The report, {alone} said, was late.")))
def test_dutch_particles_capitalised_inside_a_sentence_file_it(given_name: str, core: str, particles: str,
                                                               frame: str) -> None:
    assume(given_name != core)
    full = f"{given_name} {particles} {core}"
    alone = f"{particles[:1].upper()}{particles[1:]} {core}"
    text = f'"No," said {full}, a researcher. ' + frame.format(alone=alone)
    assert particles_led(text, mentions_in("", text)) == (full,), text
    assert filing_order(full, "person", (full, alone), particle_first=True) == (alone, given_name)
    assert filing_order(full, "person", (full, alone)) == (core, f"{given_name} {particles}")


@FAST
@given(word, word, st.sampled_from(("van", "van der", "van den")))
def test_dutch_particles_opening_a_sentence_say_nothing(given_name: str, core: str, particles: str) -> None:
    full = f"{given_name} {particles} {core}"
    alone = f"{particles[:1].upper()}{particles[1:]} {core}"
    for text in (f"{full} spoke on Monday. {alone} said she would give evidence.",
                 f'{full} spoke on Monday.\n\n"{alone} is right," the chair said.'):
        assert particles_led(text, mentions_in("", text)) == (), text


@FAST
@given(word, word, st.sampled_from(("von der", "von", "de", "de la", "du", "da")))
def test_other_particles_stay_with_the_given_names(given_name: str, core: str, particles: str) -> None:
    full = f"{given_name} {particles} {core}"
    alone = f"{particles[:1].upper()}{particles[1:]} {core}"
    assert filing_order(full, "person", (full, alone), particle_first=True)[0] == core


@FAST
@given(word, word, word, word)
def test_a_hyphenated_given_name_before_a_titled_middle_word(first: str, second: str, middle: str, last: str) -> None:
    assume(len({middle, last, first, second}) == 4)
    assume(not second.lower().endswith("ist"))  # ("Aaaa-Aist": a hyphenated word ending -ist reads as a descriptor,
    # like "pro-Marxist", before a name: no given name — a CI draw, 2026-12-07; left as a limit)
    full = f"{first}-{second.lower().capitalize()} {middle} {last}"
    text = f"The minister, {full}, spoke on Monday. Mr {middle} said he had called Nairobi."
    assert (middle, full) in {(m.surface, m.full) for m in names_in("", text)}, text
    assert filing_order(full, "person", (full, middle)) == (f"{middle} {last}", full.split()[0])


ARTICLES = {
    "adviser.md": ('"We will require backups to be physically and logically separate," said Meseret Alemayehu, an '
                   'adviser on payment systems at the National Bank of Ethiopia. Ms Meseret said the draft rules '
                   'would be published in January.'),
    "minister.md": ('"They must not pay for a problem they did not cause," said the minister, Jean-Pierre Tshibangu '
                    'Kalala. Mr Tshibangu said he had spoken to the high commissioner.'),
    "researcher.md": ('"The ledger behind them is not answering," said Pieter van der Merwe, a payments-security '
                      'researcher in Stellenbosch. "The money was never gone," Van der Merwe said of the outage.'),
}


def test_the_t21_names_on_a_built_site(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert [n.full for n in find_people("", ARTICLES["minister.md"]).named] == ["Jean-Pierre Tshibangu Kalala"]
    site = write_site(tmp_path / "site", dict(MINIMAL_SITE) | {
        f"content/articles/{name}": f"---\ntitle: Outage {k}\nsource: Andes Post\npublished: 2026-11-2{k}\n---\n{text}\n"
        for k, (name, text) in enumerate(ARTICLES.items())})
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    index = (site / "output" / "people" / "index.html").read_text()
    for filed in ("Meseret Alemayehu", "Tshibangu Kalala, Jean-Pierre", "Van der Merwe, Pieter"):
        assert filed in index, filed
    for wrong in ("Alemayehu, Meseret", "Kalala, Jean-Pierre", "Merwe, Pieter"):
        assert f">{wrong}" not in index, wrong
