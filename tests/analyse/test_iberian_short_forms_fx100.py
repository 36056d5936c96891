"""Short forms of Iberian names are the person's (T29 F5, FX100, 2026-12-07): "Lula said" in an article that never
writes "Luiz Inácio Lula da Silva" was a second person although the full name listed "Lula" (a middle word an article
itself wrote alone for him: lonenames.written_middles); "AMLO" was an organisation that took Andrés Manuel López
Obrador's quotations (an acronym the text ties to a person: knownas.py); "Doña María Fernanda said" made a person
"Doña María Fernanda" and "Sra. Ruiz de la Torre told …" gave no quotation at all (Spanish courtesy titles:
titlewords.IBERIAN_HONORIFICS, sentences.ABBREVIATIONS)."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, strategies as st

from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word


@dataclass(frozen=True)
class _Slug:
    slug: str


def _people(*articles: str) -> dict[str, tuple[str, int, tuple[str, ...]]]:
    found = {str(n): find_people("", text) for n, text in enumerate(articles)}
    listed = people_of(tuple(_Slug(str(n)) for n in range(len(articles))), found, ())  # type: ignore[arg-type]
    return {p.name: (p.kind, len(p.quotes), tuple(sorted(p.spellings))) for p in listed.people}


def test_t29_lula_alone_is_the_full_name() -> None:
    listed = _people('President Luiz Inácio Lula da Silva said on Friday that Brazil would wait.\n\n'
                     '"Count again, in public," Lula said at a news conference.',
                     'The Brazilian president went further.\n\n"We will not recognise it," Lula said in Brasília.')
    assert list(listed) == ["Luiz Inácio Lula da Silva"]
    assert listed["Luiz Inácio Lula da Silva"][1] == 2


def test_a_middle_given_name_alone_is_nobodys_short_form() -> None:
    listed = _people('Mary Ann Evans spoke on Friday.\n\n"We wait," Ann said.', '"We go," Ann said.')
    assert sorted(listed) == ["Ann", "Mary Ann Evans"]  # (as before: the second word may be a second given name)
    listed = _people('Mary Ann Cole Evans spoke on Friday.\n\n"We wait," Cole said.', '"We go," Ann said.')
    assert sorted(listed) == ["Ann", "Mary Ann Cole Evans"]


def test_t29_amlo() -> None:
    for tie in ("Mexican President Andrés Manuel López Obrador (AMLO) spoke on Friday.",
                "Mexican President Andrés Manuel López Obrador, known as AMLO, spoke on Friday.",
                'Mexican President Andrés Manuel López Obrador spoke on Friday.\n\n"We are not judges," AMLO, as he '
                "is known, said."):
        listed = _people(tie, 'Mexico spoke.\n\n"Every vote must be respected," AMLO said in Mexico City.')
        assert list(listed) == ["Andrés Manuel López Obrador"], tie
        assert listed["Andrés Manuel López Obrador"][0] == "person"


def test_an_acronym_of_no_ones_initials_as_he_is_known_stays() -> None:
    listed = _people('Mexican President Andrés Manuel López Obrador spoke on Friday.\n\n"We are not judges," PRI, as '
                     'he is known, said.')
    assert "PRI" not in listed.get("Andrés Manuel López Obrador", ("", 0, ()))[2]


def test_a_partys_initials_after_a_name_stay_the_partys() -> None:
    listed = _people('Senator Juan Pérez Soto (PAN) spoke on Friday.\n\n"We will wait," Pérez Soto said.',
                     'The party met.\n\n"Every vote counts," PAN said in a statement.')
    assert "PAN" not in listed.get("Juan Pérez Soto", ("", 0, ()))[2]


def test_t29_dona_and_sra() -> None:
    listed = _people('María Fernanda Ruiz de la Torre led the march.\n\n"We will defend every vote," Doña María '
                     'Fernanda said, as her supporters call her.\n\n"Nobody goes home," Sra. Ruiz de la Torre told the '
                     'crowd.')
    assert list(listed) == ["María Fernanda Ruiz de la Torre"]
    assert listed["María Fernanda Ruiz de la Torre"][1] == 2
    assert [q.name for q in quotes_in("", 'Elena Ruiz spoke.\n\n"Nobody sleeps," Sra. Ruiz told the crowd.')] == [
        "Elena Ruiz"]


def test_don_johnson_keeps_his_name() -> None:
    assert [q.name for q in quotes_in("", '"Nobody runs," Don Johnson said.')] == ["Don Johnson"]


@FAST
@given(word, word, word, word)
def test_a_written_middle_word_is_the_persons(first: str, second: str, middle: str, last: str) -> None:
    full = f"{first} {second} {middle} da {last}"
    listed = _people(f'President {full} spoke on Friday.\n\n"Count again," {middle} said.',
                     f'The president went further.\n\n"We will not recognise it," {middle} said.')
    assert list(listed) == [full]


# Initials drawn from letters no common acronym, country, currency or title is spelt with alone (J, Q, V, X, Z): drawn
# initials of any letters spelt "HAD", "HRH", "NOK", "DKK", "UAE" — words and codes the analyses rightly read as such.
_RARE = st.sampled_from("JQVXZ")


@FAST
@given(_RARE, word, _RARE, word, _RARE, word, st.sampled_from(("(", ", known as ")))
def test_initials_tied_to_a_person(a: str, first: str, b: str, second: str, c: str, last: str, tie: str) -> None:
    first, second, last = a + first[1:], b + second[1:], c + last[1:]
    full = f"{first} {second} {last}"
    acronym = f"{first[0]}{second[0]}{last[0]}" + ("" if tie == "(" else "Z")  # (any letters after "known as")
    close = ")" if tie == "(" else ","
    listed = _people(f"President {full}{' ' if tie == '(' else ''}{tie}{acronym}{close} spoke on Friday.",
                     f'Officials met.\n\n"Every vote must be respected," {acronym} said.')
    assert list(listed) == [full]


@FAST
@given(st.sampled_from(("Sra.", "Srta.", "Doña", "Dña.")), word, word)
def test_spanish_courtesy_titles(title: str, first: str, last: str) -> None:
    text = f'{first} {last} spoke on Friday.\n\n"Nobody goes home," {title} {last} told the crowd.'
    assert [q.name for q in quotes_in("", text)] == [f"{first} {last}"]


def test_dona_before_a_given_name_alone_is_no_surname() -> None:
    # "Doña Rosa": a given name, as "Dame Philippa" (titledgiven.HONOURS): the site's one Rosa named in full, never the
    # surname of João Rosa
    listed = _people('"It is fine," Doña Rosa said.', 'João Rosa spoke.\n\n"It is bad," Rosa said.', 'Rosa Díaz spoke.')
    assert listed["João Rosa"][1] == 1 and listed["Rosa Díaz"][1] == 1
