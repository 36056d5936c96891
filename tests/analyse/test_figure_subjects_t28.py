"""A percentage's move is compared only with a move of the same subject (analyse/figuresubjects.py; T28, 2026-12-07).

The tester's carmaker briefing showed "Shares in Daiwa fell 7% …" against "Tokyo shares fell 2.1 per cent" and
"Japan's Nikkei share average fell 2.1%" under "Where the reports differ": both were "%fell", whatever fell. A
breaker (BR50) then found the first form's subject, every content word to the clause's last comma, lost true
differences and kept false ones: `BR50` below.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import apart, contradict, figures
from support import madeup
from support.examples import examples

VERBS = ("fell", "rose", "dropped", "slid", "climbed", "jumped", "gained", "plunged", "fell by", "rose by nearly",
         "was down", "edged up", "tumbled", "surged")
# (first value, second value): never one value within rounding (figures.same_figure)
NAME = madeup.word.filter(lambda w: not w.endswith("s"))  # (a plural opening a sentence is no name: "Exports rose")
VALUES = st.sampled_from([("7", "2.1"), ("12", "4"), ("3.5", "9"), ("0.8", "5.6"), ("40", "15")])


def test_the_reported_story_shows_no_difference() -> None:
    reuters = ("Reuters", "Two more carmakers faked test data, a newspaper said. Daiwa said it was investigating. "
                          "Shares in Daiwa fell 7% and Kurose 5% in morning trade in Tokyo.")
    post = ("Harbour Post", "Tokyo shares fell 2.1 per cent on Wednesday, led by carmakers, as the test-data scandal "
                            "spread to Daiwa and Kurose. The Hang Seng index was little changed.")
    assert compare_reports([reuters, post]).differ == ()
    index = "Japan's Nikkei share average fell 2.1% in early trade."
    assert not contradict(figures(reuters[1].rsplit(". ", 1)[1]), figures(index))


@given(NAME, NAME, st.sampled_from(VERBS), VALUES, st.sampled_from(["Shares in {}", "{} shares",
                                                                                   "{}'s shares", "Shares of {}", "{}"]))
@settings(max_examples=examples(200), deadline=None)
def test_moves_of_two_subjects_never_differ_and_of_one_subject_do(first: str, second: str, verb: str,
                                                                  values: tuple[str, str], shape: str) -> None:
    mine = figures(f"{shape.format(first)} {verb} {values[0]}% in morning trade.")
    theirs = figures(f"{second} shares {verb} {values[1]} per cent on Wednesday.")
    if first != second:
        assert not contradict(mine, theirs)
        if verb.split()[0] not in ("was", "edged"):  # (a verb of no content word: "%" + the word before, as before)
            assert apart(mine, theirs)  # (nor one fact: two things that moved)
    elif verb.split()[0] not in ("was", "edged"):
        assert contradict(mine, theirs)  # ("Shares of Daiwa fell 7%" and "Daiwa shares fell 2.1 per cent")


@given(NAME, NAME, st.sampled_from(VERBS), st.sampled_from([("12", "21"), ("4.5", "45"), ("37", "73")]))
@settings(max_examples=examples(100), deadline=None)
def test_moves_of_two_subjects_are_no_slip_of_one_figure(first: str, second: str, verb: str,
                                                         values: tuple[str, str]) -> None:
    # (slips.py: digits swapped or tenfold are one figure miswritten, whatever the modifiers, but not two companies')
    reports = [(f"r{k}", f"Two more carmakers faked test data, a newspaper said. Shares in {name} {verb} {value}% in "
                         "morning trade in Tokyo after the report.") for k, (name, value) in enumerate(zip((first, second), values))]
    assert (compare_reports(reports).differ == ()) == (first != second)


@given(NAME, st.sampled_from(VERBS), VALUES)
@settings(max_examples=examples(100), deadline=None)
def test_the_market_and_one_company_never_differ(name: str, verb: str, values: tuple[str, str]) -> None:
    for market in ("Shares", "Stocks", "Its shares", "The benchmark index"):
        assert not contradict(figures(f"{market} {verb} {values[0]}% on Tuesday."),
                              figures(f"Shares in {name} {verb} {values[1]}% on Tuesday."))


def test_a_move_without_a_verb_of_movement_is_read_as_before() -> None:
    # (no subject is read: the units alone decide, as before T28)
    assert contradict(figures("Turnout was 61% in the first round."), figures("Turnout was 68% in the first round."))
    assert figures("A 40 per cent tariff applies.")[0].subject == ()


BR50 = [  # (first, second, differ): the breaker's cases, false differences first, then true ones the first form lost
    ("Toyota, the carmaker, fell 7% on Wednesday.", "Honda, the carmaker, fell 9% on Wednesday.", False),
    ("Shares in Toyota, which makes the Prius, fell 7%.", "Shares in Honda, which makes the Civic, fell 9%.", False),
    ("In France, inflation rose 3%.", "In Germany, inflation rose 4%.", False),
    ("Daiwa's shares fell 7%, the company said.", "Daiwa said its shares fell 9%.", True),
    ("Exports rose 5% in May.", "Officials said exports rose 7% in May.", True),
    ("Exports rose 5% in May.", "In May exports rose 7%.", True),
    ("Daiwa shares fell 7% on Wednesday.", "On Wednesday Daiwa shares fell 9%.", True),
    ("Daiwa shares fell 7% on Wednesday.", "Shares of carmaker Daiwa fell 9% on Wednesday.", True),
    ("Daiwa Motor shares fell 7%.", "Daiwa shares fell 9%.", True),
    ("Daiwa fell 7%.", "Daiwa Inc fell 9%.", True),
]


def test_the_breakers_cases() -> None:
    for first, second, differ in BR50:
        assert contradict(figures(first), figures(second)) == differ, (first, second)
    from briefgen.analyse.slips import slipped  # (digits swapped: one figure miswritten, of one subject)
    assert slipped(figures("Daiwa shares fell 12%.")[0], figures("Daiwa said its shares fell 21%.")[0])
