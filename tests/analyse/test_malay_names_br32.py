"""BR32's breaks of FX44's Malay, patronymic and short-form name rules (2026-12-07): "Tun" read as the Malay award
before Burmese names ("Tun Tun Naing" was "Naing" and one page with "Aung Naing"; "U Kyaw Tun" no one), "Bu Dongmei"
read as Indonesian "Bu" (Mrs) before a Pinyin given name of two syllables, "Puan"/"Cut" taken off names of three words
("Maharani Nakshatra Kirana", "Throat Jake"). Properties over made-up names × frames, and the reported inputs.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, NameIndex, names_in
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from stories.storyeval import load_site, people_page
from support.madeup import FAST, SAID, said, word
from support.sites import write_site

BURMESE_WORDS = ("Tun", "Naing", "Myint", "Aung", "Kyaw", "Win", "Zaw", "Soe", "Thein", "Htun", "Oo")


def _read(text: str) -> tuple[list[tuple[str | None, str]], list[tuple[str, str]]]:
    return ([(q.speaker, q.kind) for q in quotes_in("", text)],
            [(n.full, n.kind) for n in find_people("", text).named if n.kind == PERSON])


@FAST
@given(st.lists(st.sampled_from(BURMESE_WORDS), min_size=1, max_size=2), st.sampled_from(("", "U ", "Daw ", "Ko ")),
       st.sampled_from(SAID))
def test_tun_before_or_in_a_burmese_name_is_the_name(words: list[str], style: str, frame: str) -> None:
    for name in (" ".join(["Tun", *words]), " ".join([*words, "Tun"])):
        text = said(frame, style + name)
        speakers, named = _read(text)
        assert len(speakers) == 1 and speakers[0][0] is not None and name in speakers[0][0], text
        assert named and name in named[0][0], text


@FAST
@given(st.sampled_from(("Bu", "Pak")), st.sampled_from(("Dongmei", "Xiaoming", "Jianguo", "Jinping", "Xiang", "Wei")),
       st.sampled_from(SAID))
def test_bu_and_pak_before_a_pinyin_given_name_are_the_family_name(family: str, given_name: str, frame: str) -> None:
    name = f"{family} {given_name}"
    assert _read(said(frame, name)) == ([(name, PERSON)], [(name, PERSON)])


@FAST
@given(st.sampled_from(("Puan", "Cut")), word, word, word, st.sampled_from(SAID))
def test_puan_and_cut_stay_before_a_name_of_three_words(lead: str, a: str, b: str, c: str, frame: str) -> None:
    name = f"{lead} {a} {b} {c}"
    assert _read(said(frame, name)) == ([(name, PERSON)], [(name, PERSON)])


@pytest.mark.parametrize(("text", "name"), [
    ('"The junta will fall," said Tun Tun Naing, a former MP.', "Tun Tun Naing"),
    ('"It is over," said Tun Myint, an activist in Yangon.', "Tun Myint"),
    ('"We want peace," U Kyaw Tun said.', "U Kyaw Tun"),
    ('"It was unfair," said Bu Dongmei, a professor at Peking University.', "Bu Dongmei"),
    ('"We will pass it," said House Speaker Puan Maharani Nakshatra Kirana.', "Puan Maharani Nakshatra Kirana"),
    ('"I am ready," said Cut Throat Jake, a rapper.', "Cut Throat Jake"),
    ('"It was unfair," said Cut Meutia.', "Cut Meutia"),
    # the honorifics still read so
    ('"We are strong," said Tun Dr Mahathir Mohamad.', "Mahathir Mohamad"),
    ('"We are strong," said Tun Daim Zainuddin.', "Daim Zainuddin"),
    ('"We will appeal," Puan Norliza binti Kassim said.', "Norliza binti Kassim"),
    ('"We will appeal," said Puan Siti Aishah Rahman.', "Siti Aishah Rahman"),
])
def test_the_reported_names(text: str, name: str) -> None:
    speakers, named = _read(text)
    assert speakers == [(name, PERSON)], text
    assert named[:1] == [(name, PERSON)], text


def _people(tmp_path: Path, articles: dict[str, tuple[str, str, str]]) -> list[tuple[str, tuple[str, ...]]]:
    files = {"config.yaml": "title: T\nlanguage: en\ntimezone: Asia/Jakarta\ntopics:\n  - id: palm\n    title: Palm\n"}
    for slug, (title, source, body) in articles.items():
        files[f"content/articles/{slug}.md"] = f"---\ntitle: '{title}'\nsource: {source}\npublished: 2026-11-09\n---\n{body}\n"
    return sorted((p.name, p.articles) for p in people_page(load_site(write_site(tmp_path / "site", files)))
                  if p.kind == PERSON)


@pytest.mark.parametrize("other", [
    'Singapore midfielder {short} scored twice. "A great night," {short} said.',
    '"Fares are too low," said {short}, 52, a taxi driver.',
    '"Fares are too low," {short} said.',
])
@pytest.mark.parametrize("short", ["Jeffrey Tan", "Vivian Zhang", "Carrie Lam"])
def test_an_english_short_form_elsewhere_stays_apart(tmp_path: Path, other: str, short: str) -> None:
    people = _people(tmp_path, {
        "a": ("Bank", "Star", f'{short} Kah Seng, chief executive of the bank, spoke. "We grew," {short} Kah Seng said.'),
        "b": ("Other", "AFP", other.format(short=short)),
    })
    assert (f"{short} Kah Seng", ("a",)) in people, people
    assert all("b" not in articles or name == short for name, articles in people), people


def test_an_english_short_form_in_the_fuller_names_article_is_that_person(tmp_path: Path) -> None:
    assert _people(tmp_path, {
        "a": ("Bank", "Star", 'Jeffrey Tan Kah Seng, chief executive of the bank, spoke. "We grew," Jeffrey Tan said.'),
    }) == [("Jeffrey Tan Kah Seng", ("a",))]


@FAST
@given(st.sampled_from(("Mohammed bin Salman", "Zainab binti Yusof", "Johari Abdul Ghani", "Rachel Reeves",
                        "Anwar bin Ibrahim")), st.sampled_from(("Prince", "Minister", "Mr", "Ms", "")),
       st.sampled_from((", a 34-year-old shopkeeper in Khan Younis", ", 34,", ", a nurse in Leeds", "")))
def test_a_given_name_alone_elsewhere_is_not_the_site_person(full: str, title: str, appositive: str) -> None:
    given_name = full.split()[0]
    first = f'Minister {full} met the envoy. "We want peace," {(title + " ") if title else ""}{given_name} said.'
    bare = f'"We are afraid," said {given_name}{appositive} who gave only a first name.'
    index = NameIndex.build((), {"a": names_in("", first), "b": names_in("", bare)})
    assert index.canonical(given_name) != full


def test_the_reported_vox_pops_stay_apart(tmp_path: Path) -> None:
    assert _people(tmp_path, {
        "a": ("Saudi talks", "Reuters", 'Saudi Crown Prince Mohammed bin Salman met the envoy on Monday. "We want peace,"'
              ' Prince Mohammed said.'),
        "b": ("Gaza shops", "AFP", '"We are afraid," said Mohammed, a 34-year-old shopkeeper in Khan Younis.'),
        "c": ("Levy", "Star", 'Plantation Minister Johari Abdul Ghani spoke. "We will go to Geneva," Johari said.'),
        "d": ("Farmers", "AFP", '"Prices are too low," said Johari, a smallholder in Riau.'),
    }) == [("Johari", ("d",)), ("Johari Abdul Ghani", ("c",)), ("Mohammed", ("b",)), ("Mohammed bin Salman", ("a",))]


@FAST
@given(word, st.sampled_from(("bin", "binti", "binte", "bte")), word, st.sampled_from(("Mr", "Ms", "Mrs", "")),
       st.sampled_from((", 44, a teacher", ", a teacher", "")))
def test_a_titled_fathers_name_after_a_patronymic_name_is_that_person(given_name: str, patronymic: str, father: str,
                                                                      title: str, appositive: str) -> None:
    assume(given_name != father)
    name = f"{given_name} {patronymic} {father}"
    text = f'"Enough," said {name}{appositive}. "No," {(title + " ") if title else ""}{father} added.'
    found = [(m.surface, m.full) for m in names_in("", text) if m.kind == PERSON]
    matches = title == ("Mr" if patronymic == "bin" else title) and title in ("Mr", "Ms", "Mrs") and (
        (patronymic == "bin") == (title == "Mr"))
    assert ((father, name) in found) == matches, text


def test_the_reported_patronymic_site(tmp_path: Path) -> None:
    assert _people(tmp_path, {
        "a": ("Court", "Reuters", '"Enough," said Zainab binti Yusof, 44, a teacher. "No," Ms Yusof added.'),
        "b": ("Court", "AFP", '"Enough," said Zainab binti Yusof, a teacher.'),
    }) == [("Zainab binti Yusof", ("a", "b"))]


@pytest.mark.parametrize("style", ["H.E.", "H.H."])
@pytest.mark.parametrize(("full", "joined"), [("William Ruto", True), ("Samia Suluhu", True)])
def test_a_dotted_style_and_a_surname_is_the_sites_one_person_of_that_surname(tmp_path: Path, style: str, full: str,
                                                                               joined: bool) -> None:
    surname = full.split()[-1]
    people = _people(tmp_path, {
        "a": ("Budget", "Nation", f'President {full} signed the budget on Monday. "It is for all," {surname} said.'),
        "b": ("Roads", "Star", f'"We will finish the road," said {style} {surname} at the launch in Eldoret.'),
    })
    assert ((full, ("a", "b")) in people) == joined, people


def test_a_dotted_style_beside_two_people_of_the_surname_is_neither(tmp_path: Path) -> None:
    people = _people(tmp_path, {
        "a": ("Budget", "Nation", 'President William Ruto signed. "It is for all," Ruto said.'),
        "c": ("Farm", "Nation", 'Farmer Joseph Ruto spoke. "Rain came," Ruto said.'),
        "b": ("Roads", "Star", '"We will finish the road," said H.E. Ruto at the launch in Eldoret.'),
    })
    assert ("William Ruto", ("a",)) in people and ("Joseph Ruto", ("c",)) in people, people
