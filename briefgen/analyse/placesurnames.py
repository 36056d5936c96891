"""A compound surname that is also a place's name ("San Martín", "Santa Cruz", "Santo Domingo", "São Paulo") is a
person's where the text names that person with a given name before it.

    place_surname(tokens, full)  # -> True: tokens ["San", "Martín"], full("San Martín") == "Elena San Martín"

nameruns.classify reads a run opening with a saint's word (placewords.SAINT_WORDS: "San Martín", "Santa Cruz") or a
listed place ("Santo Domingo") as no person's name, so T29 F6's `"The company can afford it," San Martín told El Nuevo
Sol` after "Union president Elena San Martín said …" had no speaker. Iberian surnames of this shape are common (San
Martín, San Román, Santa Cruz, Santa María, Santo Domingo, São Paulo); the place reading is right only where no person
of that surname is named: fullnames.full_name finds the person only after a given name written before the two words.

FX102 (BR60): and only where the article never uses the two words as a place's name. "Senator Rafael Santa Cruz backed
the count. The southern province of Santa Cruz has not reported. Santa Cruz said on Monday its count was “…”" gave the
senator the province's words. A place use: the words right after a preposition of place or "of" ("the province of
Santa Cruz", "in San Martín", "to Santa Cruz", "Plaza San Martín") or before a place's noun ("Santa Cruz province",
"San Martín Avenue"); then the bare words are no one's (a wrong speaker is worse than none), whoever else the article
names so.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.analyse.lexicon import SPEECH_VERBS
from briefgen.analyse.nameruns import PERSON, classify

_HEADS = frozenset("san santa santo são sao".split())  # a saint's word of Spanish and Portuguese surnames
_BEFORE = (r"(?<![\w'\u2019-])(?:in|of|from|to|at|near|across|into|throughout|outside|around|inside|towards?|on|"
           r"plaza|avenida|calle|praça|rua|parque|port|porto|puerto)\s+")  # (any case: "Plaza San Martín")
_AFTER = (r"\s+(?:province|city|state|department|region|county|district|municipality|town|village|island|airport|"
          r"street|avenue|square|road|boulevard|bridge|station|port|harbour|harbor|river|valley|residents|governor|"
          r"governorate|prefecture|authorities)(?![\w'\u2019-])")


def place_use(text: str, surface: str) -> bool:
    """Whether `text` uses `surface` (a name run's words, "Santa Cruz") as a place's name anywhere: after a preposition
    of place or "of" (`_BEFORE`: "the province of Santa Cruz", "in Santa Cruz", "Plaza San Martín") or before a place's
    noun (`_AFTER`: "Santa Cruz province"), in any case. BR60 (FX102)."""
    words = r"\s+".join(re.escape(w) for w in surface.split())
    return re.search(rf"{_BEFORE}{words}(?![\w'\u2019-])|(?<![\w'\u2019-]){words}{_AFTER}", text, re.IGNORECASE) is not None


def place_surname(tokens: list[str], full: Callable[[str], str | None], text: str = "") -> bool:
    """Whether `tokens`, a name run that classify reads as no person (2 or 3 words opening with San/Santa/Santo/São),
    are the surname of a person the text names in full: `full(surface)` (quotespeakers.full_name with kind person)
    gives a longer name ending with the same words whose own words classify as a person's, its given name before
    them ("Elena San Martín"), and `text` (the article) never uses them as a place (`place_use`). False for "San Martín"
    alone, for "the mayor of São Paulo, Ricardo Nunes", for "Santa Cruz" where the text has "the province of Santa Cruz"."""
    if not 2 <= len(tokens) <= 3 or tokens[0].lower() not in _HEADS or not all(t[:1].isupper() for t in tokens[1:]):
        return False
    surface = " ".join(tokens)
    if place_use(text, surface):
        return False
    name = full(surface)
    if not name or name == surface or not name.endswith(" " + surface) or not _bare_uses_spoken(text, surface, name):
        return False
    words = name.split()
    found = classify(words)
    return found is not None and found[0] == PERSON and found[1] < len(words) - len(tokens)


_VERBS = "|".join(sorted(SPEECH_VERBS))


def _bare_uses_spoken(text: str, surface: str, name: str) -> bool:
    """Whether every use of `surface` ("Santa Cruz") in `text` outside `name` ("Rafael Santa Cruz") is a speaker's: a
    speech verb (lexicon.SPEECH_VERBS) right after it ("Santa Cruz said") or right before it ("said Santa Cruz"). True
    where the text has no use outside the name. FX108 (BR65): "Santa Cruz officials have not reported. “…,” Santa Cruz
    said in a statement." (also "Santa Cruz's electoral board", "in La Paz and Santa Cruz", "The Santa Cruz
    government", "Santa Cruz, Bolivia's largest region,") gave the senator the region's words; any other use: no one."""
    if not text:
        return True
    rest = text.replace(name, " ")
    words = r"\s+".join(re.escape(w) for w in surface.split())
    for found in re.finditer(rf"(?<![\w'\u2019-]){words}(?![\w-])", rest):
        after = re.match(rf"\s+(?:{_VERBS})\b", rest[found.end():])
        before = re.search(rf"\b(?:{_VERBS})\s+$", rest[max(0, found.start() - 30):found.start()])
        if after is None and before is None:
            return False
    return True
