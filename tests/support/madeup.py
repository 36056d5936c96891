"""Made-up words for property tests of names and quotations: capitalised, in no word list of briefgen/analyse (so never
a stopword, place, title, role, job, vessel's or coast's word, organisation or place head), and not shaped like a verb,
a plural or a word the analyses read by its ending.

`LISTED` is every word of every module-level word list of the briefgen.analyse modules (`listed_words`: frozensets,
sets, tuples and lists of strings, and the keys and values of dicts of them), collected when this module is imported,
so that a list added later is avoided without a change here. Until 2026-12-05 the lists were named by hand, and the
lists added that day (vesselnames.py's vessel nouns, coast heads and carrier heads, occupations.SEA_TRADES, the
geographic and organisation heads) were missed: a made-up name such as "Reef" or "Voe" could be read as a coast's
word and make a property test flaky. `made_up(word)` is the filter the `word` strategy applies.
"""
from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import HealthCheck, settings, strategies as st

import briefgen.analyse
from briefgen.analyse.lexicon import VIETNAMESE_SYLLABLE, occupational
from briefgen.analyse.occupations import opening_occupation
from briefgen.analyse.placewords import STREET_ENDINGS
from support.examples import examples

FAST = settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019.][^\W\d_]+)*\.?")


def _strings(value: object) -> list[str]:
    """The strings a module-level value holds as a word list: itself, a collection's members, a dict's keys and values."""
    if isinstance(value, (frozenset, set, tuple, list)):
        return [s for v in value for s in ([v] if isinstance(v, str) else [])]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (([k] if isinstance(k, str) else []) + _strings(v) + (
            [v] if isinstance(v, str) else []))]
    return []


def listed_words() -> frozenset[str]:
    """Every word, in lower case, of the module-level word lists of every briefgen.analyse module (module docstring);
    a multi-word entry gives each of its words ("new york": "new", "york")."""
    found: set[str] = set()
    for info in pkgutil.iter_modules(briefgen.analyse.__path__):
        module = importlib.import_module(f"briefgen.analyse.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("__") or getattr(value, "__module__", None) not in (None, module.__name__):
                continue
            for entry in _strings(value):
                found.update(w.lower() for w in _WORD.findall(entry))
    return frozenset(found)


LISTED = listed_words()


def listed_endings() -> tuple[str, ...]:
    """Every ending an analysis reads a word by: the strings of the module-level tuples and sets of briefgen.analyse
    whose names hold "ENDING" (seats._BRIEF_NOUN_ENDINGS: a word ending "-sion" or "-ment" after a brief's "and" is a
    brief's noun, so a made-up "Asion" read as one failed a property of tests/analyse/test_briefs_with_and.py,
    2026-12-06; seats._PLACE_ENDINGS, placewords.STREET_ENDINGS …)."""
    found: set[str] = set()
    for info in pkgutil.iter_modules(briefgen.analyse.__path__):
        module = importlib.import_module(f"briefgen.analyse.{info.name}")
        for name, value in vars(module).items():
            if "ENDING" in name and isinstance(value, (tuple, frozenset, set)):
                found.update(v.lower() for v in value if isinstance(v, str))
    return tuple(sorted(found))


ENDINGS = listed_endings()


def made_up(word: str) -> bool:
    """Whether a capitalised `word` reads as no listed word (`LISTED`) and has no shape an analysis reads: a verb's or a
    plural's ending, an occupation's (-ologist, -ician, -ator: occupations.opening_occupation), a street's
    (placewords.STREET_ENDINGS) or any listed ending (`ENDINGS`: a brief's noun, a place's), or one Vietnamese syllable (lexicon.VIETNAMESE_SYLLABLE: a family name first)."""
    lowered = word.lower()
    return (lowered not in LISTED and not lowered.endswith(("ing", "ed", "s")) and not opening_occupation(lowered)
            and not occupational(lowered) and not lowered.endswith(STREET_ENDINGS) and not lowered.endswith(ENDINGS)
            and not VIETNAMESE_SYLLABLE.fullmatch(lowered))


word = st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9).map(str.capitalize).filter(made_up)


# A quotation in the frames a speaker is named in (the speaker's name where `{name}` stands), for properties over
# names × frames: `said(frame, name)` writes one, the quotation's last stop a comma where the quotation comes first.
QUOTE = "The report is fair."
SAID = ('{name} said: "{q}"', '"{q}" {name} said.', '"{q}" said {name}.', '"{q}" said {name}, the former envoy.',
        '{name} told reporters: "{q}"')


def said(frame: str, name: str) -> str:
    """`frame` (one of SAID) with `name` and QUOTE written in."""
    return frame.format(name=name, q=QUOTE if frame.startswith("{") else QUOTE[:-1] + ",")
