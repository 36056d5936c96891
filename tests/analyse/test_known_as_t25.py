"""A person "known as" another name is one person with it (T25 F12, 2026-12-07: "Wei Che-chia, known as C.C. Wei," gave
no "Wei Che-chia" on the People page; the "C.C. Wei" page, quoted in another article, did not say "also written as
Wei Che-chia"). The rule: knownas.py, read by people.people_of as a declared alias."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.people import find_people, people_of

_PAIRS = st.sampled_from([("Wei Che-chia", "C.C. Wei"), ("Lin Mei-hua", "Mary Lin"), ("Thomas Reidford", "Tom Reidford"),
                          ("Lee Jae-yong", "Jay Y. Lee"), ("Abdul Rahman Haji Yusof", "Rahman Yusof")])
_LINKS = st.sampled_from([", known as {b},", ", also known as {b},", ", better known as {b},", " (known as {b})",
                          " (better known as {b})", ", widely known as {b};"])


def _listed(*texts: str) -> dict[str, tuple[int, tuple[str, ...]]]:
    slugs = [f"a{k}" for k in range(len(texts))]
    found = {slug: find_people("x", text) for slug, text in zip(slugs, texts)}
    return {p.name: (len(p.quotes), tuple(sorted(p.spellings))) for p in
            people_of(tuple(factories.article(s) for s in slugs), found, ()).people if p.kind == "person"}


def test_the_reported_wei_che_chia() -> None:
    listed = _listed("Formosa's chief executive, Wei Che-chia, known as C.C. Wei, has said the company will pursue leaks.",
                     '"Our technology is the work of thousands of engineers," Formosa Foundry Chief Executive C.C. Wei said.')
    assert listed == {"Wei Che-chia": (1, ("C.C. Wei", "Wei Che-chia"))}


@given(_PAIRS, _LINKS)
@settings(max_examples=examples(60), deadline=None)
def test_a_name_known_as_another_is_one_person(pair: tuple[str, str], link: str) -> None:
    full, other = pair
    listed = _listed(f"The company's chief, {full}{link.format(b=other)} has led it since 2018.",
                     f'"We will appeal the ruling in every court," {other} said on Monday.')
    assert list(listed) == [full], listed
    assert listed[full][0] == 1 and set(listed[full][1]) >= {full, other}, listed


@given(_PAIRS)
@settings(max_examples=examples(20), deadline=None)
def test_no_join_without_known_as_or_with_a_nickname(pair: tuple[str, str]) -> None:
    full, other = pair
    said = f'"We will appeal the ruling in every court," {other} said on Monday.'
    nickname = other.split()[0]
    for text in (f"The company's chief, {full}, met {other} on Monday.",
                 f"The company's chief, {full}, known as the father of {other}'s firm, spoke.",
                 f"The company's chief, {full}, known as {nickname}, spoke."):
        listed = _listed(text, said)
        assert listed.get(other, (0, ()))[0] == 1 and full not in listed[other][1], (text, listed)


def test_an_alias_two_people_claim_is_joined_to_neither() -> None:
    listed = _listed("Anna Berg, known as Ann Berg, spoke.", "Anne Berg, known as Ann Berg, spoke.",
                     '"We will appeal the ruling in every court," Ann Berg said on Monday.')
    assert "Ann Berg" in listed, listed
