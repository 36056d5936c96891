"""The rows of a story's comparison (analyse/passages.py): only mutual counterparts share a row, and a sentence
in no row is what its report adds. A trial's four-report story (2026-12-04) showed a re-telling's "£42m" in one row
of "What all 4 reports say" with two reports' "£4.2m", beside the page's own "Where the reports differ"."""
from __future__ import annotations

from itertools import combinations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.compare import _staff, compare_reports
from briefgen.analyse.figures import contradict, figures

GAZETTE = ("A draft report by the council’s external auditors has found £4.2m of spending on building maintenance "
           "contracts that cannot be matched to any completed work, the Gazette can reveal.\n\nThe document, seen by "
           "this newspaper, was prepared by the accountancy firm Kerrow & Vane and is due to go before the council’s "
           "audit committee this month.\n\nIt also questions the savings the council expects from closing three "
           "primary schools, saying the £1.8m annual figure “does not allow for the cost of expanding receiving "
           "schools”.\n\nColin Ashdown, the Kerrow & Vane partner leading the audit, declined to comment on a draft. "
           "A spokesperson for Kerrow & Vane said: “Our work is ongoing and our findings are not final.”\n\nRuth "
           "Quayle, the council’s director of finance, said the money had “not gone missing” and that the paperwork "
           "was being traced.\n\nOpposition finance spokesperson Nadia Petrescu said the findings were alarming. “The "
           "council is asking parents to lose their schools while it cannot say where £4.2m went,” she said.")
STANDARD = ("Auditors examining Calderbridge City Council’s accounts have been unable to trace £4.2m paid out on "
            "repairs and upkeep of council buildings, according to the Calderbridge Gazette.\n\nThe local paper "
            "reported on Thursday that a draft prepared by Kerrow & Vane flags payments to maintenance contractors with "
            "no record of finished jobs. The same draft is said to cast doubt on how much the council would really "
            "save by shutting three primary schools in the east of the city.\n\nThe council has not disputed that the "
            "draft exists. Its finance director, Ruth Quayle, told the Gazette the sums were accounted for but poorly "
            "documented.\n\nCouncillor Nadia Petrescu, who leads on finance for the opposition group, called for the "
            "closure consultation to be paused. ‘Nobody should be asked to make a decision this big on numbers nobody "
            "trusts,’ Ms Petrescu said.\n\nKerrow & Vane said its findings were provisional.")
WIRE = ("A draft audit of Calderbridge City Council has found £42m of maintenance spending that cannot be linked to "
        "finished work, as first reported by the Calderbridge Gazette on Thursday.\n\nThe figure emerged as the council "
        "presses ahead with plans to close St Wenna’s, Millbrook and Foxhollow primary schools, which it says would "
        "save £1.8m a year.\n\nDesmond Okoro, the council leader, said he had asked for an urgent briefing from "
        "officers. “If there is a problem, we will find it and we will fix it,” Okoro said.\n\nThe audit committee "
        "meets on 16 March.")
REVIEW = ("Calderbridge’s external auditor has found £4.2m in maintenance payments it could not connect to completed "
          "work, the newspaper reported, in a draft that has yet to be seen by councillors.\n\nThe draft, by Kerrow & "
          "Vane, is expected to be discussed by the audit committee on 16 March. It reportedly also says the £1.8m "
          "saving attached to the closure of three primary schools may be overstated.\n\nThe council said it was "
          "cooperating fully with the auditors.")
MARCH = ("Around 600 people marched from Foxhollow to Calderbridge City Hall on Saturday morning to protest against "
         "the planned closure of three primary schools.\n\nChildren carried hand-painted banners, and the march paused "
         "outside each of the threatened schools before a rally on the steps of the council building.\n\nCampaign "
         "organiser Priya Ranganathan told the crowd that the council had “picked the wrong fight”.\n\nPolice said the "
         "event passed off peacefully.")
RALLY = ("Parents, pupils and grandparents filled the square in front of Calderbridge City Hall on Saturday for a "
         "rally against the council’s plan to shut St Wenna’s, Millbrook and Foxhollow.\n\nOrganisers put the turnout "
         "at 800 people; the police estimate was nearer 500.\n\n“We have done the sums and so has everyone in this "
         "square,” said Priya Ranganathan, who founded Save Calderbridge Schools in February.\n\nA spokesperson for "
         "Calderbridge City Council said the authority respected the right to protest and urged people to take part "
         "in the consultation.")


def check_rows(reports: list[tuple[str, str]]) -> None:
    """The properties every comparison has (docs/log/stories.md, "What each report adds")."""
    comparison = compare_reports(reports)
    sentences = {report.slug: report.sentences for report in comparison.reports}
    counterparts = {report.slug: report.counterparts for report in comparison.reports}
    seen: set[tuple[str, int]] = set()
    for row in comparison.rows:
        assert len({slug for slug, _ in row}) >= 2, row
        assert not seen & set(row), row  # a sentence stands in one row at most
        seen |= set(row)
        for (a, i), (b, j) in combinations(row, 2):
            if a != b:  # never two sentences whose figures differ
                assert not contradict(figures(sentences[a][i]), figures(sentences[b][j])), row
        for a, i in row:  # each a counterpart of one sentence of another report there at least (passages.rows)
            assert any(b != a and (b, j) in counterparts[a][i] for b, j in row), (row, comparison)
    differing = {label for pair in comparison.differ for label in pair}
    for report in comparison.reports:
        for i, sentence in enumerate(report.sentences):  # in a row or added (but a staff credit), never both
            placed = ((report.slug, i) in seen) + (i in report.adds)
            # (a sentence that differs from another report's is no addition: compare.py, 2026-12-05; nor one with a
            # counterpart, which stands in a row unless its counterparts are in none: a quotation only they hold)
            assert placed == 1 or (placed == 0 and (_staff(sentence) or (report.slug, i) in differing or (
                report.counterparts[i] and not seen & set(report.counterparts[i])))), (report, seen)
            assert not (i in report.adds and report.counterparts[i]), report
            assert not ((report.slug, i) in differing and i in report.adds), (report, comparison.differ)
    for row in comparison.shared:
        assert [slug for slug, _ in row] == [slug for slug, _ in reports] and set(row) <= seen


def test_a_figure_that_contradicts_stands_in_no_row_with_it() -> None:
    """The trial's story: the £42m and the £4.2m are in no row together; the Standard's quotation, which only it
    has, is what it adds (its ‘…’ opened no sentence, and the sentence before matched another on a name)."""
    reports = [("gazette", GAZETTE), ("standard", STANDARD), ("wire", WIRE), ("review", REVIEW)]
    comparison = compare_reports(reports)
    check_rows(reports)
    text = {report.slug: report.sentences for report in comparison.reports}
    for row in comparison.rows:
        written = " ".join(text[slug][i] for slug, i in row)
        assert not ("£42m" in written and "£4.2m" in written), row
    standard = comparison.reports[1]
    assert any(standard.sentences[i].startswith("‘Nobody should be asked") for i in standard.adds), standard
    assert (("gazette", 0), ("wire", 0)) in comparison.differ


def test_a_short_sentence_of_common_words_takes_no_row_from_the_sentence_telling_the_fact() -> None:
    """A trial's march story paired the council's "A spokesperson … the right to protest …" with "Around 600 people
    marched … to Calderbridge City Hall on Saturday …" (overlap 0.284 over the rally sentence's 0.276)."""
    comparison = compare_reports([("radio", MARCH), ("post", RALLY)])
    assert comparison.shared[0] == (("radio", 0), ("post", 0)), comparison.shared
    # (the council's statement shares "protest" with the march, a word of two sentences of the story: a counterpart,
    # so no addition since 2026-12-05; it stands in the march's row after the rally's sentence, never in its place)
    assert 3 not in comparison.reports[1].adds or not comparison.reports[1].counterparts[3], comparison.reports[1]


POOL = ["The audit found £4.2m of maintenance spending with no record of work.",
        "The audit found £42m of maintenance spending with no record of work.",
        "Auditors could not trace £4.2m of maintenance spending, the Gazette said.",
        "Auditors could not trace £4,200,000 of maintenance spending.",
        "The council has not disputed that the draft audit exists.",
        "The audit committee meets on 16 March to discuss the draft audit.",
        "Kerrow & Vane said the audit findings were provisional.",
        "Kerrow & Vane prepared the draft audit for the committee.",
        "Nadia Petrescu called for the closure consultation to be paused.",
        "“Nobody should be asked to decide on numbers nobody trusts,” Nadia Petrescu said.",
        "Closing three primary schools would save £1.8m a year, the council says.",
        "Closing three primary schools would save £18m a year, the council says.",
        "(Reporting by Ana Lind; Editing by Tom Fenn)"]


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.lists(st.sampled_from(POOL), min_size=1, max_size=5, unique=True), min_size=2, max_size=4))
@example([[POOL[0], POOL[4]], [POOL[2], POOL[4]], [POOL[1], POOL[5]], [POOL[3]]])
def test_rows_hold_mutual_counterparts_and_every_other_sentence_is_added(texts: list[list[str]]) -> None:
    check_rows([(f"r{k}", "\n\n".join(sentences)) for k, sentences in enumerate(texts)])
