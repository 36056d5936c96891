"""A report the article calls wrong is no credit; one someone else disputes is (FX39, 2026-12-07;
analyse/credit_disowned.py, decided in docs/stories.md).

"CNN got the story wrong" and "CNN wrongly reported that …" credited no one, but "CNN reported, wrongly, that …", "a
report by CNN that was later retracted", "a since-retracted CNN report" and "contrary to what CNN reported" credited
CNN: one class read three ways.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE = ("Harbour Daily", "The Coast Record")
OUTLETS = ("CNN", "Reuters", "Bloomberg", "The New York Times", "Harbour Daily", "The Coast Record", "NPR")
ERRORS = ("wrongly", "falsely", "erroneously", "incorrectly", "mistakenly", "inaccurately")
GONE = ("retracted", "withdrawn", "deleted", "taken down", "debunked", "discredited")
DISOWNED = ("{o} reported, {e}, that the senator had resigned.", "{o} reported {e} that the senator had resigned.",
            "{o} {e} reported that the senator had resigned.",
            "The senator resigned, according to a report by {o} that was later {g}.",
            "The senator resigned, according to a report by {o}, which has since been {g}.",
            "A report by {o} that was subsequently {g} said the senator had resigned.",
            "The senator had not resigned, contrary to a report by {o}.",
            "The senator had not resigned, contrary to what {o} reported on Monday.",
            "Unlike what {o} reported, the senator had not resigned.", "{o} got the story wrong.")
KNOWN_DISOWNED = ("The senator resigned, according to a since-{g} {o} report.", "An erroneous {o} report said the "
                  "senator had resigned.", "The senator resigned, according to a {o} report that it later {g}.")
KEPT = ("The senator denied a report by {o} that she would resign.", "The ministry dismissed as false a report by {o} "
        "that the plant would close.", "The senator resigned, according to a report by {o} that was later corrected.",
        "The senator resigned, {o} reported on Monday.", "{o} reported that the ministry had withdrawn the licence.",
        "The plant closed, {o} reported. Workers were quickly withdrawn from the site.")
KNOWN_KEPT = ("The senator denied a {o} report that she would resign.",
              "The ministry said a {o} report that the plant would close was false.")


def _credited(text: str) -> set[str]:
    return {c.outlet for c in detect_credits(text, credit_finder(SITE))}


def test_the_reported_inputs() -> None:
    """The class, as the finding gave it: each disowned report credited its outlet before but "got the story wrong"."""
    assert _credited("CNN got the story wrong.") == set()
    assert _credited("The senator had not resigned, as the Post wrongly reported.") == set()
    assert _credited("CNN reported, wrongly, that the senator had resigned.") == set()
    assert _credited("A report by CNN that was later retracted said the senator had resigned.") == set()
    assert _credited("The senator denied a Reuters report that she would resign.") == {"Reuters"}


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(DISOWNED + KNOWN_DISOWNED), st.sampled_from(ERRORS),
       st.sampled_from(GONE))
def test_a_report_the_article_calls_wrong_credits_no_one(outlet: str, form: str, error: str, gone: str) -> None:
    """An adverb of error on its verb, the report retracted or debunked, an adjective of error, "contrary to"."""
    if form in KNOWN_DISOWNED and outlet.startswith("The "):
        outlet = outlet[4:]  # ("a New York Times report")
    text = form.format(o=outlet, e=error, g=gone)
    assert _credited(text[0].upper() + text[1:]) == set()


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(KEPT + KNOWN_KEPT))
def test_a_report_someone_else_disputes_still_credits_its_outlet(outlet: str, form: str) -> None:
    """A denial, a dismissal, a correction, news that is withdrawn: the report is re-told."""
    if form in KNOWN_KEPT and outlet.startswith("The "):
        outlet = outlet[4:]
    credited = _credited(form.format(o=outlet))
    assert credited == {outlet} or credited == {f"The {outlet}"}
