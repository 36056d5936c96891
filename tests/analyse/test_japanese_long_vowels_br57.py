"""A Japanese name's long vowel joins its other spellings word by word, and never the plain short spelling through a
macron elsewhere (FX96, BR57). On FX94's main "Yūko Mori" (of Mori Seiki) and "Yuko Mohri" (of Mohri Gearworks) were
one person, the macron on the given name licensing the family name's plain spelling (long_vowel_evidence made every
word of a name with a macron plain); and one article's "Ōno" made "Ono" (小野) and "Ohno" (大野) one person. Now
japanesenames.key_words writes only the spellings that must be long in one spelling ("Ōno" = "Ohno" = "Oono" =
"Ôno"); the plain spelling is joined to a macron's only as an accent dropped (letterings.join_letterings: "Takashi
Ōno" and "Takashi Ono" alone), never to a group that holds a long spelling ("Ohno")."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples
from support.sites import run_cli

from briefgen.analyse.hepburn import JAPANESE_GIVEN, long_marked, long_vowels
from briefgen.analyse.japanesenames import long_vowel_pairs
from briefgen.analyse.names import NameIndex, names_in

_MORAE = ("ka", "ta", "mi", "da", "ra", "ze", "shi", "be", "ga", "ku", "na", "fu")
# Given names with a long vowel: (with its macron, plain).
_GIVEN_LONG = (("Yūko", "Yuko"), ("Yōko", "Yoko"), ("Tarō", "Taro"), ("Shōhei", "Shohei"), ("Ryōta", "Ryota"),
               ("Kōji", "Koji"), ("Ichirō", "Ichiro"), ("Yūji", "Yuji"), ("Shūji", "Shuji"))
_GIVEN = ("Kenji", "Takashi", "Hiroshi", "Akio", "Makoto", "Sanae", "Kazuo", "Yuko")


def _groups(*names: str) -> list[list[str]]:
    texts = [f'"We are deeply sorry," said {name}, the chairman. The board met in Tokyo.' for name in names]
    index = NameIndex.build((), {f"a{k}": names_in("", text) for k, text in enumerate(texts)})
    out: dict[str, list[str]] = {}
    for name in names:
        out.setdefault(index.canonical(name), []).append(name)
    return list(out.values())


@st.composite
def _family(draw) -> tuple[str, str, str]:
    """A made-up family name with a long o: (with a macron, plain, a spelling that must be long: oh or oo)."""
    before = "".join(draw(st.lists(st.sampled_from(_MORAE), max_size=2)))
    consonant = draw(st.sampled_from(["k", "t", "s", "n", "m", "r", "g", "d", ""]))
    after = "".join(draw(st.lists(st.sampled_from(_MORAE), min_size=1, max_size=2)))
    long = draw(st.sampled_from(["oh", "oo"]))
    macron, plain, longer = (f"{before}{consonant}{o}{after}".capitalize() for o in ("\u014d", "o", long))
    assume(long_marked(plain) == plain.lower() and long_vowels(plain) not in JAPANESE_GIVEN)
    return macron, plain, longer


def test_the_probes() -> None:
    """BR57's probes: each line's groups."""
    assert _groups("Yūko Mori", "Yuko Mohri") == [["Yūko Mori"], ["Yuko Mohri"]]
    assert _groups("Yōko Ono", "Yoko Ohno") == [["Yōko Ono"], ["Yoko Ohno"]]
    assert _groups("Tarō Kono", "Taro Kohno") == [["Tarō Kono"], ["Taro Kohno"]]
    assert _groups("Yuko Mōri", "Yuko Mohri", "Yuko Mori") == [["Yuko Mōri", "Yuko Mohri"], ["Yuko Mori"]]
    assert _groups("Takashi Ohno", "Takashi Ono", "Takashi Ōno") == [["Takashi Ohno", "Takashi Ōno"], ["Takashi Ono"]]
    assert _groups("Ōno Takashi", "Ono Takashi", "Ohno Takashi") == [["Ōno Takashi", "Ohno Takashi"], ["Ono Takashi"]]
    assert _groups("Kenji Ohno", "Ohno Kenji", "Kenji Ōno", "Kenji Ono") == [["Kenji Ohno", "Ohno Kenji", "Kenji Ōno"], ["Kenji Ono"]]
    assert _groups("Kōno Taro", "Kono Tarou") == [["Kōno Taro"], ["Kono Tarou"]]
    # what stays one: a long vowel's spellings, and a macron dropped where no long spelling is written (as before FX90)
    assert _groups("Ōno Takashi", "Ohno Takashi", "Takashi Oono") == [["Ōno Takashi", "Ohno Takashi", "Takashi Oono"]]
    assert _groups("Takashi Ōno", "Takashi Ono") == [["Takashi Ōno", "Takashi Ono"]]
    assert _groups("Shinzō Abe", "Shinzo Abe") == [["Shinzō Abe", "Shinzo Abe"]]


@given(_family(), st.sampled_from(_GIVEN_LONG), st.booleans(), st.booleans())
@example(("Mōri", "Mori", "Mohri"), ("Yūko", "Yuko"), False, False)
@example(("Ōno", "Ono", "Ohno"), ("Yōko", "Yoko"), False, True)
@settings(max_examples=examples(40), deadline=None)
def test_a_macron_on_one_word_never_joins_another_words_spellings(family, given_name, first_a, first_b) -> None:
    """"<given with a macron> <plain family>" and "<plain given> <long family>" are two people: the given name's macron
    is no evidence for the family name's long vowel (nor the family name's for the given name's)."""
    _, plain, longer = family
    a = f"{plain} {given_name[0]}" if first_a else f"{given_name[0]} {plain}"
    b = f"{longer} {given_name[1]}" if first_b else f"{given_name[1]} {longer}"
    assert len(_groups(a, b)) == 2, (a, b)


@given(_family(), st.sampled_from(_GIVEN), st.lists(st.sampled_from([0, 1, 2]), min_size=1, max_size=4), st.booleans())
@example(("Ōno", "Ono", "Ohno"), "Takashi", [0], False)
@example(("Mōri", "Mori", "Mohri"), "Yuko", [0, 0], True)
@settings(max_examples=examples(40), deadline=None)
def test_the_plain_spelling_never_joins_a_long_one_by_a_macron_elsewhere(family, given_name, extra, family_first) -> None:
    """The plain short spelling and a spelling that must be long are two people, whatever other articles write (a
    macron, either spelling again), in either order."""
    spellings = [family[k] for k in extra]
    names = [f"{s} {given_name}" if family_first else f"{given_name} {s}" for s in [family[1], family[2], *spellings]]
    groups = _groups(*names)
    assert not any(names[0] in group and names[1] in group for group in groups), groups
    assert (names[0], names[1]) in long_vowel_pairs(names) or (names[1], names[0]) in long_vowel_pairs(names)


def test_other_names_are_no_long_vowel_pair() -> None:
    """Two given names, two family names, a Western name, one name: no hint."""
    for pair in (("Takashi Ono", "Takashi Oda"), ("Takashi Ono", "Kenji Ohno"), ("John Kohno", "John Kono"),
                 ("Takashi Ono", "Takashi Ono"), ("Yuko Mori", "Yoko Mohri"),
                 ("Yūko Mori", "Yuko Mohri")):
        assert long_vowel_pairs(list(pair)) == [], pair
    assert long_vowel_pairs(["Yuko Mori", "Yūko Mohri", "Mohri Yuko"]) == [("Mohri Yuko", "Yuko Mori"), ("Mohri Yuko", "Yūko Mohri")]
    assert long_vowel_pairs(["Yūko Mori", "Yuko Mohri"]) == []  # (BR57's: two words apart, two companies' people)


def test_check_names_the_short_and_long_spellings(site_factory) -> None:
    """`briefgen check` warns at the rarer page of "Takashi Ono" beside "Takashi Ōno"/"Takashi Ohno" (T28's split)."""
    def article(slug: str, day: int, name: str) -> tuple[str, str]:
        return (f"content/articles/{slug}.md", f"---\ntitle: Carmaker {slug}\nsource: Reuters\npublished: 2026-11-{day:02d}\n"
                f"---\nThe carmaker apologised.\n\n\"We are deeply sorry,\" said {name}, the chairman of Hondaka Motor.\n")
    site: Path = site_factory(dict([
        ("config.yaml", "title: T\nbase_url: https://example.org/\ntopics:\n  - id: cars\n    title: Cars\n"
                        "    keywords: [carmaker]\n"),
        article("a", 20, "Takashi Ōno"), article("b", 21, "Takashi Ohno"), article("c", 22, "Takashi Ono")]))
    check = run_cli(["check"], cwd=site)
    assert check.returncode == 0, check.stderr
    hints = re.findall(r'^(\S+):(\d+): warning: "([^"]+)" and "([^"]+)" may be one person: one Japanese name', check.stderr, re.MULTILINE)
    assert [(Path(path).name, a, b) for path, _, a, b in hints] == [("c.md", "Takashi Ono", "Takashi Ōno")], check.stderr
