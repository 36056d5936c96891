"""Where the clause before a speech verb starts when a quotation stands in the first of two predicates its subject
shares: "Judge Mary Wanjiru called the fee “unlawful” and said “it must be refunded”", for quotes.py.

    clause_start(masked, start, subject_end)  # -> the offset the subject clause starts at

quotes._Context._before reads the clause before a speech verb from its last break (quoteframes.CLAUSE_BREAK: a
semicolon, a colon, a bracket, a dash or a masked quotation). A quotation in the first predicate broke the clause
before "and said", which then had no subject: the second quotation had no speaker (FX52, a trial's ruling). When the
words between that quotation and the verb are only "and"/"but" (an adverb allowed: "and then", "but later"), the
verb shares the subject of the clause the quotation stands in, and that clause is read (quoteframes.shared_subject
finds its subject, the quotation inside its first predicate). A subject of its own ("“…” and Walla said") keeps the
break. `shared_subject` also reads a definite noun phrase as that subject ("The judge called the fee “unlawful” and
said “…”": the judge's, the named judge's when the article names one: titledvoices.py).
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import PAST_VERBS
from briefgen.analyse.quoteframes import CLAUSE_BREAK, SPEECH, SPEECH_ADVERBS, shared_subject as named_shared_subject
from briefgen.analyse.quotemask import MASK
from briefgen.analyse.sentences import sentence_spans

_ADVERB = "|".join(sorted(SPEECH_ADVERBS | {"then", "later", "also"}))
# Only a coordinator (and an adverb) between the masked quotation and the speech verb: no subject of its own; before
# it, at most four lower-case words of the first predicate ("“…” in court and said"), none a pronoun or a subordinator.
_NOT_PREDICATE = r"(?:he|she|they|it|we|i|you|who|which|that|while|as|when|because|if|although|though|whereas|since|after)"
_SHARED = re.compile(rf"[ \t]*(?:(?!{_NOT_PREDICATE}(?![\w'\u2019-]))[a-z][\w\-]*(?:[ \t]+|(?=,))){{0,4}}?,?[ \t]*(?:and|but)"
                     rf"(?:[ \t]+(?:{_ADVERB})){{0,2}}[ \t]*")
# "The judge", "The chief judge", then a verb in the past (the first predicate), then "and"/"but" before the speech verb.
_THE_SHARED = re.compile(rf"\s*(?P<np>[Tt]he(?:[ \t]+[a-z\-]+){{1,3}}?)[ \t]+(?:[a-z]+ed|{'|'.join(sorted(PAST_VERBS))})(?![\w'\u2019-])"
                         rf"[\s\S]*?[ \t,](?:and|but)(?:[ \t]+(?:{_ADVERB})){{0,2}}[ \t]*")


def clause_start(masked: str, start: int, subject_end: int) -> int:
    """The offset in `masked` (quotations masked, a MASK per character: quotemask.py) where the clause whose subject
    says the verb at `subject_end` starts, from `start`: after the last clause break before it, or, when that break ends
    a masked quotation followed by "and"/"but" alone (`_SHARED`; no speech verb: "“…,” the minister said and added"
    is a frame of its own), after the last break before that quotation."""
    ends = [brk.end() for brk in CLAUSE_BREAK.finditer(masked, start, subject_end)]
    if not ends:
        return start
    if masked[ends[-1] - 1] == MASK and _SHARED.fullmatch(masked, ends[-1], subject_end) and not SPEECH.search(masked, ends[-1], subject_end):
        opening = ends[-1] - 1
        while opening > 0 and masked[opening - 1] == MASK:
            opening -= 1  # the quotation's first character, also before `start` (a sentence split inside the quotation:
            # "asked about “It the. Varga is here” and said:" — the frame never depends on its words, test_masked_quotations)
        if opening >= start:
            return max((e for e in ends if e <= opening), default=start)
        lo = max(0, opening - 400)
        spans = sentence_spans(masked, lo, opening)  # (the shared sentence rule: sentences.py)
        lo = spans[-1][0] if spans else lo
        return max([lo] + [b.end() for b in CLAUSE_BREAK.finditer(masked, lo, opening)])
    return ends[-1]


def shared_subject(masked: str, start: int, end: int) -> tuple[int, int]:
    """The part of the subject clause masked[start:end] (before a speech verb) that names the speaker: a definite noun
    phrase of lower-case words opening it, then a predicate of its own and "and"/"but" (`_THE_SHARED`: "The judge
    called the fee “…” and"), else quoteframes.shared_subject's (a name or a spokesperson in that place), else all."""
    tail = masked[max(start, end - 24):end]
    the = _THE_SHARED.fullmatch(masked, start, end) if "and" in tail or "but" in tail else None
    return (the.start("np"), the.end("np")) if the is not None else named_shared_subject(masked, start, end)
