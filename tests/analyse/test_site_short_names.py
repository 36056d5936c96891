"""A site outlet called by its short name is credited: "told the Echo", "The Echo reported", "he told the paper"
(analyse/credits.py, analyse/shortnames.py).

The reported input (a trial of a city's school closures, 2026-12-04): with the site's "Calderbridge Echo" and
"Calderbridge Gazette", "told the Gazette" was a credit ("Gazette" is an outlet word) and "told the Echo", "The Echo
reported" and "he told the paper" were none, so Valley Radio's re-telling of the Echo's interview got no re-telling
notice. The kind: any distinctive last word(s) of a site outlet's name, after "the", in each credit form; the
outlet named before wins when two outlets' names end so, and none is meant when none is named.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

PLACES = st.sampled_from(["Calderbridge", "Northfold", "Kestrel Bay", "Harbourside", "Eastfield"])
# words that are no outlet word (credits._OUTLET_WORDS) and end no well-known outlet's name
WORDS = st.sampled_from(["Echo", "Clarion", "Sentinel", "Mercury", "Argus", "Beacon", "Star", "Standard", "Wire",
                         "Voice", "Review", "Evening Echo", "Weekly Clarion"])
FORMS = st.sampled_from([
    "Desmond Okoro told the {w} that the audit changed nothing.",
    "The {w} reported that Okoro had offered a meeting.",
    "Okoro had offered a meeting, the {w} reported.",
    "Okoro had offered a meeting, according to the {w}.",
    "The {w} said on Monday that Okoro had offered a meeting.",
    "In an interview with the {w}, Okoro ruled out a pause.",
    "Okoro, speaking to the {w}, ruled out a pause.",
    "Okoro confirmed to the {w} that he had offered a meeting.", "Speaking to the {w}, Okoro ruled out a pause."])
OTHERS = ("Valley Radio News", "Teachers' Bulletin", "Reuters")


@settings(max_examples=examples(150), deadline=None)
@given(PLACES, PLACES, WORDS, FORMS)
def test_a_site_outlet_s_short_name_is_the_outlet(place: str, other: str, word: str, form: str) -> None:
    site = f"{place} {word}"
    text = form.format(w=word)
    found = [c.outlet for c in detect_credits(text, credit_finder((site, f"{other} Gazette", *OTHERS)))]
    assert found == [site], (text, found)
    if other != place:  # two outlets so named: the one named before, else neither
        two = credit_finder((site, f"{other} {word}", *OTHERS))
        assert [c.outlet for c in detect_credits(text, two)] == [], text
        named = f"The {other} {word} ran a long interview with him. {text}"
        assert [c.outlet for c in detect_credits(named, two)][-1] == f"{other} {word}", named


@settings(max_examples=examples(60), deadline=None)
@given(PLACES, WORDS, st.sampled_from(["paper", "newspaper", "local paper", "weekly", "broadcaster"]),
       st.sampled_from(["told", "spoke to", "in an interview with"]))
def test_he_told_the_paper_is_the_outlet_named_before(place: str, word: str, noun: str, verb: str) -> None:
    site = f"{place} {word}"
    text = f'Okoro told the {word} that the audit was separate. "It changes nothing," he said {verb} the {noun}.'
    text = text.replace("he said told", "he told").replace("he said spoke", "he spoke")
    assert {c.outlet for c in detect_credits(text, credit_finder((site, *OTHERS)))} == {site}, text


def test_what_is_no_short_name() -> None:
    finder = credit_finder(("Calderbridge Echo", "Valley Radio News", "Calderbridge Live", "Northfold Evening Post"))
    for text in ("He told Radio 4 that he would stay.", "He told Echo that he would stay.",  # no "the"
                 "He told the agency that he would stay.", "He told the inquiry that he would stay.",
                 "She told the paper that he would stay.",  # no outlet named: nothing to stand for
                 "She told the Post that he would stay."):  # The Washington Post, or the Evening Post?
        assert detect_credits(text, finder) == (), text
    assert [c.outlet for c in detect_credits("He told the Evening Post so.", finder)] == ["Northfold Evening Post"]


def test_the_reported_credits() -> None:
    finder = credit_finder(("Calderbridge Gazette", "Calderbridge Echo", "Valley Radio News", "Calderbridge Live"))
    radio = ("Desmond Okoro told the Echo that the leaked findings, which concern maintenance spending, had no bearing "
             'on falling pupil numbers. "It does not change how many children are born in this city," he told the '
             "paper.")
    assert [(c.outlet, c.cue) for c in detect_credits(radio, finder)] == [
        ("Calderbridge Echo", "told the Echo"), ("Calderbridge Echo", "told the paper")]
    gazette = "Mr Okoro, speaking to the Echo, said so.\n\nThe Echo reported that Mr Okoro had offered to meet."
    assert [c.outlet for c in detect_credits(gazette, finder)] == ["Calderbridge Echo"] * 2
