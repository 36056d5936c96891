"""The briefing's own topic words: what config.yaml says the whole briefing is about, as story-grouping terms.

Takes the site's title and its topics (config.yaml); gives the terms (terms.py's forms) that name the briefing's
subject rather than one event: each word of the site's title and of each topic's title, and each keyword that is one
term (a word, "flood", or a name of two words, "Xi Jinping" → "xi jinping"; "peace talks", whose words are two
terms, gives none: its words alone are not the keyword). Descriptions are not read (a sentence of any words).

Why (FX113): in a briefing on one subject every report uses the subject's words, and a small archive's document
frequencies cannot tell them from an event's words: in a 9-article Drava flood briefing, "flood" is a term of 3
articles, as is "spillway" of the three reports of the dam's breach, so a levee that held at Ptuj and insurers'
claims a day later were one story at 0.60 on "flood, Drava, Ožbalt" (0.77 as a briefing of the two alone). The
editor has already said which words are the subject's: similarity.py never counts them as key terms, so they are no
event word, no key name (who) and no blocking key, and a pair must show who and what in other words (else it is
capped under the threshold: a suggestion at most). Their weight in the cosine is kept: weighed at 0 (or halved), they
cost the evaluation set's small briefings a tenth of their true pairs (recall 0.85-0.95 at 8-16 articles, 0.81 for
its 28 held-out articles alone; benchmarks/stories_small.py, docs/log/stories.md "FX113").
"""
from __future__ import annotations

from typing import Iterable

from briefgen.analyse.terms import term_list


def briefing_terms(title: str, topics: Iterable[tuple[str, Iterable[str]]]) -> frozenset[str]:
    """The terms of the briefing's subject (module docstring).

    `title`: the site's title; `topics`: per topic, its title and its keywords (config.Topic's `title`, `keywords`).
    A term of the titles is each word's term (the two-word name terms of a title are not kept: "Drava Valley" is no
    keyword); a keyword gives its one term, or the term of all its words when they make a two-word name, else none.
    Empty strings give nothing; never raises."""
    found: set[str] = set()
    topics = tuple(topics)
    for text in (title, *(topic_title for topic_title, _ in topics)):
        found.update(term for term in term_list(text, "") if " " not in term)
    for _, keywords in topics:
        for keyword in keywords:
            terms = term_list(keyword, "")
            single = [term for term in terms if " " not in term]  # ("cease-fire": two words, no name of them)
            found.update(terms if len(terms) == 1 else (t for t in terms if t.count(" ") + 1 == len(single) == 2))
    return frozenset(found)
