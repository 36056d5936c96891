"""What a story page shows of a comparison beyond its sentences (site/stories.comparison_view, 2026-12-05).

A trial's story pages (tests/stories/ferry, 2026-12-05) showed, under "What each report adds", a Q&A's answers cut into
bare sentences ("It has been tolerated.", "She tells me exactly what people think of me."); a live blog's "“We have one
good tide to do this,” he said." with no one named, the sentence naming the salvage master standing in a row and the
people stage having no speaker for it; and under "Where the reports differ" the wire story and its reprint as two pairs
of one difference. Rules:
- `answered`: the additions of one Q&A answer (compare.ReportSentences.answers) are one item, its label first ("Declan
  O’Rourke: Every day. My mother lives on Skerrin. …"), " … " where sentences of the answer shown elsewhere stand
  between; an answer whose additions say fewer than `MIN_ANSWER_WORDS` words besides its label ("Two things.") is
  not shown alone;
- `PageComparison.context`: for each addition that quotes someone it does not name — a bare quotation, a quotation
  framed by "he said"/"she told …", a sentence opening with "He", "She" or "They" — and whose sentence before is not
  brought along (it stands in a row or a difference), that sentence; the template shows it before the addition only
  when the people stage names no speaker for it (`stories.unnamed_speaker`);
- `merged_differences`: pairs of differences whose two sides are each the same words (a reprint of wire copy, its
  dateline aside) are one entry, each side's reports listed once, the first report's words shown;
- `PageComparison.reprinted` and `told` (2026-12-05): "Told by N of M reports" counts tellings, not copies. The ferry
  trial's grounding story said "Told by 2 of 5 reports" of each Reuters sentence that the Carrick Courier reprinted
  word for word (`via: Reuters`): one telling, printed twice. A report is a reprint of an earlier one when at least
  `REPRINT_SHARE` of its sentences shown on the page (in rows and among its additions), and at least `MIN_REPRINTED`,
  stand in rows beside that report's with the same words (its dateline aside); a `via:` alone is no reprint (Ferry &
  Port Week's `via: The Coast Record` re-tells the scoop in its own words: a telling of its own). A row counts the
  tellings in it of the story's tellings, reprints named apart ("Told by 1 of 4 reports, and 1 reprint"), as Ground
  News and Particle count a story's distinct reports apart from its outlets (issue 9).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Collection, Iterator, Mapping, Sequence

from briefgen.analyse.adds_answers import label_of
from briefgen.analyse.bylines import staff_spans
from briefgen.analyse.compare import Comparison
from briefgen.analyse.liveblog import courtesy
from briefgen.analyse.passages import LEAD_IN, question
from briefgen.load.datelines import CAPITAL, PLACE_CHAR, upper_place
from briefgen.load.editorasides import editor_aside
from briefgen.site.model import StoryComparison
from briefgen.site.page_evidence import named_evidence

MIN_ANSWER_WORDS = 4
REPRINT_SHARE = 0.5  # of a report's sentences on the page that are an earlier report's words, in rows beside them
MIN_REPRINTED = 2  # (a report of one sentence that shares it is no reprint: a shared lead's wording is common)
# A sentence that is a quotation and nothing else: the words of whoever the sentence before quoted ("“I understand the
# worry,” the mayor said. “I do not share the belief …”"). Shown alone among what a report adds, it had no speaker
# and its frame was nowhere on the page (a fifth trial, 2026-12-04).
BARE_QUOTATION = re.compile(r"[\u201c\u201e\u00ab\u00bb\"][^\u201c\u201d\u201e\u00ab\u00bb\"]*[\u201d\u201c\u00bb\u00ab\"]\.?")
# A sentence whose subject is a person's pronoun: "She said the breakthrough came late on Tuesday night." shown alone
# named nobody (a hospital trial, 2026-12-04).
PRONOUN_OPENING = re.compile(r"(?:He|She|They)\b")
# A quotation whose frame is a pronoun: "“We have one good tide to do this,” he said." / "…,” she told Isles FM."
_PRONOUN_FRAME = re.compile(r"[\u201d\"\u2019\u00bb]\s*(?:,\s*)?(?:he|she|they)\s+(?:said|says|told|tells|added|adds|"
                            r"asked|replied|explained|insisted|warned|went\s+on|continued|wrote)\b")
# A wire dateline: "PORT CARRICK, Scotland, Nov 2 (Reuters) - ", "HALVORSEN, Ore. (AP) — ", "BIAŁYSTOK (PAI) — ": its
# place in capitals of any alphabet (load/datelines.py; `_words` refuses one not all in capitals).
_DATELINE = re.compile(rf"(?P<place>{CAPITAL}(?:{PLACE_CHAR}| )+)(?:,[^()\n]{{1,40}})?\s*\([^)\n]{{1,30}}\)\s*[-\u2013\u2014]+\s*")
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PageComparison(StoryComparison):
    """A `StoryComparison` with, per report of `adds` (same order, same items), the sentence to show before each
    item when the page names no speaker for it, or "" (module docstring), and the names its reports write."""

    context: tuple[tuple[str, ...], ...] = ()
    names: tuple[tuple[str, int], ...] = ()  # the names the reports write, with how many write each (page_evidence)
    # (reprint slug, the slug of the report it reprints), as found on the page before the rows only a reprint and its
    # original tell became the original's additions (`own_rows`); None: found from the fields (`reprints`)
    reprint_of: tuple[tuple[str, str], ...] | None = None
    # per report of `adds` (same order), the words of its editor's asides ("[Editor: …]": `aside_words`), shown as the
    # editor's, not among what the report adds (FX42, 2026-12-07)
    asides: tuple[tuple[str, ...], ...] = ()

    def evidence(self, terms: Sequence[str]) -> tuple[str, ...]:
        """The grouping's evidence `terms` with the pieces of one name the reports share shown once, whole
        (page_evidence.named_evidence: "Nautical and Ferry Workers’ Union" for "Workers Union, Ferry Workers,
        Nautical")."""
        return named_evidence(terms, self.names)

    def reprinted(self) -> dict[str, str]:
        """Each report that reprints an earlier one (module docstring) → the slug of the report it reprints (of that
        one's original, when it is a reprint too); {} when none does."""
        if self.reprint_of is not None:
            return dict(self.reprint_of)
        return reprints([slug for slug, _ in self.adds], self.shared, self.some, {slug: len(a) for slug, a in self.adds})

    def tellings(self) -> int:
        """How many of the story's reports are tellings of their own: its reports less the reprints."""
        return len(self.adds) - len(self.reprinted())

    def told(self, row: Sequence[tuple[str, str]], reprinted: Mapping[str, str]) -> tuple[int, int, int]:
        """(tellings in `row`, reprints in it, the story's tellings): a row of (slug, sentence) counted with
        `reprinted` (`PageComparison.reprinted`): a reprint is no telling of its own."""
        return (sum(1 for slug, _ in row if slug not in reprinted), sum(1 for slug, _ in row if slug in reprinted),
                len(self.adds) - len(reprinted))


def aside_words(sentences: Sequence[str], indices: Sequence[int]) -> tuple[str, ...]:
    """The words of each editor's aside of a report (load/editorasides.py) without its label and brackets, in order:
    `indices` (compare.ReportSentences.asides) are its asides' sentences, those of one paragraph consecutive (two
    asides in consecutive paragraphs read as one)."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    words = (editor_aside(" ".join(sentences[i] for i in run)) for run in runs)
    return tuple(w for w in words if w)


def reprints(slugs: Sequence[str], shared: Sequence[Sequence[str]], some: Sequence[Sequence[tuple[str, str]]],
             added: Mapping[str, int]) -> dict[str, str]:
    """Reprint slug → the slug of the earlier report (in `slugs`' order) it reprints: of its sentences on the page —
    its cells of the `shared` rows (one sentence per report, in `slugs`' order) and of the `some` rows ((slug,
    sentence) each), and its `added` sentences (a count per slug) — at least REPRINT_SHARE, and MIN_REPRINTED, stand
    in rows beside that report's with the same words, a dateline aside (module docstring)."""
    rows = [tuple(zip(slugs, row)) for row in shared] + [tuple(row) for row in some]
    said = [{slug: _words(sentence) for slug, sentence in row} for row in rows]
    found: dict[str, str] = {}
    for j, copy in enumerate(slugs):
        total = sum(1 for row in said if copy in row) + added.get(copy, 0)
        best, most = "", 0
        for earlier in slugs[:j]:
            same = sum(1 for row in said if copy in row and row.get(earlier) == row[copy])
            if same > most:
                best, most = earlier, same
        if most >= MIN_REPRINTED and most >= REPRINT_SHARE * total:
            found[copy] = found.get(best, best)
    return found


def own_rows(comparison: Comparison, reprinted: Mapping[str, str]) -> Comparison:
    """`comparison` with each row that only one telling holds — an original and its reprints (`reprinted`: reprint
    slug → original slug), nobody else — taken out of the rows and its original's sentences made additions of the
    original. The ransomware trial's page (2026-12-05) listed four Reuters sentences under "What some of the reports
    say" as "Told by 1 of 4 reports, and 1 reprint": the Courier's word-for-word reprint beside them; a fact one
    telling gives is what that telling adds. Only in a story of three reports or more, where such a row would stand
    under "What some of the reports say" (a wire story and its reprint alone keep "What both reports say"); a
    sentence no report adds (a lead-in "Key points:", a question, a staff credit, a live blog's greeting) stays out."""
    if len(comparison.reports) < 3:
        return comparison
    alone = []
    for row in comparison.rows:
        told = {reprinted.get(slug, slug) for slug, _ in row}
        if len(told) == 1 and any(slug not in reprinted for slug, _ in row):
            alone.append(row)
    if not alone:
        return comparison
    added: dict[str, set[int]] = {}
    texts = {report.slug: report.sentences for report in comparison.reports}
    for row in alone:
        for slug, index in row:
            if slug not in reprinted and _addable(texts[slug][index]):
                added.setdefault(slug, set()).add(index)
    moved = set(alone)
    reports = tuple(replace(report, adds=tuple(sorted(set(report.adds) | added.get(report.slug, set()))))
                    for report in comparison.reports)
    return replace(comparison, reports=reports, rows=tuple(row for row in comparison.rows if row not in moved),
                   shared=tuple(row for row in comparison.shared
                                if not any(set(row) <= set(gone) for gone in moved)))


def _addable(sentence: str) -> bool:
    """Whether a sentence may be listed as what its report adds (compare.compare_reports' rule): no lead-in ending with
    a colon, question, staff credit (bylines.staff_spans) or live blog's greeting (liveblog.courtesy)."""
    spans = staff_spans(sentence) if "by" in sentence or "contributed" in sentence else ()
    staff = bool(spans) and spans[0][0] == 0 and spans[-1][1] >= len(sentence.rstrip(". "))
    return not (staff or courtesy(sentence) or LEAD_IN.fullmatch(sentence) or question(sentence))


def _words(sentence: str) -> tuple[str, ...]:
    """The words of a sentence, case folded, its wire dateline aside ("LONDON, Nov 2 (Reuters) - ")."""
    dateline = _DATELINE.search(sentence)
    if upper_place(dateline):
        sentence = sentence[:dateline.start()] + sentence[dateline.end():]
    return tuple(_WORDS.findall(sentence.casefold()))


def speakerless(sentence: str) -> bool:
    """Whether `sentence` quotes or tells of someone it does not name: a quotation and nothing else, a quotation
    framed by a pronoun ("…,” he said."), or a sentence opening with a person's pronoun."""
    return bool(BARE_QUOTATION.fullmatch(sentence.strip()) or PRONOUN_OPENING.match(sentence)
                or _PRONOUN_FRAME.search(sentence))


def answered(sentences: Sequence[str], items: Sequence[tuple[int, str]], answers: Sequence[int]
             ) -> Iterator[tuple[int, str]]:
    """`items` ((index of its sentence, text shown), in order) with the items of one Q&A answer as one, its label
    first (module docstring); an answer's item keeps its first sentence's index."""
    k = 0
    while k < len(items):
        index, text = items[k]
        number = answers[index] if index < len(answers) else 0
        if not number:
            yield index, text
            k += 1
            continue
        group = [items[k]]
        while k + len(group) < len(items) and answers[items[k + len(group)][0]] == number:
            group.append(items[k + len(group)])
        k += len(group)
        first = min(i for i, n in enumerate(answers) if n == number)
        label = label_of(sentences[first])
        parts = []
        for (i, shown), before in zip(group, [None, *group]):
            if before is None and i != first or before is not None and i != before[0] + 1:
                parts.append("\u2026")
            parts.append(shown[len(label) + 1:].strip() if i == first and label else shown)
        said = " ".join(parts)
        if len(_WORDS.findall(said)) >= MIN_ANSWER_WORDS:
            yield index, f"{label}: {said}" if label else said


def context_of(sentences: Sequence[str], items: Sequence[tuple[int, str]], shown: Collection[int]) -> tuple[str, ...]:
    """Per item ((index, text shown)), the sentence before it when the item is its sentence alone, quotes or tells of
    someone it does not name (`speakerless`) and that sentence is shown elsewhere on the page (`shown`: the indices
    of the report's sentences in a row or a difference), else ""."""
    return tuple(sentences[i - 1] if i > 0 and text == sentences[i] and i - 1 in shown
                 and speakerless(text) else "" for i, text in items)


def merged_differences(differ: Sequence[tuple[tuple[str, str], ...]]) -> tuple[tuple[tuple[str, str], ...], ...]:
    """`differ` (pairs of (slug, sentence)) with the pairs whose sides are each the same words one entry: the first
    side's reports, then the second's, each (slug, the first report's words) so that a template can list the reports
    of one side together (module docstring). Order: of each entry's first pair."""
    entries: dict[tuple[tuple[str, ...], ...], list[list[tuple[str, str]]]] = {}
    for pair in differ:
        key = tuple(_words(sentence) for _, sentence in pair)
        sides = entries.setdefault(key, [[] for _ in pair])
        for side, (slug, sentence) in zip(sides, pair):
            if slug not in (s for s, _ in side):
                side.append((slug, side[0][1] if side else sentence))
    return tuple(tuple(item for side in sides for item in side) for sides in entries.values())
