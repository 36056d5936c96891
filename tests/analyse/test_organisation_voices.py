"""Quotations an organisation speaks (issue 9, "who said what"; docs/people.md, "Organisations' voices"): a
spokesperson of an organisation the frame names, a company's short name, and "the company" / "the board" / "the
trust" standing for the one organisation of that kind the article is about. Hypothesis properties over made-up
organisation names of several shapes and frames before and after the quotation, negatives (a person's spokesperson,
an organisation the article does not name, two organisations competing), and the trials' inputs (tests/stories/
takeover, wildfire, aftermath).
"""
from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED as MADE_UP_LISTED

from briefgen.analyse.commonacronyms import COMMON_ACRONYMS
from briefgen.analyse.lexicon import (BRIEF_WORDS, COMPANY_HEADS, COMPANY_NOUNS, DEMONYMS, FALSE_TITLES, GEO_NOUNS,
                                      MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACES, PORTFOLIO_WORDS, PRODUCT_WORDS,
                                      ROLE_NOUNS, STOPWORDS, SURNAME_PARTICLES, THING_HEADS, THING_NOUNS, TITLE_WORDS)
from briefgen.analyse.orgvoices import COMPANY_REFERENCES, OUTLETS
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES | GEO_NOUNS
           | THING_HEADS | THING_NOUNS | SURNAME_PARTICLES | PORTFOLIO_WORDS | PRODUCT_WORDS | COMPANY_HEADS
           | COMPANY_NOUNS | FALSE_TITLES | BRIEF_WORDS | MADE_UP_LISTED)  # (support.madeup's: titles, jobs …)
word = (st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9)
        .map(str.capitalize).filter(lambda w: w.lower() not in _LISTED and not w.endswith(("ing", "ed", "s"))))
# (not a listed word: "PLC", "LTD" are a company's legal form, not its name — CI drew both)
acronym = st.text(alphabet="BCDFGHJKLMNPRTVWXZ", min_size=3, max_size=4).filter(
    lambda a: a.lower() not in OUTLETS and a.lower() not in _LISTED and a.lower() not in COMMON_ACRONYMS)  # ("PDF")
SPOKES = ("spokesperson", "spokesman", "spokeswoman", "representative")
QUOTE = "We will look at any proposal in the usual way"


@st.composite
def organisation(draw) -> str:
    """An organisation's name as nameruns reads it whatever its context: an acronym, "X & Y", "X plc", "X Group",
    "X Y Council"."""
    shape = draw(st.sampled_from(["acronym", "ampersand", "plc", "group", "council"]))
    if shape == "acronym":
        return draw(acronym)
    first, second = draw(word), draw(word)
    assume(first != second)
    return {"ampersand": f"{first} & {second}", "plc": f"{first} plc", "group": f"{first} Group",
            "council": f"{first} {second} Council"}[shape]


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text) if q.text.startswith("We will")]


@FAST
@given(organisation(), st.sampled_from(SPOKES), st.sampled_from(["before", "after", "inverted", "for", "colon"]))
def test_a_spokesperson_of_an_organisation_the_frame_names_speaks_for_it(org: str, noun: str, frame: str) -> None:
    text = {"before": f"“{QUOTE},” a {org} {noun} said.",
            "after": f"A {org} {noun} said: “{QUOTE}.”",
            "inverted": f"“{QUOTE},” said a {noun} for {org}.",
            "for": f"“{QUOTE},” a {noun} for {org} said in a statement.",
            "colon": f"A {noun} for {org} said: “{QUOTE}.”"}[frame]
    names = _speakers(f"Shares moved on Monday. {text}")
    assert len(names) == 1 and names[0] is not None and names[0].startswith(org.removesuffix(" plc")), (text, names)


@FAST
@given(organisation(), st.sampled_from(["statement", "readout"]), st.sampled_from(["before", "after", "from"]))
def test_an_organisations_statement_is_its_own(org: str, noun: str, frame: str) -> None:
    """"a CMA statement said" was an organisation named "a CMA statement"; a person's statement stays no one's."""
    text = {"before": f"“{QUOTE},” a {org} {noun} said.",
            "after": f"The {org} {noun} said: “{QUOTE}.”",
            "from": f"“{QUOTE},” said a {noun} from {org}."}[frame]
    names = _speakers(text)
    assert len(names) == 1 and names[0] is not None and names[0].startswith(org.removesuffix(" plc")), (text, names)


@FAST
@given(word, word, st.sampled_from(["statement", "spokesman"]))
def test_a_persons_statement_names_no_one(given_name: str, surname: str, noun: str) -> None:
    assume(given_name != surname)
    assert _speakers(f"{given_name} {surname} arrived. “{QUOTE},” a {surname} {noun} said.") == [None]


@FAST
@given(organisation(), st.sampled_from(SPOKES + ("the company",)))
def test_a_split_quotation_is_the_organisations_on_both_sides(org: str, who: str) -> None:
    assume(not org.endswith("Council"))
    frame = f"a {who} for {org} said" if who in SPOKES else f"{who} said"
    text = f"{org} rejected the bid on Monday. “We will look at any proposal,” {frame}, “in the usual way and no other.”"
    names = [q.name for q in quotes_in("", text)]
    assert len(names) == 2 and names[0] == names[1] and names[0] is not None and names[0].startswith(
        org.removesuffix(" plc")), (text, names)


@FAST
@given(word, word, st.sampled_from(SPOKES), st.sampled_from(["buyout firm {}", "{}'s board"]))
def test_a_name_that_reads_as_a_person_speaks_when_the_article_shows_it_a_company(
        first: str, second: str, noun: str, shown: str) -> None:
    firm = f"{first} {second}"
    shown_text = shown.format(firm)
    said = f"“{QUOTE},” a {noun} for {firm} said."
    assert _speakers(f"The offer came from {shown_text} on Monday. {said}") == [firm]
    assert _speakers(f"The offer came on Monday. {said}") == [None]  # nothing shows it a company: unsure


@FAST
@given(word, word, st.sampled_from(SPOKES), st.sampled_from(["Sen.", "Ms", "Dr"]))
def test_a_persons_spokesperson_names_no_one(given_name: str, surname: str, noun: str, title: str) -> None:
    assume(given_name != surname)
    text = (f"{title} {given_name} {surname} visited the site on Monday. “{QUOTE},” a {noun} for {surname} said. "
            f"A {noun} for {surname} said: “{QUOTE}.”")
    assert _speakers(text) == [None, None]


@FAST
@given(st.sampled_from(SPOKES), st.sampled_from(["the company", "the council", "the regulator"]))
def test_a_spokesperson_of_an_organisation_the_article_does_not_name_names_no_one(noun: str, whose: str) -> None:
    text = f"Shares fell on Monday. “{QUOTE},” a {noun} for {whose} said. “{QUOTE},” a {noun} said."
    assert _speakers(text) == [None, None]


@FAST
@given(organisation(), st.sampled_from(sorted(COMPANY_REFERENCES)), st.sampled_from(["after", "before", "partial"]),
       st.sampled_from(["{} rejected the offer on Monday.", "On Monday, {} rejected the offer.",
                        "Shares of {} fell on Monday.", "{}'s shares fell on Monday."]))
def test_the_company_is_the_one_company_the_article_is_about(org: str, noun: str, frame: str, opening: str) -> None:
    assume(not org.endswith("Council"))
    said = {"after": f"“{QUOTE},” the {noun} said in a statement.",
            "before": f"The {noun} said: “{QUOTE}.”",
            "partial": f"The {noun} said it would “{QUOTE[:20].strip()}” soon."}[frame]
    got = [q.name for q in quotes_in("", f"{opening.format(org)} Analysts were surprised. {said}")]
    assert got == [org], got


@FAST
@given(organisation(), organisation(), st.sampled_from(["company", "board", "firm"]))
def test_two_companies_that_compete_leave_the_company_unattributed(one: str, other: str, noun: str) -> None:
    assume(one != other and not one.endswith("Council") and not other.endswith("Council"))
    text = (f"{one} made an offer for a rival on Monday. {other} rejected it within hours. "
            f"“{QUOTE},” the {noun} said.")
    assert _speakers(text) == [None]


@FAST
@given(organisation(), word, st.sampled_from(["said", "told reporters"]))
def test_an_organisation_named_later_in_a_sentence_is_not_what_the_article_is_about(org: str, name: str, verb: str) -> None:
    assume(not org.endswith("Council"))
    text = (f"“Trading was steady,” {verb} Anna {name}, an analyst at {org}. Shares fell. "
            f"“{QUOTE},” the company said.")
    assert _speakers(text) == [None]


@FAST
@given(word, word, st.sampled_from(["Trust", "Council", "Union"]), st.sampled_from(["Group", "plc"]))
def test_a_public_bodys_noun_is_the_body_of_that_name_never_a_company(place: str, other: str, head: str,
                                                                        company: str) -> None:
    assume(place != other)
    body, firm = f"{place} Health {head}", f"{other} {company}"
    text = (f"{firm} won a contract on Monday. {body} confirmed the deal. “{QUOTE},” the {head.lower()} said. "
            f"Later {firm} said more. “{QUOTE},” the company said.")
    assert _speakers(text) == [body, firm]  # the company: the trust is no company, so the firm is the only one


@FAST
@given(word, st.sampled_from(["Valley", "River", "Bay"]), st.sampled_from(["Power & Light", "Water Company"]))
def test_a_short_name_is_the_organisation_named_in_full(first: str, place: str, rest: str) -> None:
    """A short name that is no name of its own ("Golden Valley", which reads as a place); one that reads as a
    person's is read as one (docs/log/people.md, known limits)."""
    short = f"{first} {place}"
    full = f"{short} {rest}"
    text = f"{full} filed a report on Monday. {short} said in a statement that it had “{QUOTE}”."
    quotes = quotes_in("", text)
    assert [(q.speaker, q.name) for q in quotes] == [(short, full)]


def test_the_trials_frames() -> None:
    """The inputs of the City trial (tests/stories/takeover) and the wildfire and aftermath trials."""
    cases = {
        "“We will look at any transaction in the usual way,” a CMA spokesperson said.": "CMA",
        "“We do not comment on market rumours,” a Morgan Stanley spokesman said.": "Morgan Stanley",
        ("Hartley Rowe's board met. A spokesman for Hartley Rowe said: “The board has always said it will consider any "
         "proposal that reflects the value of the business.”"): "Hartley Rowe",
        ("Harbourline's chief executive, Owen Pritchard, spoke. Harbourline's shares fell 6 per cent on Tuesday. The "
         "company said in a statement that it had “the capital and the people” to handle the claims."): "Harbourline",
        ("Harbourline's chief executive spoke. “It looks well reinsured,” said Priya Nair, an analyst at Morland Hale."
         "\n\nHarbourline's shares fell 6 per cent on Tuesday. The company said in a statement that it had “the capital and the people” to handle the "
         "claims."): "Harbourline",
    }
    for text, name in cases.items():
        assert [q.name for q in quotes_in("", text)][-1] == name, text
    bellwether = ("Sen. Marcus Bellwether spoke on Monday. A spokesman for Bellwether said the senator “stands by "
                  "every word”.")
    assert [q.name for q in quotes_in("", bellwether)] == [None]


UNION_FORMS = ("{a} union", "{a} Workers' Union", "United {w} Workers", "{w} Federation", "{w} Guild")


@FAST
@given(acronym, word, st.sampled_from(["said-before", "said-after"]))
def test_a_name_then_the_noun_of_its_kind(short: str, name: str, order: str) -> None:
    """"The UTW union said: “…”", "the Brannock board said": the name before the noun is the speaker (a bus strike's
    trial, 2026-12-04); a public body's noun after a place's or a person's name ("the Lindmouth council") names none."""
    quote = "\u201cAny driver who takes these shifts will answer to us\u201d"
    for phrase, speaker in ((f"{short} union", short), (f"{name} board", name), (f"{short} agency", short),
                            (f"{name} council", None)):
        text = (f"The {phrase} said: {quote}." if order == "said-before" else f"{quote}, the {phrase} said.")
        assert quotes_in("", text)[-1].name == speaker, (text, quotes_in("", text))


@FAST
@given(acronym, word, st.sampled_from(UNION_FORMS))
def test_the_union_is_the_union_named_before(short: str, name: str, form: str) -> None:
    """"the union said" after "the United Transit Workers called a strike": a union's name ends in Union, Workers,
    Federation, Congress or Guild."""
    union = form.format(a=short, w=name)
    text = f"The {union} called a strike on Monday. \u201cWe will not back down,\u201d the union said."
    assert quotes_in("", text)[-1].name == union.removesuffix(" union"), quotes_in("", text)  # ("UTW union": UTW)


@FAST
@given(acronym)
def test_the_union_is_a_union_s_acronym(short: str) -> None:
    """"ALPU said … the union said" (an airline's collapse, a third trial): an acronym ending in U is a union's."""
    union = short + "U"
    assume(union.lower() not in _LISTED and union.lower() not in OUTLETS)
    text = f"{union} said on Monday its members would strike. \u201cWe have no choice,\u201d the union said."
    assert quotes_in("", text)[-1].name == union, quotes_in("", text)
