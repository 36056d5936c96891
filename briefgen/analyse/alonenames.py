"""How an article writes a short name alone: after a title ("Prime Minister Abiy", "President Hassan Sheikh") or
described as a private person ("said Johari, a smallholder in Riau", "Mohammed, 34,").

    alone_usage(text, mentions)   # -> (("Abiy", "Prime Minister"), ("Johari", "")): (full, title), "" when described

Takes an article's text and its mentions (names.Found tuples: surface, start, end, kind, full, title, in_title); gives
each person's name of one or two words written as its article-local full name (no fuller name in the article) after a
title, with the title, or followed by a description of a private person (an age, "a"/"an" and a noun: a vox pop), with
"". people.find_people keeps them (ArticlePeople.alone) and people.article_mentions gives them to NameIndex.build as the
mentions' titles and `described`, which titledgiven._given_called reads: a titled short name is the site's one person
whose leading words it is; a described one is no one's but its own. Source: T23 (2026-12-07): "Prime Minister Abiy",
"President Hassan Sheikh" made People pages beside Abiy Ahmed and Hassan Sheikh Mohamud (the title was lost between
the article's reading and the index, and one untitled mention anywhere kept a short name apart); BR32's vox pops
("said Mohammed, a 34-year-old shopkeeper", "said Johari, a smallholder") stay apart. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.nameruns import PERSON

# A private person's description right after a name: an age (", 34," "(34)"), or "a"/"an" and a noun (", a
# 34-year-old shopkeeper in Khan Younis", ", a smallholder in Riau", ", a nurse in Leeds").
_DESCRIBED = re.compile(r"(?:,[ \t]+\d{1,3}\b|[ \t]+\(\d{1,3}\)|,[ \t]+(?:a|an)[ \t]+[^\W_])")


def alone_usage(text: str, mentions: Sequence[tuple], quotes: Sequence[object] = ()) -> tuple[tuple[str, str], ...]:
    """(full name, title) of each short person name `text` writes alone after a title, (full name, "") of each it
    describes as a private person (module docstring); distinct, first first. `mentions`: names.Found tuples of `text`
    (those of the headline, `in_title`, are passed over: offsets of another text); `quotes`: quotes.Quote values of
    `text`, whose speakers are read too ('"…," said Mohammed, a shopkeeper' makes no mention: names.py reads a name
    alone as a person's where its verb follows it)."""
    found: dict[tuple[str, str], None] = {}
    for surface, _, end, kind, full, title, in_title in mentions:
        if kind != PERSON or in_title or surface != full or full.count(" ") > 1:
            continue
        if title:
            found[(full, title)] = None
        elif _DESCRIBED.match(text, end):
            found[(full, "")] = None
    for quote in quotes:  # (names.py and quotes.py read a speaker alike: the quotation's sentence names it)
        speaker, name = getattr(quote, "speaker", None), getattr(quote, "name", None)
        if getattr(quote, "kind", "") == PERSON and speaker and speaker == name and speaker.count(" ") <= 1 and re.search(
                rf"(?<![\w'\u2019-]){re.escape(speaker)}{_DESCRIBED.pattern}", getattr(quote, "sentence", "")):
            found[(speaker, "")] = None
    return tuple(found)


def alone_titles(usage: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Full name -> its title, from `alone_usage`'s pairs; "" where the article describes it as a private person
    anywhere (a vox pop is read so however else the article writes it)."""
    titles = {full: title for full, title in usage if title}
    titles.update((full, "") for full, title in usage if not title)
    return titles
