"""Every sentence of a story's reports is shown: in a row, under "Where the reports differ", or as what its report adds
(analyse/passages.rows, compare.py). A trial (2026-12-05): the counterpart relation is one-way where a sentence quotes
words no other report quotes (compare._own_quote keeps such a sentence's counterparts from it, not its counterparts'
from them), so the memo's budget figure that all three reports gave, and the department's "the numbers were never
final", stood in no row and, having counterparts, were no addition: shown nowhere on the page."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from analyse.test_told_elsewhere import WORDS, _sentence
from briefgen.analyse.compare import LEAD_IN, _staff, compare_reports, courtesy
from briefgen.analyse.passages import question


def _shown_nowhere(reports: list[tuple[str, str]]) -> list[tuple[str, int, str]]:
    comparison = compare_reports(reports)
    in_rows = {label for row in comparison.rows for label in row}
    differing = {label for pair in comparison.differ for label in pair}
    return [(report.slug, i, sentence) for report in comparison.reports for i, sentence in enumerate(report.sentences)
            if (report.slug, i) not in in_rows and (report.slug, i) not in differing and i not in report.adds
            and not (_staff(sentence) or courtesy(sentence) or LEAD_IN.fullmatch(sentence) or question(sentence))]


@st.composite
def quoting_stories(draw):  # type: ignore[no-untyped-def]
    """2-4 reports telling shared facts in other word orders; in some, a fact's sentence also quotes words of its own
    (which only that report quotes: a one-way counterpart); plus own sentences."""
    n = draw(st.integers(2, 4))
    pool = draw(st.permutations(WORDS))
    used = 0
    reports: list[list[str]] = [[] for _ in range(n)]
    for _ in range(draw(st.integers(1, 3))):  # (at most 18 words of the pool, and 4 × 2 × 4 more below)
        words, used = pool[used:used + 6], used + 6
        for r in draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=n, unique=True)):
            sentence = _sentence(draw(st.permutations(words)), ["the", "of", "and", "was", "in", "said"])
            if draw(st.booleans()):
                quoted = [f"{word}ery" for word in draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=3))]
                sentence = f'{sentence[:-1]}, and "{" ".join(quoted)}".'
            reports[r].append(sentence)
    for r in range(n):
        for _ in range(draw(st.integers(0, 2))):
            own, used = pool[used:used + 4], used + 4
            reports[r].append(_sentence(list(own), ["said", "the", "of"]))
        reports[r] = draw(st.permutations(reports[r]))
    return [(f"r{k}", "\n\n".join(report)) for k, report in enumerate(reports)]


MEMO = ("The government cut the money for food hygiene inspections in the region by almost a third last year, "
        "according to an internal memo seen by the Kelsey Echo.\n\nThe internal note, written for the food minister in "
        "May, says the regional inspection budget would fall from £3.1m to £2.2m and that \"routine revisits will no "
        "longer be possible in most cases\".\n\nThe minister's department said the figures in the memo were a draft.")
RETOLD = ("The minister is facing calls to explain the cuts.\n\nA briefing note prepared for the minister shows "
          "inspection money falling by £900,000, to £2.2m, the Kelsey Echo reported on Friday.\n\nA spokesman for the "
          "department said: \"Spending on food safety is kept under review and the memo's figures were a draft.\"")
LEDGER = ("Union leaders representing food safety staff have seized on papers showing that the inspection budget for "
          "the region shrank from £3.1m to £2.2m.\n\nThe department has insisted the numbers were never final.")


@settings(max_examples=examples(300), deadline=None)
@given(quoting_stories())
@example([("echo", MEMO), ("post", RETOLD), ("ledger", LEDGER)])
def test_every_sentence_is_shown_somewhere(reports: list[tuple[str, str]]) -> None:
    assert _shown_nowhere(reports) == [], compare_reports(reports)
