"""Which quotations are statements a People page shows, and which are fragments of the reporter's own sentence.

    from briefgen.analyse.fragments import reporters_fragment
    reporters_fragment(quote, text)   # 'described it as “unacceptable”' → True; '“Never,” she said.' → False

`quotes.quotes_in` returns every quotation with its speaker, scare quotes beside a frame included ('Okoro said he
expects the plan to pass “comfortably”' is Okoro's), and the evaluations score them so. A People page lists what a
person said, and a trial (2026-12-05, a school-closures archive) showed lone words under the speaker's name —
“comfortably”, “disappointed”, “not gone missing” — that read as nothing said: the reporter's sentence carries
the meaning and the page shows only the marked words. The rule (docs/people.md, "Fragments"): a quotation is a
statement unless it is written inside the reporter's sentence — a word ends right before its opening mark, no
colon, comma, dash or sentence start between — and has at most `MAX_FRAGMENT_WORDS` words, none a verb hint
(`quotemarks.VERB_HINTS`, or a word ending "n't") but an infinitive's ("impossible to know") or one in a free
relative clause ("whatever the birds need"): `finite_clause`; nor an organisation's words of three or more, a
participle first, that a frame naming its statement quotes ("X said in a statement that it had “activated its
contingency plan”": the statement's words, docs/people.md "Organisations' voices"). Such a fragment is not shown on the People pages (nor counted in
"quoted N times"); `quotes_in` still returns it. Pure functions of the quote and its text.
"""
from __future__ import annotations

import re

from briefgen.analyse.quotemarks import VERB_HINTS
from briefgen.analyse.quoteresult import Quote

MAX_FRAGMENT_WORDS = 4  # "angry and frankly baffled"; five words are read as a statement
# Quotation marks of every convention (quotemarks._CLOSERS), one of which opens the quotation.
_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u301d\uff02"
_WORD = re.compile(r"[\w'\u2019-]+")
# Words that open a free relative clause, a noun phrase the reporter's verb takes as its object ("would do “whatever
# the birds need”", "pay “whatever it takes”"): the verb inside belongs to no sentence said (a trial, 2026-12-05).
# Not "what", "who", "how": they open questions said ("“who knows”").
FREE_RELATIVES = frozenset("whatever whoever whomever whichever whenever wherever".split())


def finite_clause(words: list[str]) -> bool:
    """Whether quoted lower-case `words` hold a verb of their own (`quotemarks.VERB_HINTS`, a word ending "n't"):
    not one right after "to" (an infinitive: "it was “impossible to know”"), nor any in words that open with a free
    relative (`FREE_RELATIVES`: "“whatever the birds need”"); those are the reporter's sentence's parts."""
    if words[0] in FREE_RELATIVES:
        return False
    return any((w in VERB_HINTS or w.endswith("n't")) and not (n and words[n - 1] == "to") for n, w in enumerate(words))


def reporters_fragment(quote: Quote, text: str, title: str = "") -> bool:
    """Whether `quote` (offsets into `text`, or into `title` when `quote.in_title`) is a fragment the reporter's
    sentence quotes, not a statement (module docstring): at most MAX_FRAGMENT_WORDS words, no verb of its own
    (`finite_clause`), and a word (a letter or digit) right before its opening mark, white space aside."""
    words = [w.strip("'\u2019-").lower() for w in _WORD.findall(quote.text.replace("\u2019", "'"))]
    words = [w for w in words if w]
    if not words or len(words) > MAX_FRAGMENT_WORDS or finite_clause(words):
        return False
    source = title if quote.in_title else text
    at = quote.start
    if not 0 < at <= len(source):
        return False
    before = source[:at].rstrip()
    if not before or before[-1] not in _MARKS:
        return False  # no opening mark where the quote starts: unsure, so shown
    before = before[:-1].rstrip()
    if statement_words(quote, text, title):
        return False  # its own statement's words: "X said in a statement that it had “activated its contingency plan”"
    return bool(before) and before[-1].isalnum()


def statement_words(quote: Quote, text: str, title: str = "") -> bool:
    """Whether `quote` is an organisation's words of three or more, a participle first, that a frame naming its
    statement quotes in the reporter's sentence ("X said in a statement that it had “activated its contingency
    plan”"; module docstring): shown on its People page, though a piece (quotepieces.shown)."""
    if quote.kind != "organisation" or quote.in_title:
        return False
    words = _WORD.findall(quote.text)
    if len(words) < 3 or not words[0].lower().endswith("ed") or not 0 < quote.start <= len(text):
        return False
    return _STATEMENT.search(text, max(0, quote.start - 160), quote.start) is not None


# A frame that names a statement the organisation issued, in the sentence before the quotation ("said in a statement
# that it had", "a statement from X said it had"): a trial (T17) hid 'Cobre Andino said in a statement that it had
# "activated its contingency plan"' from the company's page, which had nothing else.
_STATEMENT = re.compile(r"\bstatement\b[^.!?:;\n]*[\"'\u201c\u2018\u201e\u00ab]\s*$", re.I)
