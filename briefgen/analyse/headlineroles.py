"""A headline quotation framed by a role ("Nurses 'will not be bullied', says union leader") is the person the text
quotes saying those words when the text writes that role with the person's name.

`quoteresult.echoed` gives a headline's quotation the speaker of the text's quotation that holds its words, but not
one whose headline frame names an unnamed speaker ("says union leader": frame "unnamed"), since the role may be
someone else's. A hospital trial (2026-12-04) lost `Nurses "will not be bullied", says union leader as strike date
set` although the text quotes “Our members will not be bullied into silence,” after "Union general secretary Ines
Harrowgate accused managers …" — her words, and she is the union's leader. `role_echoed` gives it her name when two
things agree: the text's quotation holding the headline's words is a named person's, and every word of the
headline's role is written with that person's name in the text (`titledvoices.written_titles`), its head word
directly or as one of the titles the press calls by it (`HEAD_TITLES`: a union's "leader" is its general
secretary, president or chair). Anything else stays unnamed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from briefgen.analyse.nameruns import PERSON, POSSESSIVE, RUN, classify
from briefgen.analyse.quoteresult import Quote
from briefgen.analyse.sentences import ends, first_end
from briefgen.analyse.titledvoices import written_titles

# A headline's role frame after its quotation: "…", says union leader / …' warns health chief / "…," says museum chief.
_ROLE_AFTER = re.compile(r",?[\u201d\u2019\"'\u00bb]?[ \t]*,?[ \t]+(?i:says|said|warns|insists|claims|admits|tells)[ \t]+"
                         r"(?:(?i:the|a|an)[ \t]+)?(?P<role>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,2}?)"
                         r"(?=[ \t]*(?:$|[,:;.!?\u2014\u2013-]|[ \t](?i:as|after|over|on|in|at|amid|before|ahead|to|for)\b))")
# Headline words for the head of a body and the titles the text writes for it.
HEAD_TITLES = {
    "leader": frozenset("leader secretary president chair chairman chairwoman chief".split()),
    "chief": frozenset("chief executive director head president chair chairman chairwoman".split()),
    "boss": frozenset("chief executive director head president chair chairman chairwoman leader".split()),
    "head": frozenset("head chief director president chair chairman chairwoman".split()),
}
_WORDS = re.compile(r"[\w\u2019']+")
# Head words of a role that lexicon.ROLE_NOUNS leaves out: after a place or a body's name in a frame they make it a
# role, not a name ("says Harcastle museum chief": a trial's headline gave the words to a person "Harcastle";
# quotes._phrase reads such a frame as an unnamed speaker, whom `role_echoed` may name).
ROLE_HEADS = frozenset(HEAD_TITLES) | frozenset("chair chairman chairwoman boss".split())
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_PHRASE_ENDS = frozenset("as after over on in at amid before ahead to for from with who which that and but when while "
                         "of".split())


def role_after_name(lead: list[str]) -> bool:
    """Whether the lower-case words after a name in a frame (`lead`) are a role's words, their noun phrase (up to a
    preposition or a clause word) ending in one of `ROLE_HEADS`: "Harcastle museum chief as she quits"."""
    phrase = lead[:next((i for i, w in enumerate(lead) if w in _PHRASE_ENDS), len(lead))]
    return bool(phrase) and phrase[-1] in ROLE_HEADS


def role_echoed(headline: list[Quote], title: str, body: list[Quote], text: str) -> list[Quote]:
    """`headline` (the quotations of `title`) with each one framed by a role alone ("says union leader") given the
    person of `body` (the quotations of `text`) who says its words and is written with that role (module
    docstring); frame "headline", as `quoteresult.echoed` gives."""
    found = []
    for quote in headline:
        role = _ROLE_AFTER.match(title, quote.end) if quote.speaker is None and quote.frame == "unnamed" else None
        source = _source(quote, body) if role is not None else None
        if source is not None and _holds_role(role.group("role").split(), source.name or "", text):
            quote = replace(quote, speaker=source.speaker, name=source.name, kind=source.kind, frame="headline")
        found.append(quote)
    return found


def _source(quote: Quote, body: list[Quote]) -> Quote | None:
    """The first person's quotation of `body` that holds the words of `quote`, two words at least, in order."""
    words = " ".join(_WORDS.findall(quote.text.lower()))
    if " " not in words:
        return None
    return next((q for q in body if q.kind == PERSON and q.name and f" {words} " in
                 f" {' '.join(_WORDS.findall(q.text.lower()))} "), None)


def _holds_role(role: list[str], name: str, text: str) -> bool:
    """Whether every word of `role` (as the headline writes it) is written with the person `name` somewhere in `text`,
    its head word directly or as one of `HEAD_TITLES`; a role with a capitalised word also in a sentence the person
    opens (`_subject_holds`)."""
    if not role or not name:
        return False
    named = any(w[:1].isupper() for w in role[:-1])  # "Harcastle museum chief": whose role it is
    *modifiers, head = [w.lower() for w in role]
    heads = HEAD_TITLES.get(head, frozenset([head]))
    for run in RUN.finditer(text):
        tokens = [POSSESSIVE.sub("", t) if len(t) > 2 else t for t in run.group().split()]
        kind = classify(tokens)
        if kind is None or kind[0] != PERSON or " ".join(tokens[kind[1]:]) != name:
            continue
        titled = {POSSESSIVE.sub("", w) for w in written_titles(text, run.start(), run.end(), run.group().split(), kind[1])}
        if titled & heads and all(w in titled for w in modifiers) or named and _subject_holds(text, run.start(), modifiers, heads):
            return True
    return False


def _subject_holds(text: str, start: int, modifiers: list[str], heads: frozenset[str]) -> bool:
    """Whether the person named at `start` opens a sentence (its subject) that writes the role: a title of `heads`
    and every one of `modifiers`, the role's place or body among them ("Harcastle museum chief" beside "Dr Helena
    Marsh has resigned as director of the Harcastle Museum of Art": a trial, 2026-12-05). Only with a capitalised
    name in the headline's role, which says whose the role is."""
    opening = max((m.end() for m in ends(_SENTENCE_END, text, 0, start)), default=0)  # (not at "S. K.")
    if text[opening:start].strip():
        return False  # (a title before the name, "Dr", is part of its run)
    end = first_end(_SENTENCE_END, text, start)
    words = {POSSESSIVE.sub("", w) for w in _WORDS.findall(text[start:end.start() if end else len(text)].lower())}
    return bool(words & heads) and all(w in words for w in modifiers)
