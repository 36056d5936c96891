"""Keywords and names in text written without spaces (Chinese, Japanese): `textmatch.UNSPACED`.

A trial of a French briefing with a Japanese outlet: the topic "Asie et Pacifique" had the
keywords 中国 and 日本, and the Japanese report "日本と中国の両政府は東京で海洋安全保障に関する対話を再開した"
matched no topic (listed under "Other"): keywords matched only as whole words between spaces
or signs, and Japanese has none. A word now also ends beside a Chinese or Japanese character, as a
line may break there; Latin words keep their whole-word rule ("NATO" is not in "NATOs" but is
in "NATOの").
"""
from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st

from briefgen.analyse.topics import CALENDAR_WORDS, keyword_index, match_keywords
from briefgen.load.config import Topic
from support.sites import run_cli, write_site

HAN_KANA = st.sampled_from("日本中国東京海洋安全保障対話再開両政府首相述べたのとはでにするをガスエネルギー々")
LATIN = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=8)


def found(keyword: str, title: str, text: str) -> dict[str, tuple[tuple[str, int], ...]]:
    topic = Topic("asie", "Asie", "", (keyword,))
    return {m.topic: m.words for m in match_keywords(title, text, keyword_index((topic,)))}


@given(st.text(HAN_KANA, min_size=1, max_size=4), st.text(HAN_KANA, max_size=12), st.text(HAN_KANA, max_size=12))
@example("中国", "日本と", "の両政府は")
@example("日本", "", "と中国の両政府は東京で")
def test_a_chinese_or_japanese_keyword_is_found_between_characters(keyword: str, before: str, after: str) -> None:
    text = f"{before}{keyword}{after}"
    matches = found(keyword, text, text)
    assert matches and dict(matches["asie"])[keyword] >= 1, (keyword, text)


@given(LATIN, st.text(HAN_KANA, min_size=1, max_size=6), st.text(HAN_KANA, min_size=1, max_size=6))
@example("nato", "首相は", "の首脳会議で")
def test_a_latin_keyword_beside_chinese_or_japanese_is_a_word(keyword: str, before: str, after: str) -> None:
    assume(keyword not in CALENDAR_WORDS)  # (a month's or weekday's name matches only in lower case: topics.py)
    text = f"{before}{keyword.upper()}{after}"
    assert "asie" in found(keyword, text, text), text


@given(LATIN, LATIN)
@example("nato", "s")
def test_inside_a_latin_word_a_keyword_is_still_no_match(keyword: str, tail: str) -> None:
    text = f"{keyword}{tail} {tail}{keyword}"
    assert found(keyword, text, text) == {}, text


def test_a_japanese_report_gets_its_topic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = write_site(tmp_path / "site", {
        "config.yaml": "title: Revue\nlanguage: fr\ntopics:\n  - id: asie\n    title: Asie et Pacifique\n"
                       "    keywords: [Chine, Japon, 中国, 日本]\n",
        "content/articles/japon.md": "---\ntitle: 日中両政府が海洋安全保障の対話を再開\nsource: 朝日新聞\n"
                                     "published: 2023-05-07\n---\n"
                                     "日本と中国の両政府は東京で海洋安全保障に関する対話を再開した。\n",
    })
    result = run_cli(["check", "-v"], cwd=site)
    assert result.returncode == 0, result.stderr
    assert "content/articles/japon.md: asie (中国 ×1, 日本 ×1)" in result.stdout, result.stdout
