"""Turkish "İ" in keywords, names and text (`textmatch.lower`).

A trial of a briefing with a Turkish outlet: str.lower() writes "İ" (U+0130) as two characters,
"i" and a combining dot above. The topic keyword Istanbul missed "İstanbul'da", İzmir missed
"Izmir", and a declared person found after an "İ" was cut one letter off per "İ" before it — the
offsets of the lowered text no longer fitted the text: "İstanbul, İzmir ve Ankara: Recep Tayyip
Erdoğan geldi." published a second person, "cep Tayyip Erdoğan g".
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.analyse.people import find_people
from briefgen.analyse.terms import article_terms
from briefgen.analyse.topics import keyword_index, match_keywords
from briefgen.load.config import Topic
from support.sites import MINIMAL_SITE, run_cli, write_site

SPELLINGS = ["Istanbul", "İstanbul", "ISTANBUL", "İSTANBUL", "istanbul"]
FILLER = st.lists(st.sampled_from(["İzmir", "İSTANBUL", "İçişleri", "ve", "Ankara", "Işık", "ıslak", ",", "İ"]),
                  max_size=12).map(" ".join)


@given(st.sampled_from(SPELLINGS), st.lists(st.sampled_from(SPELLINGS), min_size=2, max_size=4), FILLER)
@example("Istanbul", ["İstanbul'da", "İSTANBUL"], "")
@example("İzmir", ["Izmir", "IZMIR"], "")
def test_a_keyword_matches_every_case_of_i(keyword: str, written: list[str], filler: str) -> None:
    topic = Topic("turkiye", "Türkiye", "", (keyword,))
    found = match_keywords("", f"{filler} " + " ve ".join(written) + ".", keyword_index((topic,)))
    assert found and found[0].score >= len(written), (keyword, written, found)


@given(FILLER)
@example("İstanbul, İzmir ve Ankara:")
def test_a_declared_name_after_any_capital_i_is_found_as_written(before: str) -> None:
    name = "Recep Tayyip Erdoğan"
    text = f"{before} {name} geldi."
    named = find_people("", text, (name,)).named
    assert name in {n.full for n in named}, named
    for n in named:  # what is published is written in the text, never a slice beside it
        assert all(f" {surface} " in f" {text} ".replace(",", " ").replace(".", " ") for surface in n.surfaces), n


def test_no_person_is_published_cut_short(tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = MINIMAL_SITE["config.yaml"] + "people:\n  - name: Recep Tayyip Erdoğan\n"
    text = "İstanbul, İzmir ve Ankara: Recep Tayyip Erdoğan ceasefire talks.\n"
    site = write_site(tmp_path / "site", dict(MINIMAL_SITE) | {"config.yaml": config} | {
        f"content/articles/t{n}.md": f"---\ntitle: Talks {n}\nsource: Haber {n}\npublished: 2023-05-0{n}\n---\n{text}"
        for n in (1, 2)})
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    people = sorted(p.name for p in (site / "output/people").iterdir() if p.is_dir())
    assert people == ["recep-tayyip-erdogan"], people


@given(st.sampled_from(SPELLINGS), st.sampled_from(SPELLINGS))
def test_story_terms_of_every_spelling_are_one(one: str, other: str) -> None:
    """Two reports writing "İstanbul" and "Istanbul" share the term (it was "i̇stanbul", shown so in check -v)."""
    assert dict(article_terms("", f"Talks in {one} resumed.").weights).keys() == \
        dict(article_terms("", f"Talks in {other} resumed.").weights).keys()
