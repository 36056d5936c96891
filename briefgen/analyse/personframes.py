"""Where a name is a person's by its own frame, and where a noun after a name makes it a facility (BR25, FX17).

    person_framed(text, start, end)              # "said Nikola Tesla, a union steward": True
    facility_named(text, start, end, "plant")    # "the Nikola Tesla plant": True; "Growers such as Anna Berg plant
                                                 # barley", "Maria Lopez terminal cancer": False

Rules of orgnames.firms_and_things that read a name apart from its speaker (46ffe060: a facility's noun after a name,
a legal form after it) made people no one: "Growers such as Anna Berg plant barley" and her quote gave an Organisation
page "Anna Berg"; "Giorgio Armani SpA reported … Giorgio Armani said" an Organisation "Giorgio Armani" (BR25).

- `facility_named`: a noun of companyforms.FACILITY_NOUNS names an installation only as the head of a noun phrase: a
  determiner before the run ("the", "a", "an", "this", "that", "its", "their", "our", a possessive "Poland's"), with up
  to two lower-case words between ("the damaged Amber Link pipeline"), and no noun after it that makes it an
  adjective ("terminal cancer", `_ADJECTIVE_OF`). "Anna Berg plant barley" (a verb), "Maria Lopez terminal cancer"
  are not. A place's preposition just before the run stands for the determiner ("Workers at Hinkley Point C plant
  walked out", "a fire near Sizewell B reactor": `_PLACED`; FX21 #1 read a person "Hinkley Point C").
- `person_framed`: the mention is a person's by its frame: a reporting verb just before it ("said Jan Smuts", the clause
  ending with the name: "Engineers said Amber Link would stay closed" is no speaker), or just
  after it ("Jan Smuts said"), or an appositive a company has not: an age (", 54,"), "who", or a/an/the and a word
  (", a union steward", ", the designer"). A name so framed anywhere in its article is that person's there, whatever a
  facility's noun or a legal form after another of its mentions says ("Ford" the company and "Henry Ford").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.analyse.namekeys import fold

_SAID = r"(?:said|says|told|added|explained|insisted|wrote|asked|replied|warned|argued|noted)"
_BEFORE = re.compile(rf"(?<![\w'\u2019])(?:{_SAID}|according[ \t]+to)[ \t]+$")
_AFTER = re.compile(rf"(?:[ \t]+{_SAID}\b|,[ \t]+(?:\d{{1,3}},|who\b|(?:a|an|the)[ \t]+[a-z]))")
_SPEAKER_END = re.compile(r"[ \t]*(?:[,.;:!?)\u201d\"]|$)")  # "said X." / "said X, …", not "said X would …"
_DETERMINED = re.compile(r"(?:(?<![\w'\u2019])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur)|\w[\u2019']s)"
                         r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")
# A place's preposition before the run heads a noun phrase as a determiner does, which English writes without one
# before a facility's proper name: "Workers at Hinkley Point C plant walked out" (a person "Hinkley Point C": FX21 #1)
_PLACED = re.compile(r"(?<![\w'\u2019])(?:[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Ii]n|[Ii]nto|[Ff]rom|[Oo]f|[Bb]eside|[Bb]ehind|"
                     r"[Aa]round|[Aa]cross|[Tt]owards?)[ \t]+$")
# Nouns after which a facility's noun is an adjective: "terminal cancer", "a terminal illness".
_ADJECTIVE_OF = frozenset("""
cancer cancers illness illnesses diagnosis disease condition decline patient patients care velocity stage
""".split())


def person_framed(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands in a person's frame (module docstring): "said X" ending its clause
    ("said X." or "said X, …", not "Engineers said X would stay closed"), "X said", "X, 54,", "X, who", "X, a|an|the
    <word>"."""
    return (_BEFORE.search(text, max(0, start - 24), start) is not None and _SPEAKER_END.match(text, end) is not None
            or _AFTER.match(text, end) is not None)


def facility_named(text: str, start: int, end: int, noun: str) -> bool:
    """Whether `noun` (one of companyforms.FACILITY_NOUNS, the word after text[start:end]) makes the run an
    installation's name: a determiner or a place's preposition before the run and no noun after `noun` that makes it
    an adjective (module docstring)."""
    if _DETERMINED.search(text, max(0, start - 40), start) is None and _PLACED.search(text, max(0, start - 12), start) is None:
        return False
    after = text[end + 1 + len(noun):end + 24].split(None, 1)
    return not (text[end + 1 + len(noun):end + 2 + len(noun)] == " " and after and after[0].rstrip(".,;:") in _ADJECTIVE_OF)


def framed_people(text: str, mentions: Iterable[tuple]) -> set[str]:
    """Folded full names of the people of two words or more that `text` frames as persons (a title, `person_framed`)
    at some mention; `mentions`: names.Found tuples (surface, start, end, kind, full, title, in_title)."""
    return {fold(m[4]) for m in mentions if m[3] == "person" and not m[6] and " " in m[4]
            and (m[5] or person_framed(text, m[1], m[2]))}
