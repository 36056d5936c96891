"""A generation's suffix after a person's name ("Martin Luther King III", "Juan Pérez Jr.", "Henry Ford II").

    GENERATIONS                                            # the closed list: Sr, Sr., Jr, Jr., Snr, Jnr, II, III, IV
    generation_read(("Martin", "Luther", "King", "III"), classify)   # ("person", 0): the name with its suffix

The suffix belongs to the name before it and is no name of its own. nameruns.classify read "King" of "Martin Luther
King III" as a royal's title and the suffix as the titled person: a page "III" (and "Jr" of "Martin Luther King Jr.",
"John King Jr"; FX110, 2026-12-07). filing.filing_order files such a name under the surname and shows the suffix
after the given names, as the Chicago Manual of Style (16.41: "King, Martin Luther, Jr.") and library catalogues do.

A Roman numeral after a noun that numbers things is no one's suffix (`numbered_thing`, FX121): "World War II", "Title
IX", "Phase III", "Basel III", "Super Bowl LVIII" were listed as people (a run of capitalised words is a person's
shape). A regnal or a generation's numeral follows a name ("Charles III", "Pope Leo XIV", "Martin Luther King III").
Pure.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefgen.analyse.givenwords import known_given

GENERATIONS = frozenset(("Sr", "Sr.", "Jr", "Jr.", "Snr", "Jnr", "II", "III", "IV"))
# Nouns that number things with a Roman numeral after them, in the news: wars, laws' and treaties' parts, phases and
# stages, rules (Basel III, Solvency II, MiFID II), councils, missions, finals, models and sequels' parts. A closed
# list: none is a regnal name, a given name a numeral follows in a name ("Charles III", "Leo XIV") or a surname
# a generation's suffix follows ("King III", "Young III"); "Mark II" is a model, no one's.
NUMBERED_NOUNS = frozenset("""
war title chapter article part phase stage section volume book act schedule tier pillar level grade class category
type round division league series episode season annex appendix protocol amendment clause vatican apollo gemini bowl
basel solvency mifid mark model version generation wave plan
""".split())
_ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def generation_word(word: str) -> bool:
    """Whether `word` is a generation's suffix (`GENERATIONS`; an abbreviation's period may be masked as "\u2024",
    as quotemask.py writes it)."""
    return word.replace("\u2024", ".") in GENERATIONS


def numbered_thing(tokens: Sequence[str]) -> bool:
    """Whether a run of capitalised words (`tokens`, as written) ends in a Roman numeral after a noun of
    `NUMBERED_NOUNS`: a thing's number, no person ("World War II", "Title IX", "Basel III"; not "Charles III", "Pope Leo
    XIV", "Martin Luther King III"). FX121. A run of three words or more that opens with a known given name is a
    person's whatever its noun ("John Book III", "Sam Mark III": surnames that number things too; BR73, 2026-12-08)."""
    return (len(tokens) > 1 and tokens[-2].lower() in NUMBERED_NOUNS and _ROMAN.fullmatch(tokens[-1]) is not None
            and not (len(tokens) > 2 and known_given(tokens[0])))


def generation_read(tokens: Sequence[str],
                    classify: Callable[[tuple[str, ...]], tuple[str, int] | None]) -> tuple[str, int] | None:
    """(PERSON, index of the name's first word) of a run of three words or more that ends with a generation's suffix
    when the words before it are a person's name, read by `classify` (nameruns._classify): the suffix is part of the
    name ("Martin Luther King III" → ("person", 0); "King Charles III" → ("person", 1), the regnal numeral the
    king's). None for any other run ("World War II": then the run is read as before)."""
    if len(tokens) < 3 or not generation_word(tokens[-1]):
        return None
    read = classify(tuple(tokens[:-1]))
    return read if read is not None and read[0] == "person" else None


def suffix_stop_end(text: str, end: int) -> int:
    """`end` (a character offset, after a run's last word) moved past a generation suffix's stop: "John Smith Jr. said"
    masked as "John Smith Jr\u2024 said" reads its run as "John Smith Jr" and left the stop after it as a word of its
    own, which made the name no speaker's ("“…,” John Smith Jr. said" had none; FX115). `end` itself for any other
    word or no stop there."""
    word = text[:end].rpartition(" ")[2]
    return end + 1 if text[end:end + 1] in (".", "\u2024") and generation_word(word) and not word.endswith(".") else end
