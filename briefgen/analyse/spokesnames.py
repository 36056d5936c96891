"""A one-word name that an article writes only before a spokesperson noun ("A Northsound spokesman said …") is an
organisation's, which the spokesperson speaks for.

    spokesperson_only(text, "Northsound")   # -> True when every mention is "a/an/one Northsound spokes(man|woman|person)"

A one-word name reads as a person's (nameruns.classify), and orgvoices.py gives a spokesperson's words to the
organisation a name stands for only when the article shows it to be a firm (orgnames.shown_firm) or names it in full
("Northsound Ferries"). The ferry trial (tests/stories/ferry/, 2026-12-05) lost courier-strike-day's "A Northsound
spokesman said all four of the day's crossings had been cancelled … ‘We regret the disruption …,’ he said.": the
article writes the company only so. A person's spokesperson is written "a spokesman for Biden" or "Biden's
spokesman", and a person spoken for attributively ("a Biden spokesman") is named elsewhere in the article — in full
("Joe Biden", which the caller checks: no person is named in full with the word), with an honorific ("Mr Biden"), or
as the subject of a sentence ("Biden said"). So the name is the organisation's only when the article writes it
nowhere but in such attributive spokesperson phrases: one mention elsewhere, of any kind, and it stays no one's
(precision first). An article that writes a person's name only so gave the words to "Biden" as an organisation ("A
Biden spokesman said the president was “fully briefed”", "A Sturgeon spokesman said she was …": BR8, 2026-12-06):
since then a spokesperson whose reported clause opens with "he", "she" or "the" and a person's office ("the
president", "the prime minister", "the senator": `_PRINCIPALS`) speaks for a person, so for no organisation. Left:
"A Biden spokesman said: “…”" with nothing else to tell is still read as a firm's (as "A Northsound spokesman").
"""
from __future__ import annotations

import re

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.sentences import first_end

# A person spoken for, as the spokesperson's reported clause names them (BR8, 2026-12-06).
_PRINCIPALS = "president|prime[ \t]+minister|minister|senator|governor|mayor|first[ \t]+minister|premier|chancellor|leader|" \
    r"secretary|congressman|congresswoman|candidate|singer|actor|actress|star|player|former[ \t]+\w+"


def spokesperson_only(text: str, surface: str) -> bool:
    """Whether `surface`, one capitalised word, is written in `text` (an article's plain text) only right after "a",
    "an" or "one" (a press, chief or senior spokesperson too) and right before "spokesman", "spokeswoman" or
    "spokesperson" (module docstring)."""
    if not surface[:1].isupper() or not surface.isalpha():
        return False
    word = re.escape(surface)
    mentions = len(re.findall(rf"(?<![\w'\u2019.-]){word}(?![\w'\u2019-])", text))
    attributive = len(re.findall(rf"(?<![\w'\u2019])(?:[Aa]n?|[Oo]ne)[ \t]+(?:(?:chief|senior|press)[ \t]+)?{word}[ \t]+"
                                 r"spokes(?:man|woman|person)\b", text))
    return mentions > 0 and attributive == mentions and not re.search(
        rf"(?<![\w'\u2019]){word}[ \t]+spokes(?:man|woman|person)[ \t]+(?:said|says|told[ \t]+[\w-]+|added|confirmed)[ \t]+"
        rf"(?:that[ \t]+)?(?:he|she|the[ \t]+(?i:{_PRINCIPALS}))\b", text)  # ("A Biden spokesman said the president was")


# A spokesperson's or a lawyer's "for X" and the reported clause that calls X a company (FX30: "A spokesman for H.J.
# Heinz said the company would appeal" listed a person "H.J. Heinz": initials and a surname are a person's form too).
_FOR = re.compile(r"(?:spokes(?:man|woman|person)|lawyer|attorney|representative)[ \t]+for[ \t]+$")
_FIRM_CLAUSE = re.compile(r",?[ \t]+(?:said|says|told[ \t]+[\w-]+|added|confirmed|declined[ \t]+to[ \t]+say[ \t]+whether)[ \t]+"
                          r"(?:that[ \t]+)?(?:its(?![ \t]+(?:[a-z]+[ \t]+)?(?:ruling|verdict|judge?ment|findings?|sentence|injunction|"
                          r"sentencing|decree)s?\b)|the[ \t]+(?:[a-z-]+[ \t]+)?(?:company|companies|firm|group|bank|lender|insurer|maker|[a-z]+maker|"
                          r"retailer|manufacturer|business|airline|carrier|chain|brand|conglomerate|operator|miner|producer)(?![ \t]+of\b))\b")
# "its" before a court's act is the court's ("A lawyer for Trump said its ruling was flawed" made "Trump" a company: FX40).
# A person's pronoun in the rest of the sentence ("A lawyer for Assange said the bank had frozen his accounts": the bank
# is another body, BR28), and the principal's name in full elsewhere in the text ("Elizabeth Holmes lost her appeal. A
# lawyer for Holmes said the company …"): a person spoken for (FX35).
_PERSONS_PRONOUN = re.compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
_STOP = re.compile(r"[.!?](?:[\"'\u201d\u2019)]*)(?:\s|$)")


def firm_spoken_for(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is the employer "a spokesman for", "a lawyer for" (spokeswoman, spokesperson,
    attorney, representative) name, by the reported clause calling it a company: "said the company", "said the
    ketchup maker", "said its" ("A spokesman for H.J. Heinz said the company would appeal"; FX30; not "said it", which
    may be anything: "a spokesman for Kuleba said it was a mistake"). A person spoken for is "he" or "she" there, and
    a name that opens with a given name is a person's whatever follows (givensex.given_sex: "a lawyer for Anna Berg
    said the company …" stays hers); a spokesperson for someone named only so is read as before (precision first).
    Nor is X a company with a person's pronoun in the rest of the sentence ("A lawyer for Assange said the bank had
    frozen his accounts": the bank is another body; "said the airline had lost her luggage"), "the group of …", or
    with its last word after a given name anywhere in `text` ("Elon Musk's Tesla … A spokesman for Musk said the
    company …"; BR28, FX35). A person known only elsewhere in the archive, with none of these, is read as a company."""
    if _FOR.search(text, max(0, start - 24), start) is None or _FIRM_CLAUSE.match(text, end) is None:
        return False
    words = text[start:end].split()
    stop = first_end(_STOP, text, end)  # (not "H.J." or "Mr.": sentences.period_ends)
    if given_sex(words[0]) or _PERSONS_PRONOUN.search(text, end, stop.start() if stop else len(text)):
        return False
    return not any(given_sex(other) for other in re.findall(rf"([^\W\d_][\w'\u2019-]*)[ \t]+{re.escape(words[-1])}\b", text))


# The nouns of those who speak for someone, before the one they speak for ("a spokesman for Musk said", "a lawyer for
# Trump said", "an aide to Reid told"; principals.PRINCIPAL_NOUNS, less "source(s)": "sources close to" is read there).
_SPEAKS_FOR = re.compile(r"(?<![\w-])(?:spokes(?:man|woman|person|people|men|women)|aides?|advis[eo]rs?|lawyers?|solicitors?|"
                         r"attorneys?|barristers?|friends?|all(?:y|ies)|confidante?|publicist|representatives?)[ \t]+"
                         r"(?:for|to|of)[ \t]+$", re.IGNORECASE)


def spoken_for_word(text: str, start: int, end: int) -> bool:
    """Whether the one word text[start:end] is named as the one a spokesperson, an aide or a lawyer speaks for, right
    after "a spokesman for", "a lawyer for", "an aide to" (`_SPEAKS_FOR`), and the clause after it does not call it a
    company (`firm_spoken_for`): then the speech verb after it is the spokesperson's, no evidence that the word is a
    speaker's name ("A spokesman for Heinz said: “…”" made a person "Heinz", "A lawyer for Trump said" a person
    "Trump", as '“…,” said a spokesman for Heinz' did not; FX40). names.py then reads the word as any lone word: a
    name only with a title or a full name before. A person's pronoun in the rest of the sentence keeps the word a
    person's, as FX35 reads it ("A lawyer for Assange said the bank had frozen his accounts"; `_PERSONS_PRONOUN`)."""
    if _SPEAKS_FOR.search(text, max(0, start - 30), start) is None or firm_spoken_for(text, start, end):
        return False
    stop = first_end(_STOP, text, end)
    return not _PERSONS_PRONOUN.search(text, end, stop.start() if stop else len(text))
