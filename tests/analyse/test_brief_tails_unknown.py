"""A minister's brief with "and" whose words after it no list knows ("Minister for Health and Aged Care Mark Butler
said") gave no speaker and listed a garbled person "Aged Care Mark Butler" (a breaker's L3, issue 9, 2026-12-05). A
first rule took the last two words for the name; a second breaker (BR8, the same night) found it cut names of three
("Minister for Housing and Homelessness Mary Lou McDonald" → "Lou McDonald", "… Sport and Recreation Anna Maria Berg"
→ "Maria Berg", "… Health and Sarah Jane Quinn" → "Jane Quinn"): where such a brief ends is unknown, so three or four
such words after "and" name no one — no speaker, nobody listed, never a cut or garbled name (nameruns._title_end,
seats._brief_skip). Since FX50 a brief's words that titlewords.brief_word knows ("Aged Care", "Net Zero",
"Homelessness") end the brief where it is known, and a name of up to three words after them is read."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def _read(text: str) -> tuple[list[str | None], set[str]]:
    return [q.name for q in quotes_in("", text)], {n.full for n in find_people("", text).named}


def test_the_reported_inputs():
    # FX50 (2026-12-07): a brief's words that a list knows or whose ending is a brief noun's ("Aged Care", "Net Zero",
    # "Homelessness", "Recreation": titlewords.brief_word) end the brief, and the name after them is read whole
    for text, name in (("Minister for Health and Aged Care Mark Butler said: “We will fix Medicare.”", "Mark Butler"),
                       ("Secretary of State for Energy Security and Net Zero Ed Miliband said: “Bills will fall.”", "Ed Miliband"),
                       ("Minister for Housing and Homelessness Mary Lou McDonald said: “We are building.”", "Mary Lou McDonald"),
                       ("Minister for Sport and Recreation Anna Maria Berg said: “We will act.”", "Anna Maria Berg")):
        assert _read(text) == ([name], {name}), (text, _read(text))
    speakers, people = _read("Minister for Health and Sarah Jane Quinn said: “We will act.”")
    assert speakers == [None] and not people, (speakers, people)  # a word no list knows: where the brief ends is unknown


def test_what_must_not_change():
    assert _read("Minister for Trade and Industry Anna Berg said: “We will act.”") == (["Anna Berg"], {"Anna Berg"})
    speakers, people = _read("Minister for Trade and Industry Mary Lou McDonald said: “We will act.”")
    assert "Lou McDonald" not in speakers and "Lou McDonald" not in people


@FAST
@given(word, word, word, word, word, st.sampled_from(("Minister for Health and", "Secretary of State for Energy and",
                                                        "Cabinet Member for Finance and")), st.integers(0, 2))
def test_unknown_words_after_and_name_no_one_cut(b1, b2, given_name, middle, surname, title, brief_words):
    """One or two unknown brief words, then a name of two or three (brief_words 0: a name of three alone): never a
    speaker or a person who is a cut or a garbled run."""
    name = f"{given_name} {middle} {surname}" if brief_words != 2 else f"{given_name} {surname}"
    brief = " ".join((b1, b2)[:brief_words])
    text = f"{title} {brief} {name} said: “We will publish the plan in the spring.”".replace("  ", " ")
    speakers, people = _read(text)
    assert all(found == name for found in [s for s in speakers if s] + sorted(people)), (text, speakers, people)
