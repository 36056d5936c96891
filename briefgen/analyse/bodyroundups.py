"""A roundup told by its body: a list of several short news items, each with its own lead-in and event.

    listed_roundup("Tuesday's briefing", "Good morning.\\n\\nLevy. Indonesia's levy rises to 10% …\\n\\n"
                   "Riau. Farmers will march …\\n\\nCourt. A Kuala Lumpur judge restored …")        # -> True
    listed_roundup("Palm producers close ranks", "Why it matters: Reale's levy …\\n\\n"
                   "Driving the news: Reale told …\\n\\n…")                                     # -> False

A newsletter's piece of several news items under a headline that is no roundup's label ("Tuesday's briefing", "What
we're watching", "Palm oil, levies and lawsuits") shares words with each item's event, and joined the story of one of
them (FX54, 2026-12-07; piecekinds.py reads the headline's labels). Its body is read as plain blocks (load/plaintext.py:
a paragraph or a list item a block; bold and bullets gone), so an item is a block that shows it is one:

- a lead-in: one to six words, capitalised, then ". ", ": " or a dash before a capitalised sentence ("Levy. Indonesia's
  levy rises …", "Riau march — Farmers say …", the bold lead-in or bullet label as text);
- "Also: …" / "Also, …" (each of its semicolon-separated parts an item);
- a short block (at most ITEM_WORDS words) after an intro that announces news items and ends with a colon ("Here's
  what we're watching:", "In today's briefing:"): a bullet list's items have no mark in the plain text otherwise.

The body is a roundup when it has MIN_ITEMS items or more that hold at least half of its words, no lead-in is written
twice (a transcript's speakers), the items tell different events — no term stands in more than half of them (two of
three: a sector's weekly names its country or its crop in two items, "Indonesia's levy …", "Indonesia and Malaysia
agreed …") — and neither headline nor lead names an explainer (guides.explains). One event's structured report fails
that: Axios' "Why it matters: … / Driving the news: … / What they're saying: …" share the event's names (and those
lead-ins are one report's own: EXPLAINING), as a timeline's "Monday: … / Tuesday: …" and a live blog's "09:15 — …" are
one event's (dates and times are no lead-ins here). Since FX62 (newslettercues.py) the piece must show
itself a newsletter — an edition's headline, a headline listing several items, a greeting or an announcement before
the items — else its list is one event's parts ("Valencia floods" over "Death toll. … / Missing. … / Rescue. …"). Under
that cue a bullet list with neither lead-ins nor an announcing intro is read too (`_bare_items`): every block after an
intro of at most two blocks, but one sign-off, a news sentence or two (MIN_BARE_WORDS to ITEM_WORDS words, closed by a
full stop, no pronoun or conjunction opening it: `_BACK`), the body opening with no dateline (in plain text a wire
report's one-sentence paragraphs look the same: "JAKARTA, Dec 1 (Reuters) - …", "Her reasoning is blunt …"). Rule set by hand on FX54's sites; a missed roundup
is the lesser harm (a report kept out of its story is worse: BR32), so every doubt reads a report. One event's
aspects told in varied words under lead-ins (reactions by country, "X: the latest", "what we know", a timeline by
phases, a party's or a player's profiles: BR34) are read by oneeventlists.py. English forms. Pure.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile

from briefgen.analyse.guides import explains
from briefgen.analyse.newslettercues import GREETING, GREETING_CHARS, newsletter_cued
from briefgen.analyse.oneeventlists import one_events_list
from briefgen.analyse.terms import term_of, words

MIN_ITEMS = 3
ITEM_WORDS = 60  # a bullet item's most words (one or two sentences of news)
# A lead-in: one to six words (the first capitalised or a digit), no comma or bracket, then ". ", ": ", or a dash,
# before a capitalised word, a digit or a quotation mark.
_LEAD_IN = re.compile(r"([A-Z0-9][\w'\u2019&%$£€.-]*(?: [\w'\u2019&%$£€.-]+){0,5}?)"
                      r"(?:[.:]| [\u2014\u2013-]| \|) +"
                      r"(?=[A-Z0-9\u201c\"'\u2018£$€])")
# One event's report's own lead-ins (Axios' "smart brevity", a Q&A, an explainer's parts) and a quotation's speakers
_EXPLAINING = re.compile(
    r"(?:why it matters|the big picture|big picture|driving the news|what(?:'|\u2019)?s next|what happened|"
    r"what they(?:'|\u2019)re saying|between the lines|zoom (?:in|out)|by the numbers|yes,? but|the bottom line|"
    r"bottom line|the other side|"
    r"context|background|flashback|state of play|catch up quick|go deeper|reality check|(?:the )?details|key points?|"
    r"what to watch|(?:our )?thought bubble|the latest|latest|update[d]?|correction|editor(?:'|\u2019)?s note|note|"
    r"q|a|question|answer|reaction|reactions|the response|response|timeline|what we know|what we don(?:'|\u2019)t know|"
    r"how it works|where it stands|the backstory|backstory|be smart|worth noting|of note|the intrigue|the catch|"
    r"the stakes|threat level|the other view|the impact|impact|what(?:'|\u2019)?s at stake|what it means|"
    r"the fine print|fine print|read more|more|further reading|see also|related|source|sources|photo|pictured|"
    r"watch|listen|live|breaking|exclusive|analysis|opinion|comment|summary|in short|tl;?dr|the gist|first|second|"
    r"third|finally|next|then|meanwhile|also|plus|and|but|so)", re.IGNORECASE)
# Dates and times open a timeline's or a live blog's entries, one event's: "Monday:", "13 November:", "09:15 —"
_WHEN = re.compile(r"(?i:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|morning|"
                   r"afternoon|evening|gmt|utc|bst|cet|est|pst|wib|myt)\b|\d{1,2}[.:h]\d{2}|\b\d{1,2} ?[ap]\.?m\b|"
                   r"\b\d{4}$|^\d{1,2}$)|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                   r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
_ALSO = re.compile(r"(?:also|elsewhere|in other news|in brief|briefly)(?: [\w']+){0,3}?\s*[:,\u2014\u2013-]\s+",
                   re.IGNORECASE)
# An intro that announces news items: it ends with a colon and names them ("Here's what we're watching:")
_A = r"(?:'|\u2019)"
_INTRO = re.compile(rf"(?:here{_A}?s what (?:we{_A}re (?:watching|following|reading)|you (?:need to know|missed))"
                    rf"|here (?:are|is) (?:today{_A}s|this week{_A}s|the day{_A}s|the week{_A}s|the|your) (?:top )?"
                    rf"(?:stories|headlines|news|briefing)|what we{_A}re (?:watching|following|reading)"
                    rf"|(?:today{_A}s|this week{_A}s|the day{_A}s|the week{_A}s) (?:top )?"
                    rf"(?:stories|headlines|news|briefing)"
                    rf"|in (?:today{_A}s|this week{_A}s|this) (?:briefing|edition|newsletter)|top stories|making news"
                    rf"|on our radar|in brief)[^\n]{{0,80}}:$", re.IGNORECASE)
# A short sentence is no lead-in ("Her reasoning is blunt. The four …", "Not everyone is convinced. …"): a pronoun,
# an auxiliary or a negation in it.
_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|"
                     r"could|"
                     r"may|might|must|said|says|say|told|it|its|he|she|they|we|i|you|her|his|their|our|my|your|him|"
                     r"them|us|me|not|no|never|this|that|these|those|there|here|who|which|what|how|when|where|why)\b",
                     re.IGNORECASE)
_QUOTED_OR_FIRST_PERSON = re.compile(r"[\u201c\"\u2018']|(?:I|We|Our|My)\b")


def _lead_in(block: str, first: bool) -> str | None:
    """The lead-in of `block` as written ("Levy" of "Levy. Indonesia's …"), or None when it opens with none;
    `first`: the body's first block, where capitals before a dash are a dateline ("THE HAGUE — …")."""
    head = block[:80]  # (a lead-in's six words end before this: most paragraphs are read no further, 4x faster)
    if ". " not in head and ": " not in head and " \u2014" not in head and " \u2013" not in head and " -" not in head \
            and " |" not in head:
        return None
    match = _LEAD_IN.match(block)
    if match is None:
        return None
    label = match.group(1).rstrip(".")
    if (_EXPLAINING.fullmatch(label) or _WHEN.search(label) or _CLAUSE.search(label) or len(label) < 2
            or label.isdigit() or first and label.isupper() and block[len(label):match.end()].strip() in "\u2014\u2013-"
            or _QUOTED_OR_FIRST_PERSON.match(block, match.end()) or len(block) - match.end() < 20):
        return None
    return label


def _items(blocks: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """The items of a body's `blocks`, their lead-ins as written and the blocks that open with them; None when a
    lead-in is written twice."""
    items: list[str] = []
    labels: list[str] = []
    labelled: list[str] = []
    announced = False
    for block in blocks:
        label = _lead_in(block, block is blocks[0])
        also = _ALSO.match(block) if block[:1] in "AaEeIiBb" else None
        if also:
            items.extend(part for part in re.split(r";\s+", block[also.end():]) if part.strip())
        elif label is not None:
            items.append(block)
            labels.append(label)
            labelled.append(block)
        elif announced and len(block.split()) <= ITEM_WORDS:
            items.append(block)
            continue
        # (only a block ending with a colon is read, its end: the search at every place took 0.6 ms an article)
        announced = block.endswith(":") and _INTRO.search(block[-200:]) is not None
    return None if len({label.lower() for label in labels}) < len(labels) else (items, labels, labelled)


# A bare item of a newsletter's bullet list (FX62): one or two sentences of news, capitalised, closed by a full stop,
# "!" or "?", of MIN_BARE_WORDS to ITEM_WORDS words, not opening with a word that refers back to the block before
# (a report's next paragraph: "It …", "The increase …" is not caught, "Her reasoning …" is).
MIN_BARE_WORDS = 8
BARE_CHARS = ITEM_WORDS * 10  # no block of more characters holds ITEM_WORDS words or fewer (a cheap first test)
_BACK = re.compile(r"(?:It|Its|This|That|These|Those|He|She|They|His|Her|Their|We|Our|I|But|And|So|Yet|Still|Also|"
                   r"Meanwhile|However|Instead|Then|There)\b")
_CLOSED = re.compile(r"[.!?][\u201d\u2019\"')]*$")
# A wire's or a correspondent's dateline opening the body: "THE HAGUE — …", "JAKARTA, Dec 1 (Reuters) - …"
_DATELINE = re.compile(r"[A-Z][A-Z.'\u2019 -]{2,}(?:,[^\n\u2014\u2013]{0,40}?)?\s*(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]\s")


def _bare_items(blocks: list[str]) -> tuple[list[str], list[str]]:
    """The bare items of `blocks` and the intro before them: a list's items with no lead-in (the bullets gone in plain
    text: news sentences, `_bare`), every block after an intro of at most two blocks, but one sign-off. None (two empty
    lists) when the body opens with a dateline (a report's paragraphs) or a block is one report's own part (EXPLAINING:
    "Why it matters: …")."""
    if _DATELINE.match(blocks[0]):
        return [], []
    bare = [_bare(block) for block in blocks]
    if None in bare:
        return [], []
    start = next((n for n, is_item in enumerate(bare) if is_item), len(bare))
    items = [block for block, is_item in zip(blocks[start:], bare[start:]) if is_item]
    if start > 2 or len(items) < len(blocks) - start - 1 or not all(bare[start:start + len(items)]):
        return [], []
    return items, blocks[:start]


def _bare(block: str) -> bool | None:
    """Whether `block` reads as a bare item (module docstring: `_BACK`, `_CLOSED`, MIN_BARE_WORDS); None for one report's
    own part ("Why it matters: …")."""
    label = _LEAD_IN.match(block)
    if label is not None and _EXPLAINING.fullmatch(label.group(1).rstrip(".")):
        return None
    words = block.split()
    return (MIN_BARE_WORDS <= len(words) <= ITEM_WORDS and block[:1].isupper() and _CLOSED.search(block) is not None
            and not _BACK.match(block) and len(re.findall(r"[.!?] +[A-Z]", block)) <= 1 and not GREETING.search(block[:GREETING_CHARS]))


def _terms(text: str) -> set[str]:
    return {term for term in map(term_of, words(text)) if term}


def listed_roundup(title: str, text: str) -> bool:
    """Whether plain body `text` (blocks between blank lines: load/plaintext.plain_blocks) is a roundup's list of
    MIN_ITEMS or more news items of different events (module docstring) in a piece that shows itself a newsletter
    (newslettercues.newsletter_cued: headline `title` or a block before the items); never under an explainer's headline
    or lead (guides.explains: "Explainer: who investigates a ferry grounding" lists the bodies that do)."""
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    if len(blocks) < 2:  # (a paragraph and an "Also: …" of three, or more blocks)
        return False
    found = _items(blocks)
    if found is None:
        return False
    items, labels, labelled = found
    if len(items) < MIN_ITEMS and labels:
        return False
    if len(items) < MIN_ITEMS:  # a bullet list with no lead-ins (FX62), read under a cue only (most bodies: the
        if len(blocks) < MIN_ITEMS or any(len(block) > BARE_CHARS for block in blocks[2:-1]) or not newsletter_cued(
                title, blocks[:2]):  # first two blocks hold any intro `_bare_items` keeps)
            return False
        items, intro = _bare_items(blocks)
    else:
        listed = {id(item) for item in items}
        intro = list(takewhile(lambda block: id(block) not in listed and not _ALSO.match(block), blocks))
    if len(items) < MIN_ITEMS or not newsletter_cued(title, intro):
        return False  # (without a newsletter's cue: one event's parts, whatever its items, newslettercues.py)
    if 2 * sum(len(item.split()) for item in items) < sum(len(block.split()) for block in blocks):
        return False
    held = Counter(term for item in items for term in _terms(item))
    if max(held.values(), default=0) * 2 > len(items) + 1 or explains(title, text):
        return False
    lead = list(takewhile(lambda block: _lead_in(block, block is blocks[0]) is None, blocks)) if labels else []
    return not one_events_list(title, lead, labels, text, labelled)
