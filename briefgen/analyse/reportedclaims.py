"""A quotation inside another's reported claim, framed again after it: "Tom Reed held that “the contract was void”, his
lawyer said." — whose words, the claim's holder's or the frame's speaker's?

    reported_within(text, masked, verb_end, open_mark, close_end)  # -> True when the quotation is in the clause the verb before it governs

quotes._Context.attribute reads a frame after the quotation first ("“…”, Y said": Y's, as it has been since frames were
read); when that frame names no one the analyses can read ("his lawyer", "the Treasury"), a frame before it used to
win, and the words became the claim's holder's (FX41: Reed's). A speech or ruling verb before the quotation whose
reported clause ("that …", among the first 2 × THAT_AT words after it) holds the quotation is a claim that the frame
after reports: the quotation is that frame's speaker's, no one the analyses can name — never the holder's. A frame
before that governs the quotation directly ("Macron told Xi he was counting on him “…”, a line the French delegation
repeated": no "that") still names its speaker (tests/analyse/test_unread_speaker_frames.py).

The frame after may name the holder's own text, though (BR31): "Justice Tom Reed held that “the contract was void”, his
judgment said." — "his/her/its" and a document noun (`OWN_DOCUMENTS`: documents.DOCUMENT_NOUNS, judgment, ruling) is the
document the holder wrote or filed, so the quotation is the holder's, the speaker of the frame before (`ClaimVoices`).
A participle frame after that frame (", adding: “…”") is the frame's speaker's, never the holder's (`participle_clause`).
"""
from __future__ import annotations

import re

from briefgen.analyse.documents import DOCUMENT_NOUNS
from briefgen.analyse.quotemask import MASK
from briefgen.analyse.quoteframes import _WORDS_NOUNS, THAT_AT
from briefgen.analyse.quoteresult import UNNAMED, Who
from briefgen.analyse.thankedwords import thanked_for

_WORD = re.compile(r"[^\s,;]+")
# Words that open a clause of its own after the quotation, so the frame further on reports that clause, not the claim
# (tests/analyse/test_clause_frames.py: "“…,” if B is right, as she said", "“…” while B said it would work").
CLAUSE_OPENERS = frozenset("and but or nor yet so while whereas although though when whenever as because since if unless "
                           "until after before once whether in on at".split())
# The holder's own text framing the quotation after it: a possessive, at most two lower-case modifiers, a document noun.
OWN_DOCUMENTS = DOCUMENT_NOUNS | frozenset("judgment judgments judgement judgements ruling rulings".split())
_OWN = re.compile(r"[\s,]*(?:his|her|its)\s+(?P<words>(?:[a-z\-]+\s+){0,2}[a-z\-]+)(?![\w'\u2019-])")


def reported_within(text: str, masked: str, verb_end: int, open_mark: int, close_end: int) -> bool:
    """Whether the quotation from `open_mark` to `close_end` (its marks' offsets: the opening mark's, the one after the
    closing mark's) of `text` (`masked`: with quotations masked, quotes.py) lies in the reported clause of the speech
    verb ending at `verb_end` (-1: no verb was read) — a "that" among the first 2 × THAT_AT words between them ("held
    that “…”", "argued in court on Monday that the deal was “…”") — and a comma parts it from the frame after it
    (“…”, Y said; “…,” said Y): "that it had “the capital and the people” to handle the claims" has no frame after it."""
    if verb_end < 0 or verb_end > open_mark or not (text[close_end - 2:close_end - 1] == "," or masked[close_end:close_end + 3].lstrip()[:1] == ","):
        return False
    if _WORDS_APPOSITIVE.match(masked, close_end):
        return False  # "Macron told Xi he was counting on him “…”, a line the delegation repeated": no frame, Macron's
    after = _WORD.search(masked, _frame_lead_end(masked, close_end))
    if after is not None and after.group().lower() in CLAUSE_OPENERS:
        return False  # "A wrote that the plan was “…,” if B is right, as she said": a clause of its own, A's (test_clause_frames)
    words = [w.lower() for w in _WORD.findall(masked, verb_end, open_mark)][:THAT_AT * 2]
    return "that" in words or _clause_without_that(words)


# An appositive naming the quoted words after them, no frame reporting a claim ("“…”, a line the French delegation
# repeated", "“…,” words his aides echoed"): the frame before speaks (tests/analyse/test_unread_speaker_frames.py).
_WORDS_APPOSITIVE = re.compile(rf"[\s,]*(?:(?:a|an|the|those|these|his|her|its|their)\s+)?(?:[a-z\-]+\s+)?"
                               rf"(?:lines?|phrases?|slogans?|refrains?|mantras?|sentiments?|{_WORDS_NOUNS}|views?)"
                               rf"(?![\w'\u2019-])(?!\s+(?:said|says|added|told|wrote|stated|argued|insisted))")

# A reported clause without "that" (FX62): a subject, then a finite verb — an auxiliary or a copula, a past form
# that is no participle, or an "-ed" form with no preposition before it — among the words between the speech verb and the quotation ("Berg said the plan was “…,” the
# Treasury said", "said prices rose “…”"), as "said that the plan was" has. Not a participle ("said in a statement
# released on Monday “…”", "read out": no clause), nor the words right after the verb ("said “…”": quoted to it).
_FINITE = frozenset("""is are was were am has have had will would can could shall should may might must do does did
isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't mustn't don't doesn't didn't
rose fell grew went came began took gave saw knew wrote broke chose drew threw spoke flew ran""".split())
_NO_SUBJECT = frozenset("to in on at by of for with from after before".split())


def _clause_without_that(words: list[str]) -> bool:
    """Whether `words` (lower case, between a speech verb and its quotation) hold a clause: a finite verb
    (`_FINITE`) after a word that may end its subject (no preposition, no comma): "the plan was" → True; or a word
    ending in "-ed" with no preposition before it, so no participle of an adjunct ("the plan risked" → True; "in a
    statement released on Monday" → False)."""
    return any(k > 0 and words[k - 1] not in _NO_SUBJECT and not words[k - 1].endswith(",") and (
        w in _FINITE or w.endswith("ed") and len(w) > 4 and _NO_SUBJECT.isdisjoint(words[:k]))
        for k, w in enumerate(words))


# A place or time the frame after the quotation opens with, set off by its comma: "“…,” in a statement, the Treasury said",
# "“…,” on Monday, his lawyers said" (FX52: d613cd52's CLAUSE_OPENERS read its "in"/"on"/"at" as a clause of its own and
# gave the claim back to its holder). A short phrase, no verb's words: "in a letter that B said he wrote" has no comma.
_FRAME_LEAD = re.compile(rf"[\s,]*(?:in|on|at)[ \t]+(?:[^\s,;:.!?{MASK}]+[ \t]+){{0,4}}?[^\s,;:.!?{MASK}]+[ \t]*,[ \t]*(?=[^\s,])")


def _frame_lead_end(masked: str, close_end: int) -> int:
    """Where the frame after a quotation starts in `masked` (from `close_end`), past its lead phrases of place and
    time (`_FRAME_LEAD`: "“…,” in a statement, on Monday, the Treasury said") that are not clauses of their own —
    unless what follows them opens one ("in Oslo, and B said": the opener is read there)."""
    at = close_end
    while (lead := _FRAME_LEAD.match(masked, at)) is not None and not _THAT_IN.search(lead.group()):
        at = lead.end()
    return at


_THAT_IN = re.compile(r"(?<![\w'\u2019-])(?:that|which|who|whom|where|when)(?![\w'\u2019-])")


def participle_clause(masked: str, start: int, participle: int) -> int:
    """Where the clause a participle frame (", adding: “…”" at `participle`) hangs on starts in `masked` from `start`:
    after the last quotation before it (masked: quotemask.MASK), whose frame after it is that clause ("X insisted that
    “…”, his lawyer said, adding: “…”" — the lawyer adds, not X: BR31), else `start`."""
    at = masked.rfind(MASK, start, participle)
    return start if at < 0 else at + 1


def bare_subject(masked: str, lo: int, hi: int, persons) -> tuple | None:
    """The one person run of `persons` (name runs: tuples of (offset, word)) when it is all of masked[lo:hi], the clause a
    participle frame hangs on, which is then no clause but the participle's subject: "María Fernanda Ruiz de la Torre,
    speaking at her headquarters: “…”" (T29 F7 had no speaker: antecedents.main_subject finds a clause's subject, and
    a name alone has no verb); else None."""
    if len(persons) != 1:
        return None
    run = next(iter(persons))
    return run if not masked[lo:run[0][0]].strip() and not masked[run[-1][0] + len(run[-1][1]):hi].strip() else None


def own_document(masked: str, close_end: int) -> bool:
    """Whether the frame right after a quotation (`masked` from `close_end`, the offset after its closing mark) is headed
    by a possessive and a document noun, the claim's holder's own text ("“…”, his judgment said", "“…,” her lawsuit
    said": `OWN_DOCUMENTS`); not "his lawyer", not "his lawyer's statement"."""
    found = _OWN.match(masked, close_end)
    return found is not None and any(w in OWN_DOCUMENTS for w in found.group("words").split())


# A frame after a quotation whose own clause tells that the holder said it (FX69, BR37): "“…,” the Treasury said she
# had told officials", "“…,” aides said Berg had written": the reporter cites the holder's words, so they stay hers.
_CITING_VERB = (r"(?:had\s+|has\s+|have\s+)?(?:told|said|says|written|wrote|warned|argued|insisted|claimed|stated|"
                r"informed|described|called|tweeted|posted)")
_FRAME_VERB = r"(?:said|says|added|reported|confirmed|noted|explained|recalled|wrote|stated)"


_CITES = re.compile(rf"[\s,]*[^.!?;\n\u201c\u201d\"]{{0,60}}?(?<![\w'\u2019-]){_FRAME_VERB}\s+(?:that\s+)?\S+(?:\s+\S+)?\s+"
                    rf"{_CITING_VERB}(?![\w'\u2019-])", re.IGNORECASE)


def cites_holder(masked: str, close_end: int, holder: str) -> bool:
    """Whether the frame right after a quotation (`masked` from `close_end`) reports, in a clause of its own, that the
    quotation's holder `holder` (a name) said it: its speech verb, then "she", "he" or the holder's surname or full name
    and a verb of saying ("“…,” the Treasury said she had told officials" → True; "“…,” the Treasury said" → False)."""
    names = sorted({re.escape(holder), re.escape(holder.split()[-1])}, key=len, reverse=True)
    return re.match(rf"[\s,]*[^.!?;\n\u201c\u201d\"]{{0,60}}?(?<![\w'\u2019-]){_FRAME_VERB}\s+(?:that\s+)?"
                    rf"(?:she|he|(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?:{'|'.join(names)}))\s+{_CITING_VERB}(?![\w'\u2019-])",
                    masked[close_end:close_end + 200], re.IGNORECASE) is not None


class ClaimVoices:
    """A mixin of quotes._Context: whose a quotation is when frames before and after it both may name its speaker."""

    def _claimed(self, step: int, who: Who, open_mark: int, close_end: int, lead_in: int, previous) -> Who:
        """`who`, what frame `step` (0: the frame after the quotation, 1: the one before it) read, or what a reported
        claim makes of it (module docstring): unnamed when the frame after named no one and the quotation lies in a
        claim the frame before reports ("X held that “…”, his lawyer said"); the holder's when the frame after is the
        holder's own document ("X held that “…”, his judgment said": `own_document`)."""
        if step == 1 and self.verb_end >= 0 and thanked_for(self.masked, self.verb_end, open_mark, self.text[open_mark:close_end]):
            return UNNAMED  # "Osei said … and thanked him for “his courage”": no one's (thankedwords.py)
        if step == 1 and self.framed and reported_within(self.text, self.masked, self.verb_end, open_mark, close_end):
            return who if who.speaker is not None and (own_document(self.masked, close_end) or cites_holder(
                self.masked, close_end, who.speaker)) else UNNAMED
        if step == 0 and (who.speaker is None and own_document(self.masked, close_end) or who.speaker is not None
                          and _CITES.match(self.masked, close_end)):  # (substring first: "… said she had told")
            holder = self._before(self.sentences[lead_in][0], open_mark, lead_in, previous)
            if holder is not None and holder.speaker is not None and reported_within(
                    self.text, self.masked, self.verb_end, open_mark, close_end) and (
                    who.speaker is None or holder.speaker != who.speaker and cites_holder(
                        self.masked, close_end, holder.speaker)):
                return holder  # "X said the plan was “…”, the Kremlin said she had told officials": X's (FX69)
        return who
