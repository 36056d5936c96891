"""A given name whose syllables are hyphenated after a family name written first is a name
(analyse/nameruns.romanised_given_name).

A trial on an East Asia briefing: "South Korean President Lee Jae-myung", "Kim Min-seok, the prime
minister", "Ahn Cheol-soo" and "Park Chan-dae" were not found at all — a hyphenated word with a
lower-case second part was read as an adjective ("German-made", "Kremlin-backed") — so "Lee Jae-myung
told reporters: “The door is open.”" had no speaker, "Kim Min-seok said …" neither, and the People
index listed a person "Ahn" and a person "Park". The same for every Korean name as the press writes it
(Revised Romanisation, "Kim Jong-un", "Ban Ki-moon") and for Wade-Giles and Taiwanese passport spellings
("Chiang Kai-shek", "Tsai Ing-wen", "Lai Ching-te"). "Cho Hyun" was filed as "Hyun, Cho".
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import sort_name
from briefgen.analyse.quotes import quotes_in
from support.sites import run_cli, write_site
from support.examples import examples

# Korean and Taiwanese family names (each in lexicon.FAMILY_NAME_FIRST) and romanised syllables.
FAMILY = ["Lee", "Kim", "Park", "Ahn", "Cho", "Yoon", "Moon", "Ban", "Roh", "Tsai", "Lai", "Chiang", "Hou", "Ko"]
SYLLABLES = ["jae", "myung", "min", "seok", "jong", "un", "cheol", "soo", "chan", "dae", "suk", "yeol", "ki",
             "moon", "ing", "wen", "ching", "te", "kai", "shek", "yu", "ih", "geun", "hye", "hyun", "kwan"]

FRAMES = ["{name} told reporters: “The door is open.”",
          "“The door is open,” said {name} on Monday.",
          "South Korean President {name} said “the door is open” after the talks."]


@st.composite
def hyphenated_names(draw: st.DrawFn) -> str:
    """"Family Given-syllable": "Lee Jae-myung", "Tsai Ing-wen"."""
    first, second = draw(st.sampled_from(SYLLABLES)), draw(st.sampled_from(SYLLABLES))
    return f"{draw(st.sampled_from(FAMILY))} {first.capitalize()}-{second}"


@settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=hyphenated_names(), frame=st.sampled_from(FRAMES))
@example(name="Lee Jae-myung", frame=FRAMES[0])
@example(name="Kim Min-seok", frame=FRAMES[1])
@example(name="Tsai Ing-wen", frame=FRAMES[2])
def test_a_hyphenated_given_name_after_a_family_name_is_found_and_credited(name: str, frame: str) -> None:
    family = name.split()[0]
    text = frame.format(name=name) + f"\n\nLater {family} said “we will talk again.”"
    assert [m.full for m in names_in("", text)] == [name, name]  # the family name alone is the same person
    assert [q.name for q in quotes_in("", text)] == [name, name]


@settings(max_examples=examples(40), deadline=None)
@given(place=st.sampled_from(["German", "Kremlin", "Seoul", "Beijing", "Taipei"]),
       made=st.sampled_from(["made", "backed", "based", "led", "built", "owned"]))
def test_an_adjective_made_with_a_hyphen_is_still_no_name(place: str, made: str) -> None:
    """Only after a family name written first: "Kremlin-backed", "Seoul-based Analysts" stay adjectives."""
    text = f"The {place}-{made} forces moved on Monday. Officials said “nothing changed.”"
    assert names_in("", text) == ()


def test_korean_names_get_pages_filed_under_the_family_name(tmp_path: Path) -> None:
    """The concrete briefing of the trial, built: both ministers named Kim are two people, each with
    their quote, and the family-name-first names are filed under their family name."""
    files = {"config.yaml": "title: Seoul Briefing\ntimezone: UTC\ntopics:\n  - id: korea\n    title: Korea\n"
                            "    keywords: [Seoul]\n"}
    texts = [
        "Kim Min-seok, the prime minister, met Kim Jung-kwan, the industry minister, in Seoul. Kim Min-seok "
        "said the economy “is recovering”. Kim Jung-kwan disagreed.\n\n“Exports are weak,” said Kim Jung-kwan.\n",
        "Chinese foreign minister Wang Yi met South Korean President Lee Jae-myung and Foreign Minister Cho Hyun "
        "in Seoul.\n\nLee Jae-myung told reporters: “The door is open.”\n",
    ]
    for n, text in enumerate(texts):
        files[f"content/articles/a{n}.md"] = (f"---\ntitle: Report {n}\nsource: Wire\npublished: 2026-03-0{n + 1}\n"
                                              f"story: none\n---\n{text}")
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    index = (site / "output/people/index.html").read_text()
    listed = re.findall(r'<a href="\.\./people/[^"]+">(?:<bdi>)?([^<]+)(?:</bdi>)?</a>', index)
    assert listed == ["Kim Jung-kwan", "Kim Min-seok", "Lee Jae-myung"]
    page = (site / "output/people/lee-jae-myung/index.html").read_text()
    assert "The door is open." in page


@settings(max_examples=examples(60), deadline=None)
@given(name=hyphenated_names())
@example(name="Cho Hyun")
def test_a_family_name_written_first_is_filed_under_itself(name: str) -> None:
    assert sort_name(name, PERSON)[0] == name.casefold()
    assert sort_name("Olaf Scholz", PERSON)[0] == "scholz olaf"
