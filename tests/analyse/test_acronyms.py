"""An organisation's acronym is the organisation its article names in full (analyse/acronyms.py): one People
entry "also written as CMA", not two — and left alone when two organisations of those initials are beside it,
when no article names both, or when the editor declared it."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED as MADE_UP_LISTED

from briefgen.analyse.nameruns import ACRONYM_TITLES, INITIAL_TITLES
from briefgen.analyse.acronyms import initials
from briefgen.analyse.commonacronyms import COMMON_ACRONYMS
from briefgen.analyse.lexicon import (DEMONYMS, MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACES, PORTFOLIO_WORDS, ROLE_NOUNS,
                                      STOPWORDS, THING_HEADS, TITLE_WORDS)
from briefgen.analyse.orgvoices import OUTLETS as NAMED_OUTLETS
from briefgen.analyse.outletkeys import outlet_core, outlet_key
from briefgen.analyse.people import find_people, people_of
from briefgen.load.config import Person

# Outlets' names and what names the outlet itself ("ABC" of "ABC News": people.find_people lists neither)
OUTLETS = NAMED_OUTLETS | {outlet_core(outlet_key(name)) for name in NAMED_OUTLETS}

FAST = settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
TITLE_INITIALS = ACRONYM_TITLES | INITIAL_TITLES  # titles written as initials: read as a member's or an officer's
_LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES | THING_HEADS
           | MADE_UP_LISTED)  # (support.madeup's lists: titles, jobs, place heads)
word = (st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9).map(str.capitalize)
        .filter(lambda w: w.lower() not in _LISTED | PORTFOLIO_WORDS and not w.endswith(("ing", "ed", "s"))))
HEADS = ["Authority", "Commission", "Agency", "Council", "Institute", "Bank"]
# "<Word> <Word> Commission", "<Word> of <Word> Agency" ("<Word> and <Word> Authority" of made-up words reads as
# two names joined by "and", analyse/andnames.py: the @example of known words has one)
organisation = st.builds(lambda a, link, b, head: f"{a} {link}{b} {head}", word, st.sampled_from(["", "of "]),
                         word, st.sampled_from(HEADS)).filter(lambda name: name.split()[0] != name.split()[-2]
                                                              and initials(name).lower() not in COMMON_ACRONYMS)
# (not initials that are a common noun, "USB": commonacronyms.py, no organisation's name)


@st.composite
def namesake(draw: st.DrawFn, full: str) -> str:
    """Another organisation of `full`'s initials: each word another word of the same first letter."""
    words = []
    for part in full.split():
        if part in ("and", "of") or part in HEADS:
            words.append(part)
        else:
            words.append(part[0] + draw(st.sampled_from(["ornet", "elvint", "untar", "istorn"])))  # (no spelling of it)
    return " ".join(words)


@dataclass(frozen=True)
class _Slug:
    slug: str


def _listed(articles: list[str], declared: tuple[Person, ...] = ()) -> dict[str, tuple[str, ...]]:
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    people = people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, declared)  # type: ignore[arg-type]
    return {p.name: p.spellings for p in people.people}


def test_initials_skip_link_words_and_count_hyphenated_parts() -> None:
    assert initials("Competition and Markets Authority") == "CMA"
    assert initials("World Anti-Doping Agency") == "WADA"
    assert initials("Bank of England") == "BE"
    assert initials("Bank of england") == ""
    assert initials("Ofgem") == ""


@FAST
@given(organisation)
@example("Competition and Markets Authority")
@example("Aaaa Maaa Bank")
def test_an_acronym_beside_its_full_name_is_that_organisation(full: str) -> None:
    acronym = initials(full)
    # (BBC: a source; MLA, MSP: a title written as initials, nameruns.ACRONYM_TITLES, read as a member's; DCI, DSI:
    # a police rank's, nameruns.INITIAL_TITLES)
    assume(len(acronym) >= 2 and acronym.lower() not in _LISTED and acronym.lower() not in OUTLETS
           and acronym.lower() not in TITLE_INITIALS)
    articles = [f"The {full} ({acronym}) said on Monday it would look at the deal. The {acronym} has 40 days to decide.",
                f"The {acronym} opened an inquiry on Tuesday. The {acronym} said the review would take weeks."]
    listed = _listed(articles)
    assert acronym not in listed, listed
    assert listed.get(full) == (full, acronym), listed


@FAST
@given(organisation.flatmap(lambda first: st.tuples(st.just(first), namesake(first))))
def test_an_acronym_of_two_organisations_or_of_none_beside_it_is_left_alone(pair: tuple[str, str]) -> None:
    first, second = pair
    acronym = initials(first)
    assume(first != second and initials(second) == acronym and second.split()[0].lower() not in _LISTED)
    assume(acronym.lower() not in _LISTED and acronym.lower() not in OUTLETS  # ("DEC" is December)
           and acronym.lower() not in TITLE_INITIALS)
    inquiry = f"The {acronym} opened an inquiry. The {acronym} said the review would take weeks."
    both = [f"The {first} and the {second} met. The {acronym} said nothing.", inquiry,
            f"The {first} and the {second} met again. The {acronym} said it was early."]
    listed = _listed(both)
    assert acronym in listed and first in listed and second in listed, listed
    apart = [f"The {first} met on Monday. The {first} said nothing new.", inquiry, inquiry,
             f"The {first} met again. The {first} said it was early.",
             f"The {second} met on Monday. The {second} said nothing new.",
             f"The {second} met again. The {second} said it was early."]
    listed = _listed(apart)  # two of its initials in the archive, none beside it: neither
    assert acronym in listed and first in listed and second in listed, listed


@FAST
@given(organisation)
@example("Aaaa Maaa Bank")  # (AMB: "Amb" is an ambassador's title before a name, an acronym in capitals alone)
def test_an_acronym_never_beside_its_full_name_is_the_archive_s_one_organisation_of_its_initials(full: str) -> None:
    """No article names both (a bus strike's trial: "UTW" and the "United Transit Workers", 2026-12-04): the one
    organisation of the archive whose initials spell it."""
    acronym = initials(full)
    assume(len(acronym) >= 2 and acronym.lower() not in _LISTED and acronym.lower() not in OUTLETS
           and acronym.lower() not in TITLE_INITIALS)
    articles = [f"The {full} met on Monday. The {full} said nothing new.",
                f"The {acronym} opened an inquiry. The {acronym} said the review would take weeks.",
                f"The {acronym} met again. The {acronym} said it was early."]
    listed = _listed(articles)
    assert acronym not in listed and set(listed.get(full, ())) == {full, acronym}, listed


def test_a_declared_acronym_is_left_as_declared() -> None:
    articles = ["The Competition and Markets Authority (CMA) said it would look at the deal. The CMA has 40 days.",
                "The CMA opened an inquiry. The CMA said the review would take weeks."]
    listed = _listed(articles, (Person(name="CMA", aliases=(), kind="organisation"),))
    assert "CMA" in listed
