"""What each source adds: the reports of one story compared sentence by sentence.

Takes (slug, plain text) for each article of a story, lead first; gives a `Comparison`:
for every report its sentences, each with its counterparts in the other reports
(sentences that report the same fact, in other words too), the sentences with no
counterpart (what that source adds), and the passages that every report shares,
aligned on the first report.

Method. Sentences are split by the rule in tests/stories/eval/adds.yaml (a sentence
ends at . ! or ? — a closing quotation mark may follow — before white space and a
capital, a digit or an opening quotation mark). Each sentence is a set of content terms
(`terms.py`: stopwords out, plurals and spellings folded). Two sentences of different
reports match when their weighted overlap coefficient (Σ idf of shared terms ÷ the
smaller sentence's Σ idf) is at least MATCH_MIN and they share at least MIN_SHARED
terms; idf is computed over the story's own sentences, so a word that every sentence
repeats (the story's main name) counts little and a specific one ("Pivdennyi") much.
Word overlap of this kind finds paraphrases that keep the facts' words (names, numbers,
key nouns) and misses those that change every word; its accuracy on the labelled
sentences is in docs/stories.md.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from briefgen.analyse.terms import keyword, words

MATCH_MIN = 0.2  # tuned on the tune stories of adds.yaml (docs/stories.md)
MIN_SHARED = 2
_SENTENCE_END = re.compile(r'(?<=[.!?])["\u201d]?\s+(?=["\u201cA-Z0-9])')


@dataclass(frozen=True, slots=True)
class ReportSentences:
    slug: str
    sentences: tuple[str, ...]
    counterparts: tuple[tuple[tuple[str, int], ...], ...]  # per sentence: (slug, sentence index) in other reports
    adds: tuple[int, ...]  # indices of the sentences with no counterpart: what this source adds


@dataclass(frozen=True, slots=True)
class Comparison:
    reports: tuple[ReportSentences, ...]  # in the order given
    shared: tuple[tuple[tuple[str, int], ...], ...]  # passages all reports share: one (slug, index) per report


def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of a plain text (module docstring); a closing quotation mark stays with its sentence."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + (1 if text[match.start()] in '"\u201d' else 0)
        parts.append(text[start:end].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return tuple(p for p in parts if p)


def sentence_terms(sentence: str) -> frozenset[str]:
    found = set()
    for token in words(sentence):
        hit = keyword(token)
        if hit is not None:
            found.add(hit[0])
    return frozenset(found)


def compare_reports(reports: Sequence[tuple[str, str]]) -> Comparison:
    """Each report's sentences with their counterparts, its additions, and the shared passages."""
    split = [(slug, split_sentences(text)) for slug, text in reports]
    terms = [[sentence_terms(s) for s in sentences] for _, sentences in split]
    df: dict[str, int] = {}
    for report in terms:
        for sentence in report:
            for term in sentence:
                df[term] = df.get(term, 0) + 1
    n = sum(len(report) for report in terms) or 1
    idf = {term: math.log(1 + n / count) for term, count in df.items()}
    # Sums over sorted terms: float addition in set order would depend on PYTHONHASHSEED.
    mass = [[sum(idf[t] for t in sorted(sentence)) for sentence in report] for report in terms]

    def similarity(r: int, i: int, q: int, j: int) -> float:
        shared = terms[r][i] & terms[q][j]
        if len(shared) < MIN_SHARED:
            return 0.0
        return sum(idf[t] for t in sorted(shared)) / (min(mass[r][i], mass[q][j]) or 1.0)

    matches: list[list[list[tuple[str, int]]]] = [[[] for _ in report] for report in terms]
    best: dict[tuple[int, int, int], tuple[float, int]] = {}  # (report, sentence, other report) → (score, j)
    for r in range(len(terms)):
        for q in range(r + 1, len(terms)):
            for i in range(len(terms[r])):
                for j in range(len(terms[q])):
                    score = similarity(r, i, q, j)
                    if score >= MATCH_MIN:
                        matches[r][i].append((split[q][0], j))
                        matches[q][j].append((split[r][0], i))
                        if score > best.get((r, i, q), (0.0, -1))[0]:
                            best[(r, i, q)] = (score, j)
    out = []
    for r, (slug, sentences) in enumerate(split):
        counterparts = tuple(tuple(sorted(m, key=lambda x: ([s for s, _ in split].index(x[0]), x[1])))
                             for m in matches[r])
        out.append(ReportSentences(slug, sentences, counterparts,
                                   tuple(i for i, m in enumerate(counterparts) if not m)))
    shared = []
    if len(split) > 1:
        for i in range(len(terms[0])):
            aligned = [best.get((0, i, q)) for q in range(1, len(split))]
            if all(a is not None for a in aligned):
                shared.append(((split[0][0], i),) + tuple((split[q][0], a[1]) for q, a in  # type: ignore[index]
                                                          zip(range(1, len(split)), aligned)))
    return Comparison(tuple(out), tuple(shared))
