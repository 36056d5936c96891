""""Sheikh" before one word as the first word of the name, where the article's own usage says so ("Sheikh Hasina").

    name_titled(text, at, run, reading)   # -> the reading "Sheikh Hasina" (title "Prime Minister") of the run
                                          #    "Prime Minister Sheikh Hasina", where `reading` was "Hasina" (title
                                          #    "Prime Minister Sheikh")

"Sheikh" is a title before a Gulf ruler's or a cleric's name ("Sheikh Tamim bin Hamad", "Emir Sheikh Tamim") and a word
of a name in South Asia and Somalia ("Sheikh Hasina", Bangladesh's prime minister, is never "Hasina Wajed" in copy;
"Sheikh Mujibur Rahman"; "Hassan Sheikh Mohamud": innertitles.py). nameruns reads it as a title first in a name, so
"“…,” Sheikh Hasina said" made a person "Hasina" (FX60, 2026-12-07). The article tells which: a name of one word after
"Sheikh" that the article never writes without it, or that it writes with another title before "Sheikh" ("Prime
Minister Sheikh Hasina": a title before a title is read so only for a ruler, innertitles.RULER_WORDS, "Emir Sheikh
Tamim", or a royal, "Crown Prince Sheikh Mohammed"), keeps the word: the person is "Sheikh Hasina", whose later "Hasina
said" is a reference to her (names.py). Where the article also writes the word alone ("Sheikh Tamim … Tamim said"),
"Sheikh" stays a title, as before, and so where the article writes the word as the first of a longer name ("Sheikh
Mohammed bin Rashid Al Maktoum … Sheikh Mohammed said": one person, FX68). Two or more words after it ("Sheikh Mohammed bin Rashid") are read as before: the
title. Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.innertitles import INNER_NAME_TITLES, RULER_WORDS
from briefgen.analyse.lexicon import TITLE_WORDS
from briefgen.analyse.namekeys import fold
from briefgen.analyse.regnalnames import REGNAL
from briefgen.analyse.runparts import Reading

_LAST_WORD = re.compile(r"(\S+)[ \t]+$")
_RULERS = RULER_WORDS | REGNAL | frozenset({"crown"})


def name_titled(text: str, at: int, run: str, reading: Reading | None) -> Reading | None:
    """`reading` (a part of `run`, which starts at `at` in `text`; offsets into `run`) with a "Sheikh" ending its title
    taken into the name, where the module docstring says so; else `reading` unchanged (None stays None)."""
    if reading is None or not reading.single or reading.kind != "person" or not reading.title:
        return reading
    words = reading.title.split()
    if words[-1].lower() not in INNER_NAME_TITLES or any(w.lower() in _RULERS for w in words[:-1]):
        return reading
    if len(words) == 1 and _written_alone(text, reading.surface, words[-1]) or opens_longer(text, reading.surface):
        return reading  # ("Sheikh Tamim … Tamim said", "Sheikh Tamim bin Hamad … Sheikh Tamim": the title, as before)
    title_word = _LAST_WORD.search(run, 0, reading.start)
    if title_word is None:
        return reading
    start = title_word.start(1)
    surface = run[start:reading.end]
    return Reading(reading.kind, start, reading.end, surface, " ".join(words[:-1]), False, reading.head, fold(surface),
                   fold(words[-1]), reading.last_key)


def _written_alone(text: str, word: str, title: str) -> bool:
    """Whether `text` writes `word` as a word with no `title` right before it ("Hasina said", "Ms Hasina")."""
    for match in re.finditer(rf"(?<![\w'\u2019\-]){re.escape(word)}(?![\w\-])", text):
        before = text[max(0, match.start() - len(title) - 2):match.start()].rstrip()
        if not before.lower().endswith(title.lower()):
            return True
    return False


_NEXT_NAME_WORD = r"[ \t]+(?:(?:bin|bint|ibn|bn|al|el)\b|[^\W\d_a-z])"


def opens_longer(text: str, word: str) -> bool:
    """Whether `text` writes `word` as the first word of a longer name: followed, after spaces or tabs, by a capitalised
    word or a nasab or article particle ("Mohammed bin Rashid Al Maktoum", "Mansour Al Nahyan"). Then "Sheikh" before
    `word` alone is the title of that fuller name's short form ("Sheikh Mohammed said" after "Sheikh Mohammed bin
    Rashid Al Maktoum"), as nameruns reads it (FX68, 2026-12-07: FX60's rule had made it a second person)."""
    return re.search(rf"(?<![\w'\u2019\-]){re.escape(word)}{_NEXT_NAME_WORD}", text) is not None


def name_start(text: str, tokens: list[str] | tuple[str, ...], first: int) -> int:
    """Where the name starts among a run's `tokens` (`first`: where nameruns.classify starts it, after the title): one
    word earlier where that word is a "Sheikh" the article `text` keeps in the name (module docstring), else `first`.
    For fullnames.full_name, which reads the runs before a quotation's speaker as names.py reads them. Only a title
    word right before "Sheikh" (lexicon.TITLE_WORDS) spares the "written alone" test; any other word before it ("said
    Sheikh Aaaaa" after "Aaaa Aaaaa spoke first") does not (a CI draw, 2026-12-07: the run's first token was "said",
    so the test was skipped and "Sheikh Aaaaa" became a second person)."""
    if first != len(tokens) - 1 or first == 0 or tokens[first - 1].lower() not in INNER_NAME_TITLES or any(
            t.lower() in _RULERS for t in tokens[:first - 1]):
        return first
    titled = first >= 2 and tokens[first - 2].lower() in TITLE_WORDS  # "Prime Minister Sheikh Hasina"
    if not titled and _written_alone(text, tokens[first], tokens[first - 1]) or opens_longer(text, tokens[first]):
        return first
    return first - 1


_RUN_BEFORE = re.compile(r"(?:[^\W\d_][\w'\u2019\-]*[ \t]+)+$")


def kept_start(text: str, at: int, surface: str) -> int:
    """Where a one-word person name `surface` at offset `at` of `text` starts with the "Sheikh" before it that the
    article keeps in the name ("Sheikh Hasina said": the offset of "Sheikh"), else `at`. For quotation frames, whose
    speaker's title is split off before its name is read (quotespeakers.py)."""
    run = _RUN_BEFORE.search(text, max(0, at - 60), at) if " " not in surface else None
    if run is None:
        return at
    tokens = [*run.group().split(), surface]
    if name_start(text, tokens, len(tokens) - 1) == len(tokens) - 1:
        return at
    return at - len(run.group()) + run.group().rstrip().rfind(tokens[-2])
