"""BR31's breaks of this session's credit rules (FX46, 2026-12-07).

1. A bracket's lower-case agency short name ("Deutsche Presse-Agentur (dpa)") credited the agency with "Ireland's DPA
   said" and "according to the DPA" (a data-protection authority): such a name credits only as written
   (initialcredits.misread_initials).
5. "Reuters said it would close the embassy, citing two officials." credited no one (credit_ownacts: "it" + an act
   read as the outlet's own): a trailing ", citing …" a source marks reporting.
6. "Reuters reported record profits for the airline" (another's result: "for/at/by/of/in the <noun>") credited no one.
10b. "Reuters' Breakingviews said the deal was too expensive." credited no one (programmes.py read only "X's").
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

DPA = "Deutsche Presse-Agentur (dpa)"
SITE = (DPA, "Harbour Daily")


def _credited(text: str, site: tuple[str, ...] = SITE) -> set[str]:
    return {c.outlet for c in detect_credits(text, credit_finder(site))}


def test_the_reported_inputs() -> None:
    """Each was wrong at the session's start or after this session's rules."""
    assert _credited("Ireland's DPA said it would fine Meta 1.2 billion euros.") == set()
    assert _credited("Meta breached the rules, according to the DPA.") == set()
    assert _credited("Reuters said it would close the embassy, citing two officials.") == {"Reuters"}
    assert _credited("CNN said it had fired its chief executive, citing people familiar with the matter.") == {"CNN"}
    assert _credited("Reuters reported record profits for the airline, citing a filing.") == {"Reuters"}
    assert _credited("Bloomberg reported a net loss of $30 million at the carmaker") == {"Bloomberg"}
    assert _credited("Reuters reported a profit warning by the carmaker.") == {"Reuters"}
    assert _credited("Reuters reported a quarterly profit of $50 million for the company.") == {"Reuters"}
    assert _credited("Reuters' Breakingviews said the deal was too expensive.") == {"Reuters"}


CASED = ("DPA", "Dpa")
FORMS = ("Ireland's {s} said it would fine Meta.", "Meta breached the rules, according to the {s}.",
         "{s} reported that the chancellor resigned.", "The chancellor resigned, {s} said.", "told the {s} on Monday",
         "The regulator, the {s}, said Meta broke the rules.")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(CASED), st.sampled_from(FORMS))
def test_a_lower_case_short_name_credits_only_as_written(written: str, form: str) -> None:
    """"dpa" in another case names another body (Ireland's DPA): no credit of the agency; as written it credits."""
    assert DPA not in _credited(form.format(s=written))
    if "{s} said it would" not in form and "the {s}" not in form:
        assert DPA in _credited(form.format(s="dpa"))


@settings(max_examples=examples(20), deadline=None)
@given(st.sampled_from(("BERLIN (dpa) — The chancellor resigned.", "dpa reported that the chancellor resigned.",
                        "According to dpa, the chancellor resigned.", "The chancellor resigned, the agency dpa reported.",
                        "The Deutsche Presse-Agentur reported that the chancellor resigned.",
                        "The chancellor resigned, the German news agency DPA reported.")))
def test_the_agency_as_written_still_credits(text: str) -> None:
    """FX39's forms: the dateline, the frames, the long name; another case after an outlet's descriptor."""
    assert _credited(text) == {DPA}


OUTLETS = ("Reuters", "CNN", "Bloomberg", "NPR", "The Washington Post")
ACTS = ("would close the embassy", "had fired its chief executive", "would cut 500 jobs", "plans to sell the unit",
        "would appeal the ruling")
SOURCES = ("two officials", "people familiar with the matter", "a filing", "a statement from the ministry",
           "sources close to the company", "the Interior Ministry", "a police spokesman", "documents it had seen")
REASONS = ("falling revenue", "security concerns", "rising costs", "financial pressures")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(ACTS), st.sampled_from(SOURCES), st.sampled_from(("citing", "quoting")),
       st.sampled_from(("", " on Monday")))
def test_an_act_said_citing_a_source_is_reported_news(outlet: str, act: str, source: str, verb: str, lead: str) -> None:
    """"X said it would …, citing two officials": X reports; credit."""
    name = outlet if outlet != "The Washington Post" else "The Washington Post"
    assert name in _credited(f"{outlet} said{lead} it {act}, {verb} {source}.")


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(ACTS), st.sampled_from(REASONS))
def test_an_act_said_citing_a_reason_is_the_outlets_own(outlet: str, act: str, reason: str) -> None:
    """"NPR said it would cut 500 jobs, citing falling revenue": the outlet's own act (FX39), no credit."""
    assert outlet not in _credited(f"{outlet} said it {act}, citing {reason}.")


RESULTS = ("record profits", "a net loss of $30 million", "a net loss of $30.5 million", "a profit warning",
           "a quarterly profit of $50 million", "higher earnings", "a first-half loss")
OWNERS = ("for the airline", "at the carmaker", "by the company", "of the bank", "in the group", "at Ford",
          "for Tata Steel")
TIMES = ("for the first time", "in the third quarter", "for the year", "in the first half", "")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(RESULTS), st.sampled_from(OWNERS), st.sampled_from(("", ", citing a filing")))
def test_anothers_result_is_reported_news(outlet: str, result: str, owner: str, tail: str) -> None:
    """"X reported a loss at the carmaker (at Ford)": another's result, a credit."""
    assert outlet in _credited(f"{outlet} reported {result} {owner}{tail}.")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(RESULTS), st.sampled_from(TIMES))
def test_an_outlets_own_result_in_a_time_is_no_credit(outlet: str, result: str, when: str) -> None:
    """"The Washington Post reported a quarterly profit for the first time": its own result (FX39), no credit."""
    if result == "a profit warning" and when:
        return
    assert outlet not in _credited(f"{outlet} reported {result}{' ' + when if when else ''}.")


COLUMN_OWNERS = (("Reuters", "Reuters"), ("The Financial Times", "Financial Times"), ("Bloomberg", "Bloomberg"),
                 ("The New York Times", "The New York Times"))
COLUMNS = ("Breakingviews", "Lex column", "DealBook", "Heard on the Street")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(COLUMN_OWNERS), st.sampled_from(COLUMNS), st.sampled_from(("said", "wrote", "reported")),
       st.sampled_from(("'", "\u2019", "'s", "\u2019s")))
def test_a_column_after_either_possessive_credits_its_outlet(owner: tuple[str, str], column: str, verb: str,
                                                             mark: str) -> None:
    """"Reuters' Breakingviews said", "The Financial Times's Lex column wrote": the outlet's (programmes.py)."""
    written, outlet = owner
    if mark in ("'", "\u2019") and not written.endswith("s"):
        mark += "s"
    assert _credited(f"{written}{mark} {column} {verb} the deal was too expensive.") == {outlet}


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(("Reuters' Jane Doe", "The BBC's Lyse Doucet", "The Times' Tom Reed", "Reuters' chief executive")),
       st.sampled_from(("said the talks had failed.", "said it was over.")))
def test_a_correspondent_who_says_is_no_credit(speaker: str, rest: str) -> None:
    """A person after the possessive who says (no reporting verb, no column): no credit, as before."""
    assert _credited(f"{speaker} {rest}") == set()
