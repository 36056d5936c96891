"""A surname that stands for a person named in full is judged through that full name
(analyse/spelling._through_full_name), not compared alone with like surnames.

A trial on a Nordic briefing: "Sanna Marin … met Irish Taoiseach Micheál Martin in Dublin. Marin said
Europe “must be bolder”. Martin agreed." made `briefgen check` warn '"Martin" may be a misspelling of
"Marin" (2 articles write 'Marin', 1 writes 'Martin')': the lone surname was compared with the other
lone surnames of the corpus, although its article had named Micheál Martin in full, a different person
from Sanna Marin. Any two people whose surnames are one edit apart (Marin/Martin, Grosi/Grossi-like
pairs of real people) drew the warning for the rarer one's surname.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.spelling import misspellings
from support.sites import run_cli, write_site
from support.examples import examples

LETTERS = "aeilnorstuv"
GIVEN = ["Sanna", "Helena", "Oskar", "Tomas", "Ingrid", "Pavel"]
OTHER_GIVEN = ["Micheál", "Dorota", "Rafael", "Wiktor", "Agnese", "Mateus"]


@st.composite
def surname_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """Two surnames one letter apart (the second has one more letter), both of 5+ letters."""
    base = draw(st.sampled_from("BKMSTV")) + draw(st.text(alphabet=LETTERS, min_size=4, max_size=7))
    at = draw(st.integers(min_value=1, max_value=len(base)))
    return base, base[:at] + draw(st.sampled_from("dkmt")) + base[at:]


def corpus(frequent: str, rare: str, lone: str) -> dict[str, tuple]:
    """The frequent person named in full in two articles; the rare one in full, then alone, in a third."""
    texts = [f"{frequent} spoke in Oslo. {frequent.split()[-1]} said “we are ready”.",
             f"{frequent} spoke in Riga. {frequent.split()[-1]} said “we are waiting”.",
             f"{frequent} met {rare} in Dublin.\n\n{lone} said “Europe must be bolder”. {lone} agreed."]
    return {f"a{n}": names_in("", text) for n, text in enumerate(texts)}


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=surname_pairs(), given_names=st.tuples(st.sampled_from(GIVEN), st.sampled_from(OTHER_GIVEN)))
@example(pair=("Marin", "Martin"), given_names=("Sanna", "Micheál"))
def test_the_surname_of_another_person_named_in_full_is_not_flagged(pair: tuple[str, str],
                                                                     given_names: tuple[str, str]) -> None:
    frequent, rare = f"{given_names[0]} {pair[0]}", f"{given_names[1]} {pair[1]}"
    assert misspellings(NameIndex.build([], corpus(frequent, rare, pair[1]))) == ()


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=surname_pairs(), given=st.sampled_from(GIVEN))
@example(pair=("Marin", "Martin"), given="Sanna")
@example(pair=("Mount", "Mdount"), given="Sanna")  # a draw: "Mount" ended a place's name ("Sanna Mount": no one)
def test_a_misspelt_surname_of_a_misspelt_full_name_is_still_flagged(pair: tuple[str, str], given: str) -> None:
    """The same person with a misspelt surname: the full name and the lone surname are both flagged."""
    frequent, rare = f"{given} {pair[0]}", f"{given} {pair[1]}"
    found = misspellings(NameIndex.build([], corpus(frequent, rare, pair[1])))
    assert [(s.surface, s.suggestion) for s in found] == [(rare, frequent), (pair[1], pair[0])]


def test_check_does_not_flag_marin_and_martin(tmp_path: Path) -> None:
    """The trial's briefing through `briefgen check`: no warning for "Martin"."""
    files = {"config.yaml": "title: Nordic Briefing\ntimezone: UTC\ntopics:\n  - id: eu\n    title: EU\n"
                            "    keywords: [Europe]\n"}
    texts = ["Sanna Marin, the former Finnish prime minister, met Irish Taoiseach Micheál Martin in Dublin.\n"
             "Marin said Europe “must be bolder”. Martin agreed.\n",
             "Sanna Marin spoke in Helsinki on Wednesday. Marin said she was “done with politics”.\n"
             "Micheál Martin sent a message.\n"]
    for n, text in enumerate(texts):
        files[f"content/articles/a{n}.md"] = (f"---\ntitle: Report {n}\nsource: Wire\npublished: 2026-03-0{n + 1}\n"
                                              f"story: none\n---\n{text}")
    site = write_site(tmp_path / "site", files)
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 0, result.stderr
    assert "misspelling" not in result.stdout + result.stderr
