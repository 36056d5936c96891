"""A document as the subject of a speech verb: "The internal note, written for minister Tomas Kerrigan, says …
“…”" is the note's wording, no person's words.

    from briefgen.analyse.documents import document_head
    document_head("The internal note, written for minister Tomas Kerrigan in May,")  # -> (0, 17, None)
    document_head("A memo by Tomas Kerrigan")                                      # -> (0, 6, (10, 24))
    document_head("In a statement, the company")                                    # -> None (a preposition first)

A trial (2026-12-05, a food-safety briefing) gave the words of a leaked memo to the minister it was written for: the
frames read the person named in the document's participle clause as the subject. The rule (docs/people.md,
"Documents"): when a frame's subject noun phrase is headed by a document noun (`DOCUMENT_NOUNS`: note, memo, report,
letter, briefing, statement, email …), with at most a determiner or a possessive and four modifiers before it and
no preposition, conjunction or verb among them, the quotation is no person's — unless the document's author is
named right after the noun ("a memo by X", "a letter from X", "a report written by X"; an affidavit's deponent, "an
affidavit sworn by X": sworn evidence is the deponent's own words, as "X said in an affidavit" writes it; T21): then the author's. "Seen
by", "obtained by", "sent to", "written for" name no author. "The statement" (a definite document with no author)
is the one the last quotation's frame carried its words in ("“…,” the company said in a statement. … “…,” the
statement added."): that speaker's (`vehicle_of`; a trial, 2026-12-06, left a company's statement with no speaker). Ambiguous nouns ("paper", "post": an outlet) are left
out. A pure function of the phrase (the masked text of the frame's subject); `DocumentVoices._document` reads it for
quotes._Context.
"""
from __future__ import annotations

import re

from briefgen.analyse.andnames import and_organisation
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.nameruns import PERSON
from briefgen.analyse.quoteframes import COORDINATORS, PREPOSITIONS, SUBORDINATORS
from briefgen.analyse.quoteresult import UNNAMED, Who

# Documents that "say", "state", "warn" (news style: "the report says", "a memo warned"). Singular and plural.
_DOCUMENTS = """note memo memorandum report letter briefing statement document email e-mail study review audit analysis
assessment filing submission dossier leaflet notice circular directive guidance minutes draft survey presentation
transcript petition complaint lawsuit indictment affidavit manifesto summary factsheet bulletin advisory newsletter
editorial announcement notification white-paper readout communique communiqué decree""".split()
DOCUMENT_NOUNS = frozenset(_DOCUMENTS) | frozenset(f"{w}s" for w in _DOCUMENTS) | frozenset(
    ("memoranda", "analyses", "studies", "summaries", "policies", "emails", "press release", "press releases",
     # a document's copy or its words: "according to a copy seen by The Addis Weekly Herald" (T23, 2026-12-07: the
     # memorandum's words were the outlet's)
     "copy", "copies", "text", "texts", "excerpt", "excerpts", "extract", "extracts"))
# Words that cannot stand among a subject's modifiers: the head is then inside a clause or a prepositional phrase
# ("Kerrigan in a note said", "In a statement, the company said").
_NOT_MODIFIER = PREPOSITIONS | COORDINATORS | SUBORDINATORS | frozenset(
    "said says told tells wrote writes is was are were has had have who".split())
_WORD = re.compile(r"[^\s,;:()\u2014\u2013]+")
# What may follow the document noun: the end of the phrase, a comma, a dash or bracket, or words that begin a
# clause about the document (participles, "seen by", "to the council", "that").
_AFTER = re.compile(r"\s*(?:$|[,(\u2014\u2013]|(?:by|from|to|for|of|on|in|at|seen|obtained|written|sent|drafted|"
                    r"prepared|published|released|issued|signed|sworn|dated|leaked|addressed|circulated|shared|that|which|"
                    r"marked|given|presented|submitted|compiled|commissioned|produced|posted|reviewed|viewed|examined|read)\b)",
                    re.IGNORECASE)  # ("a copy reviewed by X": T23)
# The author named right after the noun: "by X", "from X", "written/signed/drafted/prepared/sent by X".
_AUTHOR = re.compile(r"\s+(?:(?:written|signed|sworn|drafted|prepared|compiled|authored|produced|issued|sent)\s+by|by|from)"
                     r"\s+(?P<author>[^,;:()\u2014\u2013]+?)\s*(?=$|[,;:()\u2014\u2013]|\s(?:to|in|on|at|for|last|this|"
                     r"and|which|that|who|dated|seen|obtained)\b)")
# Another author after the first: "a study by Reed and Berg", "by Reed, Berg and Ng", "by Reed and colleagues", "by Reed
# and his deputy", "by Reed et al." — the document of several authors is no one person's words (FX41: "“Prices will
# fall,” a study by Reed and Berg found." was Reed's). Only names (`_NAME_ITEM`) joined by "," and "and" right after the
# author's name (BR31: "a study by Reed, published in March and reviewed by Berg, found" is Reed's; "a memo from X and
# seen by Reuters" X's); a firm's name with "and" ("Ernst and Young", "Marks and Spencer": andnames.and_organisation) is
# one author, the firm.
_NAME_ITEM = (rf"(?:{CAPITAL}[\w'\u2019.\-]*(?:[ \t]+(?:{CAPITAL}[\w'\u2019.\-]*|van|von|de|der|da|di|du|la|le|al|bin|ibn))*"
              r"|(?:his|her|their)[ \t]+[a-z\-]+|colleagues|co-authors|coauthors|others)(?![\w'\u2019-])")
_CO_AUTHORS = re.compile(rf"(?:\s*,\s*{_NAME_ITEM})*,?\s+(?:and|&)\s+{_NAME_ITEM}|\s+et\s+al\b")
_ET_AL = re.compile(r"\set\.?\s+al\b")  # (inside the author's span: "a study by Reed et al found")
_FIRM_TAIL = re.compile(rf"\s+and\s+(?P<tail>{CAPITAL}[\w'\u2019\-]*(?:[ \t]+{CAPITAL}[\w'\u2019\-]*)*)")
_ASIDE = re.compile(r",\s*(?:he|she|they|we|i|it)\s*$", re.IGNORECASE)
_DETERMINERS = frozenset("the a an this that these those its his her their our one another".split())


def document_head(phrase: str) -> tuple[int, int, tuple[int, int] | None] | None:
    """(start, end of the document noun phrase, the author's span or None) within `phrase` (a frame's subject noun
    phrase, quotations masked) when a document heads it; None otherwise (module docstring). Offsets are into
    `phrase`; the author's span is only a name written right after the noun ("by X", "from X")."""
    if _ASIDE.search(phrase):
        return None  # "the plan, which Brussels rejects, she said": the speaker's aside
    words = list(_WORD.finditer(phrase))
    for n, word in enumerate(words[:7]):
        lowered = word.group().lower() if word.group().islower() else word.group()  # "Memo", "Readout": names
        two = f"{lowered} {words[n + 1].group()}" if n + 1 < len(words) else ""
        noun_end = words[n + 1].end() if two in DOCUMENT_NOUNS else word.end() if lowered in DOCUMENT_NOUNS else -1
        if lowered.lower() in _NOT_MODIFIER or noun_end < 0 and lowered.endswith(("ly", "ing")) and n > 0:
            return None
        if noun_end < 0:
            continue
        if n > 5 or n > 0 and words[0].group().lower() not in _DETERMINERS and n > 4:
            return None
        if phrase[words[0].start():noun_end].count(","):
            return None
        if not _AFTER.match(phrase, noun_end):
            continue  # a modifier ("the draft note", "the report author, Jane Doe,"): the head may follow
        author = _AUTHOR.match(phrase, noun_end)
        span = (author.start("author"), author.end("author")) if author else None
        firm = _FIRM_TAIL.match(phrase, span[1]) if span else None
        if firm is not None and and_organisation((phrase[span[0]:span[1]], firm.group("tail"))):
            span = (span[0], firm.end())  # "a report by Ernst and Young": the firm
        elif span is not None and (_CO_AUTHORS.match(phrase, span[1]) or _ET_AL.search(phrase, *span)):
            span = None  # several authors: the document's own words (`_CO_AUTHORS`)
        return words[0].start(), noun_end, span
    return None


# A document as the vehicle of someone's words: "in a statement", "in its annual report", "a statement from X",
# "issued a statement" — modifiers in lower case and no function word among them ("in its response to a report by
# the regulator" is the regulator's report; "the ministry's statement" another body's: BR28). Matched on the masked text ending at (or, for "from"/"by", starting at)
# the noun; `vehicle_of` reads it.
_VEHICLE_BEFORE = re.compile(r"\b(?i:in|via|through|issued|released|published|posted|shared|sent|emailed|e-mailed|gave|"
                             r"put\s+out)\s+(?i:a|an|its|his|her|their|the|our)\s+"
                             r"(?:(?!(?:to|of|by|from|for|on|with|and|or|a|an|the|in|at|about)\s)[a-z][\w-]*\s+){0,3}$")
_VEHICLE_AFTER = re.compile(r"\s+(?:from|by|issued\s+by|released\s+by|sworn\s+by)\s", re.IGNORECASE)
# "the statement said" of the quotation before: the same document, its speaker already read through it.
_CHAINED = re.compile(r"\s+(?:said|says|added|adds|stated|states|continued|continues|read|reads|noted|notes|went\s+on)\b")


def vehicle_of(masked: str, head: str, before: int, span: tuple[int, int], author: str) -> bool:
    """Whether "the <noun>" (`head`: a definite document noun phrase, e.g. "the statement") standing at `before` in
    `masked` is the document last named before it as the vehicle of someone's words ("said in a statement", "a
    statement from X" with X `author`'s last word, "issued a statement"; or "the statement said" of a quotation
    before, read the same way), and that mention lies within `span` (the start and end offsets of the previous
    quotation's sentences): the antecedent of a definite noun is its last mention, and it carried the words of the
    quotation before. A mention that is no vehicle ("criticised the statement"), lies outside `span` (another's
    statement named since) or is another noun gives False."""
    words = head.split()
    if len(words) != 2 or words[0].lower() != "the":
        return False  # "a statement said": a new document; "the regulator's statement", "the police statement",
        # "the earlier statement": another's or another one (BR28 gave them to the speaker before)
    noun = words[-1].lower()
    last = None
    for last in re.finditer(rf"\b{re.escape(noun)}\b", masked[:before], re.IGNORECASE):
        pass
    if last is None or not span[0] <= last.start() < span[1]:
        return False
    after = _VEHICLE_AFTER.match(masked, last.end())
    return (_VEHICLE_BEFORE.search(masked, max(0, last.start() - 60), last.start()) is not None
            or after is not None and author.split()[-1] in masked[after.end():after.end() + 80]
            or masked[max(0, last.start() - 4):last.start()].lower() == "the " and _CHAINED.match(masked, last.end()) is not None)


class DocumentVoices:
    """A mixin of quotes._Context: the speaker of a frame whose subject a document heads."""

    def _document(self, start: int, end: int, frame: str, sentence: int, previous):
        """The Who of the subject masked[start:end] when a document heads it (`document_head`), else None: its author
        named after the noun ("a memo by X"), an organisation that heads it ("the Treasury report", "a CMA statement":
        orgvoices.py), else UNNAMED; never a person written before the noun ("the Kerrigan memo": for or by him?)."""
        found = document_head(self.masked[start:end])
        if found is None:
            return None
        head_start, head_end, author = found
        if author is not None:
            who = self._phrase(start + author[0], start + author[1], frame, sentence, previous, True)
            if who is not None and who.speaker is not None:
                return who
        who = self._phrase(start + head_start, start + head_end, frame, sentence, previous, True)
        if who is not None and who.speaker is not None and who.kind != PERSON:
            return who
        voice = self._organisation_voice(start + head_start, start + head_end, frame, sentence)
        if voice is None and previous is not None and previous[1].speaker is not None and vehicle_of(
                self.masked, self.masked[start + head_start:start + head_end], start + head_start,
                (self.sentences[self.quoted_first][0], self.sentences[min(previous[0], len(self.sentences) - 1)][1]),
                previous[1].speaker):
            return Who(previous[1].speaker, previous[1].name, previous[1].kind, frame)  # "the statement added"
        return voice or UNNAMED
