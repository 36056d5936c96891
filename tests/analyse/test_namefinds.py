"""namefinds: each function finds what the regex it stands for finds (OP4: those regexes were compiled once per name,
0.3-0.7 ms each, in told_sex, agent_in_doubt, plain_noun, OrganisationVoices._in_full, shown_firm and titlefit).

The texts are drawn from the characters the patterns read differently (letters of either case, accented ones, digits,
"_", apostrophes, hyphens, dots, spaces, tabs, newlines, no-break spaces, "&", "'s"), and the names from the same
pieces, so that mentions touch, overlap, follow titles and one another."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.namefinds import (name_spans, name_word_before, starts_before_capital, titled_mentions,
                                        word_spans, words_before)
from briefgen.analyse.capitals import CAPITAL

PIECES = ["A", "B", "M", "r", "s", "e", " ", "\t", ".", "-", "'", "\u2019", "_", "1", ",", "é", "É", "Ab", "B ",
          "Mr ", "\n", "&", "\u2019s", "\xa0", "Ł", "ż", "\u2014", "Ж"]
texts = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)
names = st.one_of(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join),
                  st.sampled_from(["B", "Ab", "A B", "Ab B", "B.", "Mr", "e", "B B", "Ab's"]))
E = r"[\w'\u2019-]"


@settings(max_examples=examples(600), deadline=None)
@given(texts, names, st.one_of(st.just(""), names))
@example("Mrs Anna Berg met Berg. Mr Berg Berg", "Anna Berg", "Berg")
@example("Berg Berg", "Berg", "Berg")
@example("U.S.Mr Berg", "Berg", "")
def test_as_the_patterns(text: str, name: str, last: str) -> None:
    assert name_spans(text, name) == [m.span() for m in re.finditer(rf"(?<!{E}){re.escape(name)}(?!{E})", text)]
    assert word_spans(text, name) == [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    assert words_before(text, name) == {m.group(1) for m in re.finditer(
        rf"({CAPITAL}[\w'\u2019.-]*)[ \t]+{re.escape(name)}(?!{E})", text)}
    pattern = rf"(?<!{E})(?P<title>{CAPITAL}[\w.]*[ \t]+)?{re.escape(name)}(?!{E})"
    if last:
        pattern += rf"|(?<!{E})(?P<title2>{CAPITAL}[\w.]*[ \t]+)?{re.escape(last)}(?!{E})"
    assert titled_mentions(text, name, last) == [
        (m.start(), m.end(), m.group("title") or m.groupdict().get("title2") or "") for m in re.finditer(pattern, text)]
    assert name_word_before(text, name) == (
        re.search(rf"(?<!{E}){CAPITAL}[\w'\u2019-]*[ \t]+{re.escape(name)}(?![\w-])", text) is not None)
    assert starts_before_capital(text, name) == [
        m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?:['\u2019]s)?(?=\s+(?:{CAPITAL}|&))", text)]


def test_names_in_a_sentence() -> None:
    text = "Mrs Anna Berg met Tom Berg's lawyer, Berg. Golden Valley Power & Light said"
    assert name_spans(text, "Berg") == [(9, 13), (37, 41)]
    assert word_spans(text, "Berg") == [(9, 13), (22, 26), (37, 41)]
    assert words_before(text, "Berg") == {"Anna"}  # (not "Tom": "Berg's" is no mention)
    assert titled_mentions(text, "Anna Berg", "Berg") == [(0, 13, "Mrs "), (37, 41, "")]
    assert name_word_before(text, "Berg")
    assert starts_before_capital(text, "Golden Valley") == [43]
    assert name_spans(text, "") == [m.span() for m in re.finditer(rf"(?<!{E})(?!{E})", text)]
