"""Whether a speech verb after a quotation that ends its sentence ends its own clause: then the new sentence
("“….” Mary Jones said later.") may be that quotation's frame; else it is its own statement and frames nothing.

    verb_ends_clause(masked, verb_end, end)  # -> bool: masked[verb_end:end] follows the verb (quotes.py's masked text)

A clause ends after the verb at punctuation or the sentence's end ("Jones said."), or with words that only place or time
what was said ("said on Monday.", "said later.", "told reporters.", "asked Anna Salo."). T29 F1: "… said the pause was
“the oldest trick in the book.” Mary Jones said only that a review was under way." gave the quotation to Jones: those
words were matched as prefixes ("on" in "only"), so each must be a whole word; and a reported clause after them
("said later that …", "said on Monday that …", "said in a statement that …") is the verb's own object, never a frame.
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL

_END = r"(?![\w\-'\u2019])"  # a whole word: "on" is not the start of "only", "in" not of "instead"
# FX102 (BR60): only adverbs and time words up to the sentence's end ("said instead.", "said only later.", "said again
# today.", "said that day.") end the clause too; the closed list above read them as the verb's own clause, and the
# quotation went to the sentence before's speaker ("X said the vote was over. “…” Y said instead." gave X's).
ADVERB = (r"(?:[a-z]+ly|very|quite|and|but|instead|too|afterwards?|tonight|today|tomorrow|yesterday|again|also|once|twice|more|later|"
           r"earlier|then|now|soon|still|first|last|there|here|back|anew|(?:this|that|last|next|the\s+next|the\s+same)"
           r"\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|time)|"
           r"(?:on|last|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))")
_CLAUSE_END = re.compile(rf"\s*(?:[.,;!?]|$|(?:on|in|at|to|during|after|later|earlier){_END}|"
                         rf"(?:{CAPITAL}[\w\-]*\s+){{0,3}}{CAPITAL}[\w\-]*[.,]|"  # "asked Anna Salo."
                         rf"(?:\s+{ADVERB}{_END})+\s*(?:[.,;!?]|$))")  # "said only later."
# The verb's reported clause, within eight words and no punctuation ("said later that …", "said in a statement that
# …"); "that day", "that morning" are a time.
_REPORTED = re.compile(r"(?:[^\S\n]+[\w\-'\u2019]+){0,8}?[^\S\n]+that[^\S\n]+(?!(?:day|night|morning|afternoon|evening|"
                       r"week|weekend|month|year|time|summer|winter|spring|autumn)" + _END + r")[\w'\u2019\-]")


def verb_ends_clause(masked: str, verb_end: int, end: int) -> bool:
    """Whether the speech verb ending at `verb_end` of `masked` (offsets into it; `end`: its sentence's end) ends its
    clause, so that it can frame a quotation before it: True for "said.", "said on Monday.", "told reporters.",
    "asked Anna Salo.", "said instead.", "said only later." (adverbs and time words alone to the sentence's end), "told
    the BBC on Monday." (an audience, `_AUDIENCE`: FX109); False for "said only that …", "said a review was under way",
    "said later that …", "told the BBC it was over."."""
    if _REPORTED.match(masked, verb_end, end) is not None:
        return False
    return _CLAUSE_END.match(masked, verb_end, end) is not None or _TOLD.search(masked, max(0, verb_end - 6), verb_end) is not None and (
        _AUDIENCE.match(masked, verb_end, end) is not None)


# FX109 (item 2): "told" and its audience, then only adverbs and time words, ends the clause too: "“….” Ana Ruiz told
# the BBC on Monday.", "… told lawmakers today.", "… told a news conference in Lima." had no speaker ("reporters",
# "journalists" were read as the clause's end whatever came after: "“….” Ana Ruiz told reporters the count was fair."
# was her frame, while "… said the count was fair." was not). The audience: a determiner and up to three words, none
# a pronoun or an auxiliary ("told the BBC it had ended badly." is her own clause), then an optional place or
# occasion ("in Lima", "at a news conference"), then only adverbs and time words.
_TOLD = re.compile(r"(?<![\w\-])(?:told|tells)$")
_NOT_AUDIENCE = (r"(?!(?:it|he|she|they|we|I|you|there|was|were|is|are|had|has|have|would|will|could|should|that|this)"
                 + _END + r")")
_AUDIENCE = re.compile(rf"[^\S\n]+(?:(?:the|a|an|his|her|their|its){_END}[^\S\n]+)?(?:{_NOT_AUDIENCE}[\w\-'\u2019]+[^\S\n]+){{0,2}}"
                       rf"{_NOT_AUDIENCE}[\w\-'\u2019]+(?:[^\S\n]+(?:in|at|outside|after|during){_END}(?:[^\S\n]+(?:a|an|the|his|her|their){_END})?"
                       rf"(?:[^\S\n]+{_NOT_AUDIENCE}[\w\-'\u2019]+){{1,3}})?"
                       rf"(?:[^\S\n]+{ADVERB}{_END}|[^\S\n]+late{_END})*\s*(?:[.,;!?]|$)")
