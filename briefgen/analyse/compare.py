"""What each source adds: the reports of one story compared sentence by sentence.

Takes (slug, plain text) for each article of a story, lead first; gives a `Comparison`:
for every report its sentences, each with its counterparts in the other reports
(sentences that report the same fact, in other words too), the rows of sentences that are
counterparts of each other (passages.py), the sentences in no row (what that source adds),
and the rows every report has, in the first report's order.

Method. Sentences are split by the rule in tests/stories/eval/adds.yaml (a sentence
ends at . ! or ? — a closing quotation mark may follow — before white space and a
capital, a digit or an opening quotation mark; not at a period `sentences.period_ends` reads as an abbreviation's
or an initial's: "Oct.", "Mr.", "John F. Kennedy", "S.K. Verma", since 2026-12-06). Each sentence is a set of content terms
(`terms.py`: stopwords out, plurals and spellings folded). Two sentences of different
reports match when their weighted overlap coefficient (Σ idf of shared terms ÷ the
smaller sentence's Σ idf) is at least MATCH_MIN and they share at least MIN_SHARED
terms; idf is computed over the story's own sentences, so a word that every sentence
repeats (the story's main name) counts little and a specific one ("Pivdennyi") much.
Word overlap of this kind finds paraphrases that keep the facts' words (names, numbers,
key nouns) and misses those that change every word; its accuracy on the labelled
sentences is in docs/stories.md. A pair must share a term that is not one of the story's common words
(commonwords.py: in more sentences than there are reports, or in a name with such a word), and MIN_SHARED terms
besides the words that describe a sentence's speaker ("Captain Ruth Okafor, Port Carrick's harbour master, called
for …": adds_frames.described, since 2026-12-05).
"""
from __future__ import annotations

import math
from bisect import bisect_left
import re
from collections import Counter
from itertools import chain
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from briefgen.analyse.adds_answers import interview_parts
from briefgen.analyse.adds_boilerplate import boilerplate, editor_asides, said_nothing
from briefgen.analyse.adds_signoff import sign_offs, signed_off
from briefgen.analyse.adds_sharedwords import PARTS_OF_DAY, name_or_noun, name_words
from briefgen.analyse.adds_frames import described, outside_frames, own_quote as _own_quote, sentence_terms
from briefgen.analyse.adds_quotedwords import SaidApart
from briefgen.analyse.bylines import staff_spans
from briefgen.analyse.commonwords import common_terms
from briefgen.analyse.figures import Figure, apart, contradict
from briefgen.analyse.figurereads import ReadFigures, report_figures  # (the figures the slips ask for, read then)
from briefgen.analyse.figurewords import figures_read
from briefgen.analyse.liveblog import courtesy
from briefgen.analyse.passages import LEAD_IN, balance, mutual, question, rows
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.quotemarks import has_marks, pair_marks, quotations
from briefgen.analyse.sentences import CAPITAL_OR_DIGIT, capital_next, period_ends
from briefgen.analyse.slips import headline_slips, slips
from briefgen.analyse.terms import MAX_CHARS, function_terms, language_of, term_of, word_bytes
from briefgen.analyse.wholefigures import part_of_whole
from briefgen.analyse.withdrawnfigures import withdrawn_figures
from briefgen.analyse.wordings import worded

MATCH_MIN = 0.2  # tuned on the tune stories of adds.yaml (docs/stories.md)
MIN_SHARED = 2  # compare_reports' search for candidates (bit masks `once`, `twice`) counts to two
# The end mark is matched, not looked behind for: a pattern opening with a character set is scanned in C, faster.
_CLOSING = '"\u201d\u201c\u00bb\u00ab'  # ” and, in „…“ and «…» (»…«) styles, “ » «
_SENTENCE_END = re.compile(rf'[.!?][{_CLOSING}]?\s+(?=["\u201c\u201e\u00ab\u00bb]|(?P<capital>{CAPITAL_OR_DIGIT}))')  # (É, Ł: capital_next)
# A frame after a quotation ending with its own "?", "!" or ".": the sentence goes on ("“What good is a raise?” Rhys asked.")
_FRAME_AFTER = re.compile(r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|There)\s)"
                          rf"(?:{CAPITAL}[\w\u2019'.-]*\s+){{1,4}}(?:said|says|asked|asks|added|adds|told|replied|"
                          r"explained|insisted|wrote|warned|argued)\b")
# After "." inside the marks, a verb with a clause of its own opens a sentence ("… seated.” Daniel Roper said the …")
_CLAUSE = re.compile(r"\s+(?:that|the|a|an|his|her|their|its|our|he|she|they|we|it|I)\s(?!(?:next |following |same |"
                     r"previous )?(?:day|morning|afternoon|evening|night|week|weekend|month|year|time)\b)")


@dataclass(frozen=True, slots=True)
class ReportSentences:
    slug: str
    sentences: tuple[str, ...]
    counterparts: tuple[tuple[tuple[str, int], ...], ...]  # per sentence: (slug, sentence index) in other reports
    adds: tuple[int, ...]  # indices of the sentences in no row (Comparison.rows) and no difference (Comparison.differ), less staff credits and a live blog's greetings: what it adds
    answers: tuple[int, ...] = ()  # per sentence, the number (from 1) of the Q&A answer it is in, else 0 (adds_answers.py)
    asides: tuple[int, ...] = ()  # indices of the sentences of its editor's asides ("[Editor: …]": adds_boilerplate.py)


@dataclass(frozen=True, slots=True)
class Comparison:
    reports: tuple[ReportSentences, ...]  # in the order given
    shared: tuple[tuple[tuple[str, int], ...], ...]  # passages all reports share: one (slug, index) per report
    differ: tuple[tuple[tuple[str, int], tuple[str, int]], ...] = ()  # one fact with contradicting figures (figures.py)
    # Every row (passages.rows): sentences of two reports or more that are counterparts of each other, as (slug,
    # index) in report order, a report's several sentences in text order; `shared` gives each row of every report by
    # its first sentence of each. A sentence in no row is what its report adds (`ReportSentences.adds`).
    rows: tuple[tuple[tuple[str, int], ...], ...] = ()
    # Headlines whose figures differ ("£1.7m" and "£17m funding cut": `slips.headline_slips`), as ((slug, headline),
    # (slug, headline)), the earlier report's first; only when compare_reports was given the headlines
    headlines: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = ()


def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of a plain text (module docstring); a closing quotation mark stays with its sentence,
    and a quotation of several sentences is not split (its halves would show unbalanced marks).
    A blank line (a block's end: `load.markup.plain_blocks`) always ends a sentence."""
    if "\n\n" in text:
        return tuple(sentence for block in text.split("\n\n") for sentence in split_sentences(block))
    parts: list[str] = []
    start = 0
    paired = pair_marks(text)  # every convention read as “…” (quotemarks._CLOSERS)
    inside = quotations(paired) if has_marks(paired) else ()
    # Ends are found in the paired text, so a quotation in ‘…’ opens a sentence as one in “…” does (a trial: the
    # Standard's "… called for the consultation to be paused. ‘Nobody should be asked …,’ Ms Petrescu said." was one
    # sentence, matched to another report's on her name, and its quotation was shown nowhere)
    marked = paired if len(paired) == len(text) else text
    for match in _SENTENCE_END.finditer(marked):
        end = match.start() + (2 if marked[match.start() + 1] in _CLOSING else 1)
        if not capital_next(match) or inside and any(s < end <= e for s, e in inside):
            continue
        if end > match.start() + 1 and (frame := _FRAME_AFTER.match(marked, match.end())) and (marked[match.start()] != "."
                or frame.group().endswith(("told", "asked", "asks")) or not _CLAUSE.match(marked, frame.end())):
            continue  # (the quotation's own mark, then its frame: after a full stop, not a verb with a clause)
        if text[match.start()] == "." and not period_ends(text, match.start()):
            continue  # "the Oct. 7 election", "said John F. Kennedy", "S.K. Verma" (T15, T16): sentences.period_ends
        parts.append(text[start:end].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return signed_off(tuple(p for p in parts if p))  # (a writer's sign-off: adds_signoff.py)


def _staff(sentence: str) -> bool:
    """Whether a sentence is a report's staff credit ("(Reporting by …; Editing by …)", "… contributed to this
    report.": bylines.py), which adds nothing to the story (the fifth trial's story page gave a Reuters sign-off as
    what Reuters added)."""
    spans = staff_spans(sentence) if "by" in sentence or "contributed" in sentence else ()
    return bool(spans) and spans[0][0] == 0 and spans[-1][1] >= len(sentence.rstrip(". "))


_SEPARATOR = "\ue000"  # a private-use character, which `word_bytes` keeps as a word of its own


def terms_of(sentences: Sequence[str]) -> dict[str, frozenset[str]]:
    """`sentence_terms` of each distinct sentence. `word_bytes` changes nothing across white space,
    so it is called once on the sentences joined by a separator word (a call per sentence was
    most of the cost) and its result is split at the separators."""
    distinct = list(dict.fromkeys(sentences))
    joined = f" {_SEPARATOR} ".join(distinct)
    if joined.count(_SEPARATOR) != len(distinct) - 1:  # a sentence holds the separator itself
        return {s: sentence_terms(s) for s in distinct}
    chunks = word_bytes(joined).split(_SEPARATOR.encode())
    return {s: worded(chunk, frozenset(filter(None, map(term_of, chunk.split()))), term_of)
            for s, chunk in zip(distinct, chunks)}


def compare_reports(reports: Sequence[tuple[str, str]], headlines: Sequence[str] = ()) -> Comparison:
    """Each report's sentences with their counterparts, its additions, and the shared passages; with `headlines`
    (one a report, in the order of `reports`), the pairs of headlines whose figures differ (`slips.headline_slips`).

    Two sentences' score depends only on their term sets, so each pair of distinct sets of the
    story is scored once, and only pairs sharing MIN_SHARED terms at all (found with a bit mask
    per term of the sets holding it): the same counterparts as comparing every pair of sentences.
    """
    blocked = [[split_sentences(block) for block in text.split("\n\n")] for _, text in reports]  # (split_sentences')
    split = [(slug, tuple(chain.from_iterable(blocks))) for (slug, _), blocks in zip(reports, blocked)]
    parts = [interview_parts(blocks) for blocks in blocked]  # a Q&A's prompts and answers (adds_answers.py)
    of = terms_of([sentence for _, sentences in split for sentence in sentences])
    # A report in French, German … drops its language's function words too (terms.language_of): a trial's two French sentences on a
    # minister and on gas prices were one passage, sharing "que, est, encore, pour, les", and neither report "added" anything.
    drop = [function_terms(language_of(text[:MAX_CHARS])) for _, text in reports]
    # A press release's "Ends" and notes to editors, an agency's supply line, an interviewer's prompt: no fact to match
    asides = [editor_asides(blocks) for blocks in blocked]  # (an editor's word to the reader: adds_boilerplate.py)
    wrapping = [boilerplate(sentences) | prompts | sign_offs(sentences) | said_nothing(sentences) | aside
                for (_, sentences), (prompts, _), aside in zip(split, parts, asides)]
    terms = [[frozenset() if i in wrapped else of[sentence] - dropped if dropped else of[sentence]
              for i, sentence in enumerate(sentences)] for (_, sentences), dropped, wrapped in zip(split, drop, wrapping)]
    df = Counter(chain.from_iterable(chain.from_iterable(terms)))
    n = sum(len(report) for report in terms) or 1
    logs = {count: math.log(1 + n / count) for count in set(df.values())}  # few distinct counts
    idf = {term: logs[count] for term, count in df.items()}
    weight = idf.__getitem__
    # The story's common words (its subject, "said", "council", a weekday): two sentences sharing only these are no pair
    usual = common_terms([sentences for _, sentences in split], df)
    # Every sentence of the story is numbered, report after report: g = starts[r] + i.
    starts = [0]
    for report in terms:
        starts.append(starts[-1] + len(report))
    ids: dict[frozenset[str], int] = {}  # each distinct term set of the story, numbered
    where: list[list[int]] = []  # per set: the numbers of its sentences, ascending
    homes: list[int] = []  # per set: bit mask of the reports it is in
    for r, report in enumerate(terms):
        for i, sentence in enumerate(report):
            k = ids.get(sentence)
            if k is None:
                k = ids[sentence] = len(where)
                where.append([])
                homes.append(0)
            where[k].append(starts[r] + i)
            homes[k] |= 1 << r
    sets = list(ids)
    # Openings tell the story's event in its common words ("Xi Jinping spoke by telephone with … Zelenskiy"): two match
    leads = {ids[report[0]] for report in terms if report}
    # Sums over sorted terms: float addition in set order would depend on PYTHONHASHSEED.
    mass = [sum(map(weight, sorted(sentence))) for sentence in sets]
    holders: dict[str, int] = {}  # term → bit mask of the sets holding it
    alone = [0] * len(terms)  # per report: bit mask of the sets in no other report
    for k, sentence in enumerate(sets):
        bit = 1 << k
        for term in sentence:
            holders[term] = holders.get(term, 0) | bit
        if homes[k] & (homes[k] - 1) == 0:
            alone[homes[k].bit_length() - 1] |= bit
    # Per set, the sets it matches with their score; a set matches itself (score 1.0) when it has
    # MIN_SHARED terms, as two sentences of different reports with equal terms do.
    matched: list[list[tuple[int, float]]] = [[(k, 1.0)] if s and (not s <= usual or k in leads) else []
                                              for k, s in enumerate(sets)]
    flat = [sentence for _, sentences in split for sentence in sentences]
    apart = SaidApart(lambda k: flat[where[k][0]])  # quoted words beside narration, a speaker alone: no fact
    frames: dict[int, frozenset[str]] = {}  # per set, the terms describing its first sentence's speaker

    def framed(x: int, y: int) -> tuple[frozenset[str], frozenset[str]]:
        """The terms of x's and y's sentences that describe their speakers (adds_frames.described: "Port Carrick's
        harbour master" said): no fact they share."""
        for k in (x, y):
            if k not in frames:
                frames[k] = sentence_terms(described(flat[where[k][0]], apart.frame(k)))
        return frames[x], frames[y]
    written: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # per set, its first sentence's name_words

    def cased(x: int, y: int) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """`adds_sharedwords.name_words` of x's and y's first sentences."""
        for k in (x, y):
            if k not in written:
                written[k] = name_words(flat[where[k][0]])
        return written[x], written[y]
    sums: dict[frozenset[str], float] = {}  # Σ idf of a set of shared terms, in term order
    ranks: dict[tuple[int, int], float] = {(k, k): 1.0 for k, found in enumerate(matched) if found}  # (passages.rows)
    for x, sentence in enumerate(sets):
        once = twice = 0
        for term in sentence:
            held = holders[term]
            twice |= once & held
            once |= held
        if homes[x] & (homes[x] - 1) == 0:  # sentences of one report are never compared
            twice &= ~alone[homes[x].bit_length() - 1]
        twice >>= x + 1  # each pair once: the sets after x sharing at least two terms (MIN_SHARED)
        y = x
        while twice:
            skip = (twice & -twice).bit_length()
            y += skip
            twice >>= skip
            common = sentence & sets[y]
            total = sums.get(common)
            if total is None:  # pairs of sentences often share the same few terms: each sum taken once
                total = sums[common] = sum(map(weight, sorted(common)))
            score = total / (min(mass[x], mass[y]) or 1.0)
            if score >= MATCH_MIN and (odd := name_or_noun(common, *cased(x, y))):  # (adds_sharedwords.py)
                common = common - odd
                total = sum(map(weight, sorted(common)))
                score = total / (min(mass[x], mass[y]) or 1.0)
            if score >= MATCH_MIN and (not common - usual <= PARTS_OF_DAY or (x in leads and y in leads)) and len(told := outside_frames(
                    common, *framed(x, y))) >= MIN_SHARED and not apart(
                    x, y, told, usual):  # (what is said, not who says it: adds_frames.py, adds_quotedwords.py)
                matched[x].append((y, score))
                matched[y].append((x, score))
                ranks[x, y] = balance(total, mass[x], mass[y])
    labels = [(slug, i) for (slug, sentences) in split for i in range(len(sentences))]
    texts: dict[str, list[Sequence[str]]] = {}  # slug → the sentences of each report of it (a slug may repeat)
    for slug, sentences in split:
        texts.setdefault(slug, []).append(sentences)
    differ: set[tuple[tuple[str, int], tuple[str, int]]] = set()  # pairs whose figures contradict (figures.py)
    read = figures_read([*zip((s for _, s in split), drop), *zip(((h,) for h in headlines), drop)])  # each sentence's figures, read once (figurewords.py)
    position = {slug: k for k, (slug, _) in reversed(list(enumerate(split)))}  # a slug's first report: sorts counterparts
    out = []
    for r, (slug, sentences) in enumerate(split):
        found: dict[int, tuple[tuple[str, int], ...]] = {}  # set → counterparts of its sentences in report r
        for sentence in terms[r]:
            k = ids[sentence]
            if k not in found:
                found[k] = _counterparts(chain.from_iterable(where[y] for y, _ in matched[k]), starts[r], starts[r + 1],
                                         labels, None if len(position) == len(split) else position)
        counterparts = tuple(_asked(sentences[i], _own_quote(sentences[i], found[ids[sentence]], split), texts)
                             for i, sentence in enumerate(terms[r]))
        counterparts = tuple(_same_figures((slug, i), sentences[i], c, texts, position, differ, read)
                             for i, c in enumerate(counterparts))
        out.append(ReportSentences(slug, sentences, counterparts, (), parts[r][1], tuple(sorted(asides[r]))))
    # A figure miswritten in other words (slips.py): a difference, never one row, whether or not words matched them
    for (r, i), (q, j) in slips(figured := [ReadFigures(s, read) for _, s in split], terms, [f.candidates() for f in figured]):
        mine, theirs = (split[r][0], i), (split[q][0], j)
        differ.add(min((mine, theirs), (theirs, mine), key=lambda pair: (position[pair[0][0]], pair[0][1])))
        out[r], out[q] = _without(out[r], i, theirs), _without(out[q], j, mine)
    for (mine_slug, i), (their_slug, j) in differ:  # (its counterpart there is the one it differs from: no other)
        for r, report in enumerate(out):
            if report.slug == mine_slug:
                out[r] = _without(report, i, their_slug)
            elif report.slug == their_slug:
                out[r] = _without(report, j, mine_slug)
    out = [replace(r, counterparts=c) for r, c in zip(out, mutual([r.slug for r in out], [r.counterparts for r in out]))]
    found_rows = _rows(out, ranks, where, starts, differ)
    in_rows = {(r, i) for row in found_rows for r, indices in row.items() for i in indices}
    # A sentence that differs from another report's is no addition (a hostile re-test, 2026-12-05: "About 430 jobs …"
    # under "differ" and as "found in one report only"); nor is one with a counterpart (mutual: passages.rows places it)
    differing = {label for pair in differ for label in pair}
    out = [replace(report, adds=tuple(i for i, sentence in enumerate(report.sentences)
                                      if (r, i) not in in_rows and (report.slug, i) not in differing
                                      and not report.counterparts[i]
                                      and not _staff(sentence) and not courtesy(sentence) and i not in wrapping[r]
                                      and not LEAD_IN.fullmatch(sentence) and not question(sentence)))
           for r, report in enumerate(out)]
    order = lambda pair: (position[pair[0][0]], pair[0][1], position[pair[1][0]], pair[1][1])  # noqa: E731
    titled = tuple(((split[r][0], headlines[r]), (split[q][0], headlines[q])) for r, q in headline_slips(
        figured, terms,
        [_figures_of(h, read) for h in headlines], [sentence_terms(h) - dropped for h, dropped in zip(headlines, drop)])
    ) if len(headlines) == len(split) else ()
    return Comparison(tuple(out), tuple(tuple((out[q].slug, row[q][0]) for q in range(len(out)))
                                        for row in found_rows if len(row) == len(out) > 1),
                      tuple(sorted(differ, key=order)),
                      tuple(tuple((out[q].slug, i) for q in sorted(row) for i in row[q]) for row in found_rows),
                      titled)


def _rows(reports: Sequence[ReportSentences], ranks: dict[tuple[int, int], float], where: Sequence[list[int]],
          starts: Sequence[int], differ: Iterable[tuple[tuple[str, int], tuple[str, int]]] = ()
          ) -> list[dict[int, tuple[int, ...]]]:
    """`passages.rows` of the reports' counterparts, by report number; `ranks`: the `balance` of each pair of term
    sets (numbered as in compare_reports) that match, whose sentences (`where`, numbered from `starts`) it ranks;
    `differ`: the pairs (slug, index) whose figures differ, never in one row."""
    numbers: dict[str, list[int]] = {}  # slug → its reports' numbers (a slug may repeat)
    for r, report in enumerate(reports):
        numbers.setdefault(report.slug, []).append(r)
    counterparts = [[frozenset((q, j) for slug, j in found for q in numbers[slug]
                               if q != r and j < len(reports[q].sentences)) for found in report.counterparts]
                    for r, report in enumerate(reports)]
    label = [(r, i) for r, report in enumerate(reports) for i in range(len(report.sentences))]
    scores: dict[tuple[tuple[int, int], tuple[int, int]], float] = {}
    for (x, y), rank in ranks.items():
        for g in where[x]:
            for h in where[y]:
                a, b = min(label[g], label[h]), max(label[g], label[h])
                if a[0] != b[0]:
                    scores[a, b] = rank
    apart = {(min(a, b), max(a, b)) for (first, i), (second, j) in differ
             for a in ((q, i) for q in numbers[first]) for b in ((q, j) for q in numbers[second])}
    return rows(counterparts, scores, apart)


def _asked(sentence: str, counterparts: tuple[tuple[str, int], ...], texts: dict[str, list[Sequence[str]]]
           ) -> tuple[tuple[str, int], ...]:
    """`counterparts` of the same mood: an interviewer's question ("Art Chronicle: When did you first learn …?")
    asserts nothing, so it matches only questions, and a statement only statements (a trial's Q&A, 2026-12-05, had
    its questions paired with another report's paraphrase of the answers)."""
    if not counterparts:
        return counterparts
    mine = question(sentence)
    return tuple(c for c in counterparts if any(c[1] < len(sentences) and question(sentences[c[1]]) == mine
                                               for sentences in texts[c[0]]))


def _without(report: ReportSentences, index: int, other: tuple[str, int] | str) -> ReportSentences:
    """`report` with `other` — a sentence (slug, index), or every sentence of the report `other` (a slug) — no
    counterpart of its sentence `index`. A sentence whose figures differ from one of report B's has no other
    counterpart in B: a hostile re-test (2026-12-05) saw "voted 42 to 19" beside B's "begin in 2082" in one row of
    "What both reports say" when both pairs of two reports differed (each shares the quarry's name with the other)."""
    counterparts = list(report.counterparts)
    counterparts[index] = tuple(c for c in counterparts[index] if (c[0] if isinstance(other, str) else c) != other)
    return replace(report, counterparts=tuple(counterparts))


def _same_figures(mine: tuple[str, int], sentence: str, counterparts: tuple[tuple[str, int], ...],
                  texts: dict[str, list[Sequence[str]]], position: dict[str, int],
                  differ: set[tuple[tuple[str, int], tuple[str, int]]], read: dict[str, tuple[Figure, ...]]
                  ) -> tuple[tuple[str, int], ...]:
    """`counterparts` without the sentences whose figures contradict this one's (figures.py: "14,000 homes" for
    "140,000 homes" was one fact on a story page that told its reader the reports agree); each such pair is added to
    `differ` once, the earlier report's sentence first (`position`: a slug's report number). `read`: each sentence's
    figures once read (a story of 30 reports read a sentence's figures once for each of its ~30 counterparts: 60 %
    of a 1,000-article site's story pages, cProfile, 2026-12-04)."""
    given = _figures_of(sentence, read) if counterparts else ()
    if not given:  # (no figures, or only those it withdraws: that claim is no fact of the report, withdrawnfigures.py)
        return () if counterparts and withdrawn_figures(sentence) else counterparts
    kept = []
    for other in counterparts:
        theirs = [sentences[other[1]] for sentences in texts[other[0]] if other[1] < len(sentences)]
        if theirs and all(contradict(given, _figures_of(candidate, read)) for candidate in theirs):  # (each report)
            if not all(part_of_whole(sentence, c) for c in theirs):  # ("all 24 provinces", "three": wholefigures.py)
                differ.add(min((mine, other), (other, mine), key=lambda pair: (position[pair[0][0]], pair[0][1])))
        elif not (theirs and all(apart(given, _figures_of(c, read)) for c in theirs)):  # (nor of other things)
            kept.append(other)
    return tuple(kept)


def _figures_of(sentence: str, read: dict[str, tuple[Figure, ...]]) -> tuple[Figure, ...]:
    """figurereads.report_figures(sentence) (less the figures it withdraws), kept in `read` (shared with the slips)."""
    return read[sentence] if sentence in read else read.setdefault(sentence, report_figures(sentence))


def _counterparts(numbers: Iterable[int], start: int, end: int, labels: list[tuple[str, int]],
                  position: dict[str, int] | None) -> tuple[tuple[str, int], ...]:
    """The (slug, index) of the numbered sentences outside the report numbered start to end, in
    report order then index order. With two reports of one slug (`position`: a slug's first
    report) numbers are not in that order, and are sorted by it."""
    if position is not None:
        found = sorted((labels[g] for g in numbers if not start <= g < end), key=lambda label: (position[label[0]], label[1]))
        return tuple(found)
    ordered = sorted(numbers)
    return tuple(map(labels.__getitem__, ordered[:bisect_left(ordered, start)] + ordered[bisect_left(ordered, end):]))
