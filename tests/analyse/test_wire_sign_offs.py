"""The staff a wire report credits at its end are not people of the news (analyse/bylines.py).

The fifth trial (tests/stories/takeover/, the British business press) listed "Aditi Rao" and "Kirsten Donovan" on
its People page: a Reuters reporter and her editor, named in two sign-offs "(Reporting by Aditi Rao in Bengaluru;
Editing by Kirsten Donovan)". The kind: every credit word a sign-off opens with, AP's closing "… contributed to
this report." sentence, any names; a bracket or a sentence that only mentions reporting stays read.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.names import names_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
NEWS = "Catherine Okafor said the board would meet on Monday. Tom Baxter said the shares would rise."
CREDIT = st.sampled_from(["Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by",
                          "Reporting and writing by", "Further reporting by"])


def _people(text: str) -> set[str]:
    return {m.full for m in names_in("", text) if m.kind == "person"}


@FAST
@given(st.lists(st.tuples(CREDIT, person), min_size=1, max_size=3), st.sampled_from(["", " in London", " in Bengaluru"]))
def test_names_in_a_sign_off_are_no_ones(credits: list[tuple[str, str]], where: str) -> None:
    sign_off = "; ".join(f"{credit} {name}{where}" for credit, name in credits)
    assert _people(f"{NEWS}\n\n({sign_off})") == {"Catherine Okafor", "Tom Baxter"}


@FAST
@given(person, st.sampled_from(["Associated Press writer {p} in Boise contributed to this report.",
                                "Reuters' {p} contributed reporting.", "{p} contributed to this story."]))
def test_a_contributed_sentence_names_no_one(name: str, sentence: str) -> None:
    assert _people(f"{NEWS} {sentence.format(p=name)}") == {"Catherine Okafor", "Tom Baxter"}


@FAST
@given(person)
def test_a_bracket_or_a_sentence_about_reporting_is_read(name: str) -> None:
    """Only a bracket that opens with a credit is a sign-off; news about reporting names its people."""
    assert name in _people(f"{NEWS} The paper praised the reporting by {name} (pictured) on the takeover.")
    assert name in _people(f"{NEWS} The inquiry heard from {name} (a reporter for the paper).")


def test_the_trials_reuters_sign_off() -> None:
    text = ("If the approach is confirmed, British takeover rules would give the buyout firm 28 days to announce a "
            "firm offer or walk away.\n\n(Reporting by Aditi Rao in Bengaluru; Editing by Kirsten Donovan)")
    assert _people(text) == set()


@FAST
@given(st.lists(st.tuples(CREDIT, person), min_size=1, max_size=3))
def test_a_sign_off_is_not_what_a_report_adds(credits: list[tuple[str, str]]) -> None:
    """The fifth trial's story page gave Reuters' sign-off as what Reuters added (compare.compare_reports)."""
    sign_off = "(" + "; ".join(f"{credit} {name}" for credit, name in credits) + ")"
    lead = "Hartley Rowe rejected a takeover proposal from Fenwick Lisle worth 210p a share on Monday."
    comparison = compare_reports([("a", lead), ("b", f"{lead}\n\nShares rose 31 per cent.\n\n{sign_off}")])
    added = [comparison.reports[1].sentences[i] for i in comparison.reports[1].adds]
    assert added == ["Shares rose 31 per cent."]
