"""Unit tests of `compare_reports` (what each source adds) on small labelled values."""
from __future__ import annotations

import pytest

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.compare import compare_reports, split_sentences
from briefgen.analyse.sentences import ABBREVIATIONS

WSJ = ("Western governments are starting to treat China as a possible participant in talks. "
       "The State Department and the CIA are sceptical about early talks. "
       "A council spokesman denied any rift between agencies.")
MT = ("The newspaper said Western governments now see China as a participant in peace talks. "
      "Diplomats at the State Department and analysts at the CIA want to wait. "
      "The Kremlin showed no sign of interest.")


def test_sentences_split_at_end_marks_before_a_capital_digit_or_quote() -> None:
    text = 'He said "we will go." Then 3 ships left. "Good," she said! Is it? yes. U.S. officials'
    assert split_sentences(text) == ('He said "we will go."', "Then 3 ships left.", '"Good," she said!',
                                     "Is it? yes.", "U.S. officials")


def test_counterparts_additions_and_shared_passages() -> None:
    comparison = compare_reports([("wsj", WSJ), ("mt", MT)])
    wsj, mt = comparison.reports
    assert wsj.counterparts[0] == (("mt", 0),) and wsj.counterparts[1] == (("mt", 1),)
    assert wsj.adds == (2,) and mt.adds == (2,)
    assert comparison.shared == ((("wsj", 0), ("mt", 0)), (("wsj", 1), ("mt", 1)))


def test_one_report_adds_everything_and_shares_nothing() -> None:
    (only,) = compare_reports([("wsj", WSJ)]).reports
    assert only.adds == (0, 1, 2) and compare_reports([("wsj", WSJ)]).shared == ()


def test_a_single_shared_common_word_is_not_a_counterpart() -> None:
    comparison = compare_reports([("a", "China protested loudly."), ("b", "China grew fast.")])
    assert [r.adds for r in comparison.reports] == [(0,), (0,)]


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"'), ("„", "“"), ("«", "»")])
def test_a_quotation_of_several_sentences_is_one_sentence(opening: str, closing: str) -> None:
    """A trial's what-each-adds list showed `…said: “Nobody won everything.` and `The port is open.”`."""
    text = f"The mayor said: {opening}Nobody won everything. The port is open from six.{closing} Ships waited."
    assert split_sentences(text) == (
        f"The mayor said: {opening}Nobody won everything. The port is open from six.{closing}", "Ships waited.")


def test_a_block_end_is_a_sentence_end() -> None:
    """A list's lead-in ("Key points:") and its first item were one sentence in what each adds."""
    assert split_sentences("Key points:\n\nThe call lasted an hour.\n\nBackground") == (
        "Key points:", "The call lasted an hour.", "Background")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(sorted(ABBREVIATIONS)), st.sampled_from(["7", "Kuleba", "12 vote", "Smith"]),
       st.sampled_from(["The talks began.", "", "He left. "]))
@example("Oct", "7", "")
def test_an_abbreviations_period_ends_no_sentence(abbreviation: str, after: str, before: str) -> None:
    """A third trial's "What all reports say" showed "Ellen van der Meer, appointed after the Oct." and "7
    election, …" as two passages (tests/stories/aftermath/, e2-reuters-nrc-mediator); `sentences.py`'s rule,
    which the quotations use, never split there."""
    sentence = f"It was set after the {abbreviation}. {after} meeting of the council."
    assert split_sentences(f"{before} {sentence} Then it rained.".strip()) == tuple(
        filter(None, (before.strip(), sentence, "Then it rained.")))


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from(["The Courier said engineers at Fenmoor Water walked out over pay on Tuesday.",
                                 "Engineers at Fenmoor Water walked out on Tuesday in a row over pay.",
                                 "Fenmoor Water engineers began a two-day strike over pay.",
                                 "The utility said emergency cover was in place for customers.",
                                 "Customers were told that emergency cover was in place."]), min_size=1, max_size=5),
       st.lists(st.sampled_from(["Fenmoor Water engineers walked out over pay on Tuesday.",
                                 "Emergency cover was in place, the utility told customers.",
                                 "Talks will resume next week."]), min_size=1, max_size=3))
def test_a_sentence_stands_in_one_shared_passage_at_most(lead: list[str], other: list[str]) -> None:
    """Reported (a trial, 2026-12-04): "What all reports say" showed one report's sentence in two rows, beside two
    sentences of the lead that both matched it best."""
    comparison = compare_reports([("lead", " ".join(lead)), ("other", " ".join(other))])
    used = [row[1] for row in comparison.shared]
    assert len(used) == len(set(used)), comparison.shared
    for (_, i), (_, j) in comparison.shared:  # every row is a match
        assert ("other", j) in comparison.reports[0].counterparts[i]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["?", "!", "."]), st.sampled_from([("\u201c", "\u201d"), ('"', '"')]),
       st.sampled_from(["Rhys asked", "Dr Rosalind Fenwick told members", "Ms Kowal said", "Rowe asked"]),
       st.sampled_from(["The hall cheered.", "Then they left."]))
@example("?", ('"', '"'), "Rhys asked", "The hall cheered.")
def test_a_quotation_ending_with_its_own_mark_and_its_frame_are_one_sentence(mark: str, marks: tuple[str, str],
                                                                              frame: str, after: str) -> None:
    """Reported (a university trial, 2026-12-04): '"What good is a raise if half my department is gone next year?"
    Rhys asked.' was two sentences on the story page, "Rhys asked." one of them. A capitalised word after the
    quotation that opens no frame ("The Minister said nothing.") still starts a sentence."""
    quoted = f"{marks[0]}What good is a raise if half my department is gone{mark}{marks[1]} {frame}."
    assert split_sentences(f"He spoke. {quoted} {after}") == ("He spoke.", quoted, after)
    plain = f"{marks[0]}It is over{mark}{marks[1]}"
    assert split_sentences(f"{plain} The Minister said nothing. {after}") == (plain, "The Minister said nothing.", after)


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Bernard Achterberg", "Amira Saleh", "Rhys"]),
       st.sampled_from(["We have been arguing about four hundred homes while they planned six hundred",
                        "This council has been asked to pay for mistakes nobody told it about",
                        "If a rule can be bent this far there is no rule"]),
       st.booleans())
def test_a_quotation_only_one_report_has_is_what_it_adds(speaker: str, words: str, named_elsewhere: bool) -> None:
    """Reported (a university and a tram trial, 2026-12-04): a report's exclusive quotation was "no sentence of its
    own", matched on its frame and the story's words by another report's sentence. Quoted words are verbatim: a
    quotation whose words no counterpart holds is an addition — unless the counterpart names its speaker (then it
    is most likely a paraphrase of the same words, as the labelled set counts it)."""
    first = (f"Campaigners said residents of the Millbank campus had been misled about the homes plan. "
             f"\u201c{words},\u201d said {speaker} of the Millbank campus residents.")
    other = ("Residents of the Millbank campus say they were misled about the homes plan, "
             + (f"{speaker} told the council." if named_elsewhere else "campaigners told the council."))
    comparison = compare_reports([("a", first), ("b", other)])
    quoted = comparison.reports[0].sentences.index(next(s for s in comparison.reports[0].sentences if words in s))
    assert (quoted in comparison.reports[0].adds) == (not named_elsewhere), comparison.reports[0]


QUOTED_OR_NOT = ["Patients whose operations were postponed last week are being rebooked, the trust said.",
                 "\u201cNobody lost face today and patients gained certainty,\u201d he said of the rebooked patients.",
                 "\u201cEvery patient postponed last week will be rebooked,\u201d the trust said.",
                 "Gwen Tallis said the breakthrough on patients came late on Tuesday night.",
                 "The union suspended the strike after the trust guaranteed ward staffing.",
                 "Ward staffing was guaranteed by the trust, and the union suspended its strike."]


@settings(max_examples=examples(80), deadline=None)
@given(st.lists(st.sampled_from(QUOTED_OR_NOT), min_size=1, max_size=4, unique=True),
       st.lists(st.sampled_from(QUOTED_OR_NOT), min_size=1, max_size=4, unique=True),
       st.lists(st.sampled_from(QUOTED_OR_NOT), max_size=3, unique=True))
@example(["\u201cNobody lost face today and patients gained certainty,\u201d he said of the rebooked patients."],
         ["Patients whose operations were postponed last week are being rebooked, the trust said."], [])
def test_what_a_report_adds_stands_in_no_shared_row(first: list[str], second: list[str], third: list[str]) -> None:
    """Reported (a hospital trial, 2026-12-04): a quotation only one report has was listed among what its report adds
    and, at once, in "What both reports say" beside another report's unrelated sentence. The lead's sentence of a
    shared row and each other report's are among each other's counterparts, so none of them is an addition."""
    reports = [("a", " ".join(first)), ("b", " ".join(second))] + ([("c", " ".join(third))] if third else [])
    comparison = compare_reports(reports)
    by_slug = {report.slug: report for report in comparison.reports}
    for row in comparison.shared:
        for slug, index in row:
            assert index not in by_slug[slug].adds, (row, by_slug[slug])
        lead = row[0]
        for slug, index in row[1:]:
            assert lead in by_slug[slug].counterparts[index] and (slug, index) in by_slug["a"].counterparts[lead[1]]
