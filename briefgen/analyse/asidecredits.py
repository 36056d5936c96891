"""A credit of one later quotation: "Mr Rotich later told the BBC's Focus on Africa that …" credits the BBC with those
words, not with the article's news (story credits: storyfeatures.py).

    news_credits(text, detect_credits(text))   # -> the credits of the article's news, in text order

The T21 trial (2026-12-07, finding 1): the Daily Taifa's own report of a parliamentary committee hearing (its lead the
hearing, its quotations "told MPs", "told the committee") ended "Mr Rotich later told the BBC's Focus on Africa that no
customer would lose money." That one sentence made the BBC — which had no report in the briefing — the story's
credited outlet, the Daily Taifa's page "Re-told report. This article re-tells reporting first published by BBC", and
the story's true first report, PAPS's, hedged "First reported here". An interview credit ("X told the BBC that …",
"X said in an interview with the BBC", "speaking to the BBC's Today programme") names the source of a speaker's words;
an article re-tells an outlet's report when its news is credited — in its lead, where a re-telling names its source
("CEO Robin Page told Bloomberg on Wednesday", "… told the Seoul Daily Herald that …", the second or third sentence
of every labelled re-telling whose only credit is an interview: tests/stories/) — not in one later sentence.

Rules:
- An interview credit is one whose words open with "told", "telling", "tells", "in an interview with", "interviewed
  by", "speaking to (with)", "spoke to (with)", "confirmed to", "explained to" or "statement to" (credits.py's first
  form; a programme after the outlet's name is the outlet's: "the BBC's Focus on Africa", "CNN's State of the Union",
  "NPR's Morning Edition").
- It credits only its quotation when its sentence is not among the article's first `LEAD_SENTENCES` news sentences
  (sentences.sentence_spans less what has no sentence's end: a byline, a dateline, a heading or a time stamp on its
  own line — BR29: "By Amina Hassan", "NAIROBI" pushed a lead's second sentence to the fourth) nor opens within its
  first `LEAD_WORDS` words (a lead of short sentences, a live blog's entries, short quotations) — unless that sentence says the remarks (comments) were made in that interview ("Macron
  made the remarks in an interview with Politico": the news is the interview's) — and no other credit of the same
  outlet stands (any form elsewhere, an interview credit in the lead: then all the outlet's credits stand).
- Such an outlet is not among the article's credited outlets, for the grouping and the roles alike: an outlet with no
  report in the briefing never becomes a story's original by it, and a report of the outlet in the story is not the
  one re-told.
"""
from __future__ import annotations

import re
from typing import Sequence, TypeVar

from briefgen.analyse.sentences import sentence_index, sentence_spans

LEAD_SENTENCES = 3  # the lead and the sentences that attribute it: a re-telling names its source there
LEAD_WORDS = 30  # … or the sentences that open within the news's first words (short ones: "He was 54. …", a live blog's)

_INTERVIEW = re.compile(r"(?:told|telling|tells|[Ii]n\s+an\s+interview\s+with|interviewed\s+by|[Ss]peaking\s+(?:to|with)"
                        r"|[Ss]poke\s+(?:to|with)|confirmed\s+to|explained\s+to|statement\s+to)\b")
_REMARKS = re.compile(r"\b(?:remarks|comments)\b", re.IGNORECASE)  # "made the remarks in an interview with X"

C = TypeVar("C")  # a credits.Credit (its outlet, cue and start are read)


def interview_credit(cue: str) -> bool:
    """Whether a credit's words (`Credit.cue`) are an interview's: "told the BBC", "in an interview with Bloomberg",
    "Speaking to the Echo" (module docstring)."""
    return _INTERVIEW.match(cue) is not None


def news_credits(text: str, credits: Sequence[C]) -> tuple[C, ...]:
    """`credits` (credits.detect_credits of `text`, any prefix of an article's plain text: offsets into it), less
    those of each outlet whose every credit is an interview credit in a sentence after the first `LEAD_SENTENCES`
    (one later quotation's source, module docstring); the rest in their order. Pure."""
    late = [c for c in credits if interview_credit(c.cue)]
    if not late:
        return tuple(credits)  # (most articles: no sentence split)
    end = max(c.start for c in late) + 1
    spans = sentence_spans(text, 0, min(len(text), end + 400))
    news = [span for span in spans if _END.search(text, span[0], span[1])]  # (no byline, dateline, heading alone)
    late = [c for c in late if not _in_lead(text, news, c.start) and not _remarks(text, spans, c.start)]
    aside = {c.outlet for c in late} - {c.outlet for c in credits if not any(c is d for d in late)}
    return tuple(c for c in credits if c.outlet not in aside)


_END = re.compile(r"[.!?…][\"'\u201d\u2019)\]]*\s*$")  # a sentence's end: what a byline ("By Amina Hassan"), a
# dateline ("NAIROBI"), a heading or a time stamp on its own line lacks (BR29, 2026-12-07: each counted as a sentence)
_WORD = re.compile(r"\w+")


def _in_lead(text: str, news: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` is in a sentence of the lead: one of the first `LEAD_SENTENCES` of the article's news
    sentences (`news`: sentence_spans less those with no sentence's end), or one opening within its first
    `LEAD_WORDS` words (a lead of short sentences, a live blog's entries, quotations)."""
    before = [span for span in news if span[1] <= at]
    if len(before) < LEAD_SENTENCES:
        return True
    return sum(len(_WORD.findall(text, start, end)) for start, end in before) < LEAD_WORDS


def _remarks(text: str, spans: tuple[tuple[int, int], ...], at: int) -> bool:
    """Whether the sentence holding offset `at` names the remarks (comments) before it: "He made the remarks in an
    interview with Politico" credits the interview with the article's news."""
    start = spans[sentence_index(spans, at)][0]
    return _REMARKS.search(text, start, at) is not None


__all__ = ["LEAD_SENTENCES", "interview_credit", "news_credits"]
