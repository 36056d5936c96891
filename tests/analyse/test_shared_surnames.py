"""A surname shared by two people of the article names neither (analyse/names._remember,
analyse/fullnames.full_name): a wrong speaker is worse than none.

A trial on a briefing with a father and son and two ministers: "George W. Bush met Jeb Bush in
Texas. Bush said “we are family”." credited the words to Jeb Bush (the last full name before it),
and "Kim Min-seok met Kim Jung-kwan in Seoul. Kim said “exports are weak”." to Kim Min-seok (the
first name that starts with "Kim", for family names written first); "Li Hui met Li Wei … Li said"
to Li Hui. The People pages showed the quote under a person who may never have said it.

A second trial (tests/analyse/hospital/, "Adaeze Okafor" and "Chidi Okafor" in one article, then
"“…,” Ms Okafor said", "Mr Okafor laughed. “…,” he said"): the surname stayed the speaker as
written, and a People page "Okafor" held five quotes of two people and counted the articles naming
either. Now the quotation has no speaker (frame "unsure") and the surname is no name of its own.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from support.sites import run_cli, write_site
from support.examples import examples

GIVEN = ["Jeb", "George", "Anna", "Helena", "Marit", "Pavel", "Tomas", "Ingrid"]
SURNAMES = ["Bush", "Varga", "Lindqvist", "Moreau", "Brandt", "Salo"]
FAMILY_FIRST = [("Kim", "Min-seok", "Jung-kwan"), ("Li", "Hui", "Wei"), ("Wang", "Yi", "Wenbin"),
                ("Lee", "Jae-myung", "Hae-chan")]


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(surname=st.sampled_from(SURNAMES), given_names=st.lists(st.sampled_from(GIVEN), min_size=2, max_size=2,
                                                              unique=True),
       far=st.booleans())
@example(surname="Bush", given_names=["George W.", "Jeb"], far=False)
def test_a_surname_of_two_people_credits_neither(surname: str, given_names: list[str], far: bool) -> None:
    first, second = (f"{g} {surname}" for g in given_names)
    between = "\n\nThe talks went on for hours.\n\n" if far else " "
    text = f"{first} met {second} in Texas.{between}{surname} said “we are family”."
    assert [m.full for m in names_in("", text)] == [first, second]
    assert [(q.speaker, q.name, q.frame) for q in quotes_in("", text)] == [(None, None, "unsure")]
    # one of them alone: the surname is that one
    alone = f"{first} spoke in Texas. {surname} said “we are family”."
    assert [q.name for q in quotes_in("", alone)] == [first]


@settings(max_examples=examples(30), deadline=None)
@given(names=st.sampled_from(FAMILY_FIRST))
@example(names=("Kim", "Min-seok", "Jung-kwan"))
def test_a_family_name_written_first_of_two_people_credits_neither(names: tuple[str, str, str]) -> None:
    family, one, other = names
    text = f"{family} {one} met {family} {other} in Seoul. {family} said “exports are weak”."
    assert [(q.speaker, q.name) for q in quotes_in("", text)] == [(None, None)]
    alone = f"{family} {one} met officials in Seoul. {family} said “exports are weak”."
    assert [q.name for q in quotes_in("", alone)] == [f"{family} {one}"]


SHARED_FRAMES = ["“We will not be moved on this, not this year,” {h} {s} said.",
                 "“We will not be moved on this, not this year,” said {h} {s}.",
                 "{h} {s} said: “We will not be moved on this, not this year.”",
                 "{h} {s} laughed at that. “We will not be moved on this, not this year,” {p} said.",
                 "“We will not be moved on this,” {h} {s} said. “Not this year.”"]


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(surname=st.sampled_from(SURNAMES + ["Okafor"]), given_names=st.lists(st.sampled_from(GIVEN + ["Adaeze", "Chidi"]),
                                                                          min_size=2, max_size=2, unique=True),
       honorific=st.sampled_from(["Ms", "Mr", "Mrs", "Dr", "Prof.", "Councillor"]), frame=st.sampled_from(SHARED_FRAMES),
       gap=st.sampled_from([" ", "\n\n"]))
@example(surname="Okafor", given_names=["Adaeze", "Chidi"], honorific="Ms", frame=SHARED_FRAMES[0], gap="\n\n")
def test_a_titled_surname_of_two_people_credits_neither(surname: str, given_names: list[str], honorific: str,
                                                       frame: str, gap: str) -> None:
    first, second = (f"{g} {surname}" for g in given_names)
    text = (f"They share a surname. {first} leads the union; {second} pushes trolleys.{gap}"
            + frame.format(h=honorific, s=surname, p="she" if honorific in ("Ms", "Mrs") else "he"))
    assert {q.name for q in quotes_in("", text)} == {None}, text
    assert [m.full for m in names_in("", text)] == [first, second], text


def test_transliterations_of_one_person_are_still_one() -> None:
    text = "Sergei Lavrov met reporters. Sergey Lavrov spoke again. Lavrov said “no deal is near”."
    assert [q.name for q in quotes_in("", text)] == ["Sergey Lavrov"]


def test_the_quote_goes_to_neither_person_page(tmp_path: Path) -> None:
    """Built: the ambiguous "Bush said" quote is on neither Bush's page."""
    files = {"config.yaml": "title: T\ntimezone: UTC\ntopics:\n  - id: t\n    title: T\n    keywords: [Texas]\n",
             "content/articles/a.md": "---\ntitle: One\nsource: Wire\npublished: 2026-03-01\nstory: none\n---\n"
                                      "George W. Bush met Jeb Bush in Texas. Bush said “we are family, always”.\n"
                                      "George W. Bush said the ranch was “a place to rest”.\n",
             "content/articles/b.md": "---\ntitle: Two\nsource: Wire\npublished: 2026-03-02\nstory: none\n---\n"
                                      "Jeb Bush said the party “must change course soon”.\n"}
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    for slug in ("george-w-bush", "jeb-bush"):
        assert "we are family" not in (site / f"output/people/{slug}/index.html").read_text()
    assert not (site / "output/people/bush").exists()  # no page of the surname as written
    assert "a place to rest" in (site / "output/people/george-w-bush/index.html").read_text()
