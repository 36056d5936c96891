"""An acronym an article defines in brackets right after other words is theirs (acronyms.acronyms_defined, FX30): the
T20 trial's "the Chilean environment superintendency (SMA)" was folded into a Peruvian contractor, "Servicios Mineros
Arequipa", whose initials spell it and which no article names beside "SMA" (the archive-wide fallback)."""
from __future__ import annotations

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.peoplelists import listed_people
from support.madeup import LISTED as MADE_UP_LISTED

from briefgen.analyse.acronyms import acronyms_defined, initials
from briefgen.analyse.commonacronyms import COMMON_ACRONYMS
from briefgen.analyse.lexicon import (DEMONYMS, MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACES, PORTFOLIO_WORDS, ROLE_NOUNS,
                                      STOPWORDS, THING_HEADS, TITLE_WORDS)
from briefgen.analyse.nameruns import ACRONYM_TITLES, INITIAL_TITLES

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES | THING_HEADS
           | MADE_UP_LISTED | ACRONYM_TITLES | INITIAL_TITLES | PORTFOLIO_WORDS)
word = (st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9).map(str.capitalize)
        .filter(lambda w: w.lower() not in _LISTED and not w.endswith(("ing", "ed", "s"))))
organisation = st.builds(lambda a, b, head: f"{a} {b} {head}", word, word,
                         st.sampled_from(["Authority", "Commission", "Agency", "Council", "Bank"])).filter(
    lambda name: name.split()[0] != name.split()[1] and initials(name).lower() not in COMMON_ACRONYMS | _LISTED)
# What an article writes before the bracket: lower-case words, or capitalised ones that do not spell the acronym.
DEFINERS = ["the environment superintendency", "the country's mining regulator", "the national water agency",
            "the Environment Superintendency", "the local union"]


_listed = listed_people


def test_the_t20_superintendency_is_no_contractor() -> None:
    articles = [
        "SANTIAGO (AIP) — The Chilean environment superintendency (SMA) on Tuesday fined Cobrebras Chile 8.2 billion "
        "pesos and opened a formal inquiry into the failure of the El Toqui tailings dam. The SMA said the company "
        "switched off the monitoring.",
        "The SMA will publish its findings in March, the regulator said.",
        "One of the men, Wilber Quispe Mamani, 34, spoke to his wife. The three work for Servicios Mineros Arequipa, a "
        "Peruvian contractor. Servicios Mineros Arequipa said it was in contact with the families.",
        "Servicios Mineros Arequipa said the men would fly home on Friday."]
    listed = _listed(articles)
    assert "SMA" in listed and listed.get("Servicios Mineros Arequipa") == ("Servicios Mineros Arequipa",), listed
    assert acronyms_defined(articles[0]) == ("SMA",)  # (not the dateline's AIP)


def test_a_bracket_after_the_name_it_spells_defines_nothing_else() -> None:
    assert acronyms_defined("the Competition and Markets Authority (CMA) said") == ()
    assert acronyms_defined("the World Anti-Doping Agency (WADA) said") == ()
    assert acronyms_defined("Britain's competition watchdog (CMA) said") == ("CMA",)
    assert acronyms_defined("LONDON (AP) — Prices rose.") == ()


@FAST
@given(organisation, st.sampled_from(DEFINERS))
@example("Servicios Mineros Arequipa", "the environment superintendency")
def test_an_acronym_defined_by_other_words_takes_no_archive_owner(full: str, definer: str) -> None:
    acronym = initials(full)
    assume(len(acronym) >= 2 and initials(definer.removeprefix("the ")) != acronym)
    articles = [f"The {full} met on Monday. The {full} said nothing new.",
                f"The {full} met again. The {full} said it was early.",
                f"Officials at {definer} ({acronym}) opened an inquiry. The {acronym} said the review would take weeks.",
                f"The {acronym} met again. The {acronym} said it was early."]
    listed = _listed(articles)
    assert listed.get(full) == (full,), listed  # (it was "also written as" the acronym)
    # the same archive without the definition: the one organisation of its initials (acronyms.py's fallback)
    articles[2] = f"Officials opened an inquiry. The {acronym} said the review would take weeks."
    listed = _listed(articles)
    assert set(listed.get(full, ())) == {full, acronym}, listed


@FAST
@given(organisation, st.sampled_from(DEFINERS))
def test_an_article_defining_it_otherwise_gives_no_owner_beside_it(full: str, definer: str) -> None:
    """An article that names the organisation and defines its initials as other words' (both in one article):
    the bracket says which body the acronym stands for there."""
    acronym = initials(full)
    assume(len(acronym) >= 2 and initials(definer.removeprefix("the ")) != acronym)
    articles = [f"The {full} met {definer} ({acronym}) on Monday. The {acronym} said nothing new.",
                f"The {acronym} met again. The {acronym} said it was early.", f"The {full} said it was early."]
    assert acronyms_defined(articles[0]) == (acronym,)
    listed = _listed(articles)
    assert acronym not in listed.get(full, ()), listed
