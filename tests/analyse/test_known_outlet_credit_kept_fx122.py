"""FX122: a known outlet's credit is never lost or moved by the words after its name (docs/log/stories.md, "FX122").

FX120 read an outlet's name past a lower-case particle, and a breaker (BR71) found the credits it took from outlets that
main 334c85c9 credited: "told the Guardian of turkey shortages" credited "Guardian of Turkey", "told Reuters of india's
new rules" no one, "told NPR.Later that day" no one, "told Reuters la semana pasada" no one, "the South African daily
Tonight" no one, and "The Times Of India" was written with its capital "Of". The mechanism (creditjoins.particle_name):
a run that is an outlet's name by itself is read longer only into a name the known list or the site holds; a dot
joins an initial ("S.Paulo") or makes a listed name, never a missing space. Every reported input fails on main
e198a02e (FX120).
"""
from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.knownoutlets import KNOWN_OUTLETS
from briefgen.analyse.outletkeys import ALIAS_TO_CANONICAL, bare

LEAD = "the lithium deal was off"


def _credited(text: str, site: tuple[str, ...] = ()) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(site) if site else None)]


@pytest.mark.parametrize("text, credited", [
    ("Farmers told the Guardian of turkey shortages before Christmas.", ["The Guardian"]),
    ("She told the Times of china being smashed in the raid.", ["The Times"]),
    ("He told The Times of us all.", ["The Times"]),
    ("He told the Guardian of us and them.", ["The Guardian"]),
    ("He told The Washington Post of turkey prices rising.", ["The Washington Post"]),
    ("He told Reuters of india's new rules.", ["Reuters"]),
    ("He told Bloomberg of china's new rules.", ["Bloomberg"]),
    ("He told CNN of iran's nuclear program.", ["CNN"]),
    ("He told Reuters of georgia's election.", ["Reuters"]),
    ("Erdogan told Al Jazeera of turkey's role.", ["Al Jazeera"]),
    ("He told the BBC of china and india's talks.", ["BBC"]),
    (f"He told Bloomberg of new york that {LEAD}.", ["Bloomberg"]),
    ("He told NPR.Later that day he left.", ["NPR"]),
    ("He told the BBC.Later that day he left.", ["BBC"]),
    ("He told CNN.Later that day he left.", ["CNN"]),
    ("He told the FT.Later that day he left.", ["Financial Times"]),
    ("He told the WSJ.Later that day he left.", ["The Wall Street Journal"]),
    ("He told DW.Later that day he left.", ["DW"]),
    (f"He told Reuters la semana pasada that {LEAD}.", ["Reuters"]),
    ("He told Reuters el viernes que no.", ["Reuters"]),
    ("He told Le Monde la semaine dernière que non.", ["Le Monde"]),
    ("He told the Italian daily La Repubblica di domenica that it was over.", ["La Repubblica"]),
    (f"The South African daily Tonight reported that {LEAD}.", ["Tonight"]),
    (f"According to The Times Of India, {LEAD}.", ["The Times of India"]),
    # FX120's gains, kept
    (f"The daily Evening reported that {LEAD}.", []),
    (f"He told the paper Sunday that {LEAD}.", []),
    ("He told the newspaper May would stay on.", []),
    (f"He told the Italian daily Corriere della sera that {LEAD}.", []),
    (f"He said {LEAD}, according to the Brazilian daily Folha de S.Paulo.", ["Folha de S.Paulo"]),
    (f"He told the Times of London that {LEAD}.", ["The Times"]),
])
def test_the_reported_inputs(text: str, credited: list[str]) -> None:
    assert _credited(text) == credited


def test_a_listed_longer_name_is_read() -> None:
    """The site's (or the known list's) longer name is read in any case of its words: the rule's one way longer."""
    assert _credited(f"He told the Times of india that {LEAD}.", ("Times of India",)) == ["Times of India"]
    assert _credited(f"He told Corriere della sera that {LEAD}.", ("Corriere della Sera",)) == ["Corriere della Sera"]
    assert _credited(f"He told CEO.Com that {LEAD}.", ("CEO.com",)) == ["CEO.com"]


_FRAMES = ("He told {o}{tail} that {lead}.", "He said {lead}, according to {o}{tail}.", "He told {o}{tail}.",
           "He told {o}{tail} on Monday that {lead}.")
_NAMES = tuple(name for canonical in sorted(KNOWN_OUTLETS) for name in (canonical, *(
    [f"the {canonical[4:]}"] if canonical.startswith("The ") else [])) if _credited(f"He told {name} that {LEAD}."))
_PLACES = ("india", "china", "turkey", "us", "georgia", "jordan", "chad", "new york", "iran", "israel", "lisboa", "nice")
_FOREIGN = ("semana", "pasada", "viernes", "semaine", "dernière", "domenica", "sera", "noticias", "tutto", "mans")
_ENGLISH = ("shortages", "prices", "being", "all", "them", "the", "plans", "rising", "new", "talks", "election")
_LOWER = st.one_of(st.sampled_from(_PLACES + _FOREIGN + _ENGLISH), word.map(str.lower))


@settings(max_examples=examples(150), deadline=None, database=None)
@given(st.sampled_from(_NAMES), st.sampled_from(("of", "de", "la", "el", "di", "della", "le", "du", "da")),
       st.lists(_LOWER, min_size=1, max_size=3), st.booleans(), st.sampled_from(_FRAMES))
@example("The Guardian", "of", ["turkey", "shortages"], False, "He told {o}{tail}.")
@example("Reuters", "of", ["india"], True, "He told {o}{tail}.")
@example("Le Monde", "la", ["semaine", "dernière"], False, "He told {o}{tail} that {lead}.")
def test_the_words_after_a_known_outlet_never_move_its_credit(name: str, particle: str, words: list[str],
                                                               possessive: bool, frame: str) -> None:
    """Oracle: "<known outlet> <particle> <lower-case words>" credits what "<known outlet>" alone credits, unless the
    longer name is a known outlet itself (then it is read: `test_a_listed_longer_name_is_read`)."""
    written = list(words)
    if possessive:
        written[0] += "'s"
    tail = f" {particle} {' '.join(written)}"
    assume(not any(bare(f"{name} {particle} {' '.join(words[:count])}") in ALIAS_TO_CANONICAL
                   for count in range(1, len(words) + 1)))
    alone = _credited(frame.format(o=name, tail="", lead=LEAD))
    assert alone and _credited(frame.format(o=name, tail=tail, lead=LEAD)) == alone


_ACRONYMS = tuple(sorted({alias for canonical, aliases in KNOWN_OUTLETS.items() for alias in (canonical, *aliases)
                          if re.fullmatch(r"[A-Z]{2,6}", alias)}))
_OPENERS = ("Later", "The", "A", "He", "Officials", "Then", "In", "It")


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(_ACRONYMS), st.one_of(st.sampled_from(_OPENERS), word), st.sampled_from(("", "the ")),
       st.sampled_from(("He told {o}.{w} said nothing more.", "He said this, according to {o}.{w} left early.")))
@example("NPR", "Later", "", "He told {o}.{w} said nothing more.")
def test_a_missing_space_after_an_acronym_keeps_its_credit(acronym: str, opener: str, article: str, frame: str) -> None:
    """Oracle: "<acronym>.<Capitalised>" credits what "<acronym>. <Capitalised>" does (a dot joins an initial or a
    listed name only); the site's "<acronym>.<Word>" is read whole."""
    spaced = frame.replace(".{w}", ". {w}").format(o=article + acronym, w=opener)
    assert _credited(frame.format(o=article + acronym, w=opener)) == _credited(spaced)
    if opener not in _OPENERS:
        assert _credited(f"He told {acronym}.{opener} that {LEAD}.", (f"{acronym}.{opener}",)) == [f"{acronym}.{opener}"]


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.sampled_from(("La", "El", "Le", "Il", "Der", "Die", "O")), word, st.sampled_from(("di", "de", "la", "del")),
       st.lists(_LOWER, min_size=1, max_size=2),
       st.sampled_from(("He told the Italian daily {o}{tail} that {lead}.", "He told the newspaper {o}{tail}.")))
@example("La", "Repubblica", "di", ["domenica"], "He told the Italian daily {o}{tail} that {lead}.")
def test_a_described_title_with_its_own_article_is_read_alone(article: str, head: str, particle: str,
                                                               words: list[str], frame: str) -> None:
    """Oracle: a described name that opens with a title's article ("La Repubblica") and lower-case words after a
    particle credits the name alone, as before FX120."""
    name = f"{article} {head}"
    assert _credited(frame.format(o=name, tail=f" {particle} {' '.join(words)}", lead=LEAD)) == \
        _credited(frame.format(o=name, tail="", lead=LEAD)) == [name]
