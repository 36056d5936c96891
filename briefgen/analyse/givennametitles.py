"""A named title that is a given name too, before a surname: the title of a person of that surname, or a name of its own.

    given_name_titled(text, "Alhaji", "Dangote", at)   # True where "Aliko Dangote" stands in an earlier sentence

"Nana", "Oga", "Kumari", "Selvi", "Alhaji" (titlewords.GIVEN_NAME_TITLES) are titles ("Nana Akufo-Addo", "Alhaji
Dangote") and given names ("Nana Mensah", "Alhaji Kamara"). News style names a person in full at the first reference
and by title and surname after (AP and Reuters style: "Aliko Dangote … Alhaji Dangote said"), so "<title> <surname>"
is the title of a person of that surname when that person's full name stands EARLIER: in an earlier sentence of
`text` (any spelling: "Alhaji Dr. Aliko Dangote", "Alhaji\u00a0Aliko Dangote", "The alhaji, Aliko Dangote,", "Alhaji
Abdulrahman Bello Dada Ahmed"), or, for a headline (no full name in it), in the article (`context`, read as if the
headline stood where the article first writes "<title> <surname>", else at its end) or among the names read
before (`earlier`). It is a full name of its own (a second person) when it comes first ("“We are ready,” Nana
Walren said. Dase Walren agreed.") or stands in one sentence with the other full name ("Nana Marmarmar and Marmar
Marmarmar spoke", "Marmar Marmarmar met Nana Marmarmar": no one is named twice in one sentence). Where the text
writes "<title> <surname>" more than once, its first mention decides for all ("Nana Mensah and Kofi Mensah spoke.
“We won,” Nana Mensah said.": hers). The text writing the title before the full name anywhere ("“We are ready,”
Alhaji Dangote said. Alhaji Aliko Dangote spoke.") makes it the title too (FX119's rule, kept), unless one sentence
coordinates the two. FX123 (BR70's breaks of FX119, which read the title only where written immediately before the
full name: "Alhaji Dr. Aliko Dangote … Alhaji Dangote said" made a second person "Alhaji Dangote"). Limits: a
sister first named as "Nana Mensah" after "Kofi Mensah" is read as his title ("Kofi Mensah spoke. Nana Mensah, his
sister, agreed."), as before FX119; a pure function of its arguments.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from briefgen.analyse.lexicon import HONORIFICS, TITLE_WORDS
from briefgen.analyse.namekeys import fold
from briefgen.analyse.nameparticles import POSITION_PARTICLES, name_word
from briefgen.analyse.occupations import opening_occupation
from briefgen.analyse.sentences import ends
from briefgen.analyse.titlewords import ABBREVIATED_TITLES, SPELLED_OUT, WEST_AFRICAN_HONORIFICS

_PARTICLES = frozenset(POSITION_PARTICLES | {"van", "von", "de", "der", "den", "del", "da", "di", "du", "le", "la"})
_WORD = re.compile(r"[(\[]?[\w.'\u2019-]+[)\]]?")  # a word after the title, "(Dr)" and "Dr." with theirs
_BETWEEN = re.compile(r"[\s,]*")  # spaces of any kind (a no-break space, a line's end) and an appositive's comma
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")  # "M.D.", "M.", "J"; not "US", "APC"
# A sentence's end: ".", "!", "?" (a closing quotation mark or bracket after it) before a space, or a paragraph's.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"\u201d\u2019)]*\s+|\n\s*\n")
_MOST_WORDS = 8  # after the title: styles, given names, particles; "Alhaji Chief Dr. Musa Bello Jnr" is six


def _style(word: str) -> bool:
    """A style or a title's word ("Dr.", "(Dr)", "Engr.", "Barr.", "Chief", "Prof.", "Madam")."""
    lowered = word.strip("()[],").lower()
    return any(w in TITLE_WORDS or w in HONORIFICS or w in ABBREVIATED_TITLES or w in SPELLED_OUT or w in
               WEST_AFRICAN_HONORIFICS for w in (lowered, lowered.rstrip("."))) or lowered == "madam"


def _given(word: str, title: str) -> bool:
    """A given name's word: a name's word that is no title, job or style (and not `title` itself), or initials."""
    lowered = word.lower()
    return lowered != title.lower() and (_INITIALS.fullmatch(word) is not None or name_word(word) and not _style(
        word) and not opening_occupation(lowered))


def _surname_at(words: list[str], surname: str) -> bool:
    return bool(words) and fold(re.sub(r"['\u2019]s?$", "", words[0])) == fold(surname)


def _titled_in_full(source: str, title: str, surname: str) -> bool:
    """Whether `source` writes `title` (in any case) before styles, one or more given names and `surname`: "Alhaji
    Aliko Dangote", "Alhaji (Dr) Aliko Dangote", "alhaji Aliko Dangote", "ALHAJI ALIKO DANGOTE"."""
    for found in re.finditer(rf"(?<![\w'\u2019.-]){re.escape(title)}(?![\w'\u2019-])", source, re.IGNORECASE):
        at, given, words = found.end(), 0, []
        while len(words) < _MOST_WORDS and (word := _WORD.match(source, (space := _BETWEEN.match(source, at)).end())):
            words.append((word.group(), "," in space.group()))
            at = word.end()
        for i, (word, comma) in enumerate(words):
            if given and comma:
                break  # "Nana Mensah, Kofi Mensah and …": a list, not one name
            if given and _surname_at([w for w, _ in words[i:]], surname):
                return True
            if _given(word, title):
                given += 1
            elif not (_style(word) or word.lower() in _PARTICLES and given):
                break
    return False


def _full_names(source: str, surname: str, title: str, end: int) -> list[int]:
    """Where `source[:end]` writes `surname` after a given name (particles between): each full name's start."""
    pattern = rf"(?<![\w'\u2019.-])([\w'\u2019.-]+)\s+(?:(?:{'|'.join(_PARTICLES)})\s+)*{re.escape(surname)}(?![\w-])"
    return [m.start() for m in re.finditer(pattern, source[:end]) if m.group(1)[:1].isupper() and _given(m.group(1), title)]


def _sentence_start(source: str, at: int) -> int:
    """Where the sentence holding `at` starts; a period after a style or an initial ends none ("Dr. Aliko", "M.D."),
    nor one the shared rule reads as an abbreviation's (sentences.ends: "Kofi Mensah (b. 1970) and Nana Mensah", BR72)."""
    start = 0
    for end in ends(_SENTENCE_END, source, 0, at):
        before = source[:end.start() + 1].rsplit(None, 1)[-1]
        if before.endswith(".") and (_style(before) or _INITIALS.fullmatch(before.strip("(\"\u201c"))):
            continue
        start = end.end()
    return start


def _judged(source: str, title: str, surname: str, at: int) -> bool | None:
    """True: a full name stands in an earlier sentence of `source`; False: one stands in the same sentence, before;
    None: none before. Judged at the first "<title> <surname>" of `source` if earlier than `at`."""
    first = re.search(rf"(?<![\w'\u2019.-]){re.escape(title)}\s+{re.escape(surname)}(?![\w-])", source)
    at = min(at, first.start()) if first else at
    fulls = _full_names(source, surname, title, at)
    if not fulls:
        return None
    return fulls[-1] < _sentence_start(source, at)


def given_name_titled(text: str, title: str, surname: str, at: int, context: str = "",
                      earlier: Mapping[str, str] | None = None) -> bool:
    """Whether `title` (as written, a titlewords.GIVEN_NAME_TITLES word) at `at` in `text`, before `surname`, is the
    title of a person of that surname (module docstring). `context`: more text (the article of a headline);
    `earlier`: a folded surname or name -> the full name read before (names.py's)."""
    judged = _judged(text, title, surname, at)
    if judged is False:
        return False  # (coordinated: "Marmar Marmarmar and Nana Marmarmar spoke")
    if judged or _titled_in_full(text, title, surname):
        return True
    if _full_names(text, surname, title, len(text)):
        return False  # the full name comes after, in another sentence: she is named first
    if context:  # a headline: its article, read where it first writes the name (else after its end)
        if re.search(rf"(?<![\w'\u2019.-]){re.escape(title)}\s+{re.escape(surname)}(?![\w-])", context):
            return bool(_judged(context, title, surname, len(context))) or _titled_in_full(context, title, surname)
        if _full_names(context, surname, title, len(context)) or _titled_in_full(context, title, surname):
            return True
    full = (earlier or {}).get(fold(surname), "").split()
    return len(full) > 1 and fold(f"{title} {surname}") not in (earlier or {}) and _given(full[0], title)
