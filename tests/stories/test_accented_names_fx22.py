"""One name written with and without its accents is one rare name in common (latinletters.py; FX22, the T19 trial's
missed pairs, 2026-12-06).

The trial (tests/stories/gaspipe/) missed 7 of its 66 pairs, each held apart "no rare name in common". Three were
Reuters' day-two report against PAI's, the live blog's and the aggregator's: Reuters wrote the voivode's spokeswoman
"Malgorzata Wisniewska", PAI and the blog "Małgorzata Wiśniewska", two terms, and no other key name was shared. The
who-and-what cap (similarity.py) now reads the names two reports write as one when they are one without their
accents. The other four (the Turkish contractor's inquiry report) share no name in any spelling: left, by design.
"""
from __future__ import annotations

import datetime as dt
import itertools
import unicodedata

from hypothesis import assume, given, strategies as st
from support import factories
from support.madeup import FAST, word

from briefgen.analyse.latinletters import alike_names, unaccented
from briefgen.analyse.similarity import score_pairs
from briefgen.analyse.stories import prepare, story_features
from stories.storyeval import assignment, group, load_site
from stories.test_gas_trial_t19 import GASPIPE
from stories.test_one_subject_trials import labelled

UTC = dt.timezone.utc
# Two reports of one day's news (the trial's day two, its names taken out), each quoting one person: `name`.
FIRE = ("Fire at pipeline out; residents to stay away for days", "2026-11-24T09:30:00",
        "The fire at the damaged gas pipeline went out early on Tuesday after the gas in the section burned off, but the "
        "240 evacuated residents will not be able to go home for several days.\n\n\"Every house must be checked by "
        "engineers before anyone sleeps there again,\" {name} said.\n\nThe injured farmer was in a stable condition "
        "in hospital.")
WIRE = ("Fire at pipeline blast site out, villagers kept away", "2026-11-24T10:45:00",
        "A fire at the site of a gas pipeline explosion burned out on Tuesday, but residents of the evacuated village "
        "would have to wait several days to return, officials said.\n\n\"We will not take any risks with people's "
        "homes,\" {name}, a spokeswoman for the regional governor, said.\n\nInvestigators from the state fire service "
        "began examining the crater.")
# Marks the press drops (acute, grave, circumflex, tilde, diaeresis, ring, caron, breve, ogonek, cedilla, dot above,
# double acute, horn) and letters Unicode keeps whole (load/text.LETTER_FOLD)
MARKS = "\u0301\u0300\u0302\u0303\u0308\u030a\u030c\u0306\u0328\u0327\u0307\u030b\u031b"
WHOLE = {"l": "ł", "o": "ø", "d": "đ", "i": "ı"}


def _pair(first: str, second: str) -> object:
    """The scored pair of the two reports, FIRE quoting `first` and WIRE quoting `second` (each of its own outlet)."""
    texts = {"a-fire": (FIRE[0], FIRE[1], FIRE[2].format(name=first)),
             "b-wire": (WIRE[0], WIRE[1], WIRE[2].format(name=second))}
    articles = tuple(factories.report(slug, dt.datetime.fromisoformat(when).replace(tzinfo=UTC), title=title)
                     for slug, (title, when, _) in sorted(texts.items()))
    archive = prepare(articles, {slug: story_features(title, body) for slug, (title, _, body) in texts.items()})
    _, scored = score_pairs(archive.reports, 7.0, archive.df)
    assert len(scored) == 1
    return scored[0]


def test_the_trials_day_two() -> None:
    """The trial's Reuters day-two report is one story with the live blog, PAI's report and the aggregator's; no pair
    is wrong; only the inquiry report of the Turkish contractor is still held apart (4 pairs: it shares no name with
    Reuters' or the aggregator's report, in any spelling). Failed before: reuters-day2 a story of its own (59/66)."""
    truth, found = labelled(GASPIPE), assignment(group(load_site(GASPIPE)))
    pairs = list(itertools.combinations(sorted(truth), 2))
    assert [p for p in pairs if found[p[0]] == found[p[1]] and truth[p[0]] != truth[p[1]]] == []
    missed = [p for p in pairs if found[p[0]] != found[p[1]] and truth[p[0]] == truth[p[1]]]
    assert all("bogazici-inquiry" in p for p in missed) and len(missed) == 4, missed
    assert found["reuters-day2"] == found["courier-live"] == found["pai-day2"] == found["energypulse-day2"]


def test_the_reported_names() -> None:
    """The trial's forms: each pair is one name without its accents. Failed before: held apart, 0.45."""
    for written, plain in (("Małgorzata Wiśniewska", "Malgorzata Wisniewska"), ("Ms Wiśniewska", "Malgorzata Wisniewska"),
                           ("Dorota Ślęzak", "Dorota Slezak"), ("İsmail Çelik", "Ismail Celik"),
                           ("Øystein Bjørnstad", "Oystein Bjornstad"), ("Ayşe Yıldız", "Ayse Yildiz"),
                           ("Łukasz Żółć", "Lukasz Zolc"), ("Rūta Kazlauskienė", "Ruta Kazlauskiene")):
        for first, second in ((written, plain), (plain, written)):
            p = _pair(first, second)
            assert p.shared_name and not p.capped and p.score > 0.5, (first, second, p)


@st.composite
def _marked(draw: st.DrawFn, plain: str) -> str:
    """`plain` with marks on some of its letters, or some letters written as the letters the press folds."""
    letters = list(plain)
    spots = draw(st.lists(st.integers(0, len(plain) - 1), min_size=1, max_size=3, unique=True))
    for k in spots:
        if letters[k] in WHOLE and draw(st.booleans()):
            letters[k] = WHOLE[letters[k]]
        else:
            letters[k] += draw(st.sampled_from(MARKS))
    return unicodedata.normalize("NFC", "".join(letters))


@FAST
@given(st.data(), word, word, st.integers(0, 3))
def test_a_name_with_and_without_its_accents_is_one(data: st.DataObject, given_name: str, family: str,
                                                    frame: int) -> None:
    """A made-up name, its accents drawn (any of MARKS on up to three letters, or a letter the press folds), written
    in full or as "Ms" and the family name by one report, plainly in full by the other, in either report: one rare
    name in common, the pair merged. Another name in its place, with the same accents or none, is none: the pair is
    still held apart (the cap's precision). Failed before: every drawn spelling held apart."""
    accented = f"{data.draw(_marked(given_name))} {data.draw(_marked(family))}"
    plain = f"{given_name} {family}"
    assume(unaccented(accented.lower()) == plain.lower() != accented.lower())
    written = accented if frame % 2 == 0 else f"Ms {accented.split()[1]}"
    first, second = (written, plain) if frame < 2 else (plain, written)
    p = _pair(first, second)
    assert p.shared_name and not p.capped and p.score > 0.5, (first, second, p)
    other = data.draw(word.filter(lambda w: w[:3] != family[:3] and w[:3] != given_name[:3]))
    stranger = f"{other} {other[::-1].capitalize()}"
    assume(family.lower() not in stranger.lower())
    apart = _pair(written, stranger) if frame < 2 else _pair(stranger, written)
    assert apart.capped and not apart.shared_name, (written, stranger, apart)


def test_only_latin_letters_lose_their_marks() -> None:
    """Other scripts keep theirs (Cyrillic "й" is no "и"; a kana's voicing mark is part of it), and the compatibility
    forms stay (NFD, not NFKD: terms.AMPERSAND joins a name's words)."""
    assert unaccented("київ") == "київ" and unaccented("が") == "が" and unaccented("й") == "й"
    assert unaccented("marks\uff06spencer") == "marks\uff06spencer"
    assert unaccented("e\u0301te\u0301") == "ete" and unaccented("nguyễn") == "nguyen"
    assert alike_names(frozenset({"wiśniewska", "amber"}), frozenset({"wisniewska", "amber", "grzeda"})) == [
        ("amber", "amber"), ("wiśniewska", "wisniewska")]
    assert alike_names(frozenset({"wisniewska"}), frozenset({"wiśniewski"})) == []  # (another name: -ska, -ski)
