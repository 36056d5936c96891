"""A Hungarian name written family name first is the same person as its words in the other order (T19 #3).

The T19 trial had the gas company's spokesman as "Nagy László" in a Hungarian outlet ('„…,” said Nagy László, the
company's spokesman.') and "László Nagy" in Reuters and Midstream Week: two People pages, filed "László, Nagy" under L
and "Nagy, László"; "Szabó Gyöngyi, the mayor" filed "Gyöngyi, Szabó" under G (analyse/hungariannames.py).
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.hungariannames import hungarian_family_first
from briefgen.analyse.names import NameIndex, names_in
from briefgen.site.listing import initial
from briefgen.site.people import index_name
from support.sites import run_cli

FAMILY = ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Kovacs",
          "Szűcs", "Hegedűs", "Bodnár"]
GIVEN = ["László", "Laszlo", "István", "Gyöngyi", "Zsuzsanna", "Gábor", "Gabor", "Katalin", "Zoltán", "Erzsébet",
         "Tibor", "Anna", "Péter", "Ildikó"]


def _index(*texts: str) -> NameIndex:
    return NameIndex.build((), {f"a{k}": names_in("", text) for k, text in enumerate(texts)})


@given(st.sampled_from(FAMILY), st.sampled_from(GIVEN))
@example("Nagy", "László")
@example("Szabó", "Gyöngyi")
@settings(max_examples=60, deadline=None)
def test_family_name_first_and_given_name_first_are_one_person(family: str, given_name: str) -> None:
    index = _index(f"\u201eNobody will be without heating,\u201d said {family} {given_name}, the company's spokesman.",
                   f'"It was routine work," spokesman {given_name} {family} said.',
                   f'{given_name} {family} told Midstream Week the shutdown was planned.')
    assert index.canonical(f"{family} {given_name}") == index.canonical(f"{given_name} {family}") == \
        f"{given_name} {family}"  # (the order more articles write)
    # Both orders are filed under the family name: "Nagy László" as written, "Nagy, László"
    assert index_name(f"{family} {given_name}", "person") == f"{family} {given_name}"
    assert index_name(f"{given_name} {family}", "person") == f"{family}, {given_name}"
    assert initial(index_name(f"{family} {given_name}", "person"))[1] == initial(family)[1]


@given(st.sampled_from([("Smith", "Anna"), ("Jones", "Kim"), ("Sándor", "László"), ("László", "Sándor"),
                        ("Peter", "Tamás"), ("Brown", "Andrea"), ("Simon", "Péter")]))
def test_other_names_in_both_orders_stay_apart(pair: tuple[str, str]) -> None:
    """Never joined without the evidence: an English surname before a given name shared by many languages, two given
    names ("László Sándor": which is the family name?), a given name first. (A Japanese name, "Takeda Haruki", is
    joined to its reverse since FX65: test_japanese_reversed_t25.py.)"""
    first, second = pair
    assert not hungarian_family_first([first, second])
    index = _index(f'"We are ready," said {first} {second}, the spokesman.',
                   f'"We are ready," said {second} {first}, the spokesman.')
    assert index.canonical(f"{first} {second}") != index.canonical(f"{second} {first}")


def _article(slug: str, source: str, day: int, body: str) -> tuple[str, str]:
    return (f"content/articles/{slug}.md",
            f"---\ntitle: Pipeline {slug}\nsource: {source}\npublished: 2026-11-{day:02d}\n---\n{body}\n")


def test_the_trial_spokesman_has_one_page_filed_under_n_and_check_hints_at_unjoined_pairs(site_factory) -> None:
    site: Path = site_factory(dict([
        ("config.yaml", "title: T\nbase_url: https://example.org/\ntopics:\n  - id: gas\n    title: Gas\n"
                        "    keywords: [pipeline]\n"),
        _article("hirek", "Budapesti Hírek", 24, "The Kőröshegy pipeline will close for five days.\n\n\u201eNobody "
                 "will be without heating,\u201d said Nagy László, the company's spokesman. Nagy said the shutdown was "
                 "planned.\n\n\u201eWe were told in time,\u201d said Szabó Gyöngyi, the mayor of Kőröshegy."),
        _article("reuters", "Reuters", 24, 'The Kőröshegy pipeline will close.\n\n"The last pig run was in 2024, so '
                 'this one is on schedule," spokesman László Nagy said.'),
        _article("midstream", "Midstream Week", 25, "László Nagy told Midstream Week the work was planned a year ago."
                 "\n\nSzabó Gyöngyi, the mayor, said residents were told."),
        _article("one", "Example Times", 25, '"We are ready," said Sándor László, the engineer.'),
        _article("two", "Example Post", 26, '"We are ready," said László Sándor, the engineer.'),
    ]))
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    people = site / "output" / "people"
    page = (people / "laszlo-nagy" / "index.html").read_text()
    assert "Nagy László" in page and "on schedule" in page and "without heating" in page
    assert "This page has moved" in (people / "nagy-laszlo" / "index.html").read_text() or \
        not (people / "nagy-laszlo").exists()
    index = re.sub(r"<[^>]+>", " ", (people / "index.html").read_text())
    assert "Nagy, László" in index and "László, Nagy" not in index
    assert "Szabó Gyöngyi" in index and "Gyöngyi, Szabó" not in index
    check = run_cli(["check"], cwd=site)
    assert check.returncode == 0, check.stderr
    hints = re.findall(r'^(\S+):\d+: warning: "([^"]+)" and "([^"]+)" are the same two words in both orders',
                       check.stderr, re.MULTILINE)
    assert [(name, other) for _, name, other in hints] == [("László Sándor", "Sándor László")], check.stderr
