"""A Spanish or Portuguese office before a name is a role, not a name (T29 F2, FX100, 2026-12-07): "La ministra de
Asuntos Exteriores, Carmen Villalba, said …" gave the quotation to "Asuntos Exteriores", a person page of a ministry's
brief, and none to Carmen Villalba. The run after an office and its complement preposition (iberianroles.py) is what
the office is of; the name after the comma is the speaker."""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

_LEAD = "Spain reacted on Thursday.\n\n"


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.name, q.frame) for q in quotes_in("t", _LEAD + text)]


def test_t29_la_ministra_de_asuntos_exteriores() -> None:
    text = 'La ministra de Asuntos Exteriores, Carmen Villalba, said Spain would "support whatever the observers conclude."'
    assert _speakers(text) == [("Carmen Villalba", "said-before")]


def test_offices_before_the_name() -> None:
    quote = 'would "support whatever the observers conclude."'
    for office in ("El presidente del Tribunal Supremo Electoral", "O ministro da Fazenda", "El alcalde de Ciudad Vieja",
                   "El fiscal general de la Nación", "La jueza de Primera Instancia"):
        assert _speakers(f"{office}, Carmen Villalba, said Spain {quote}") == [("Carmen Villalba", "said-before")], office
    assert _speakers('"We will support them," said la ministra de Asuntos Exteriores, Carmen Villalba.') == [
        ("Carmen Villalba", "said-after")]


def test_an_office_alone_is_an_unnamed_speaker() -> None:
    assert _speakers('"We will support them," said el canciller.') == [(None, "unnamed")]
    # no comma: the office's words would run into the name; unnamed rather than "Asuntos Exteriores Carmen Villalba"
    assert _speakers('"We will support them," said la ministra de Asuntos Exteriores Carmen Villalba.')[0][0] in (
        None, "Carmen Villalba")


def test_controls() -> None:
    assert _speakers('Juan de la Cruz said Spain would "support whatever the observers conclude."') == [
        ("Juan de la Cruz", "said-before")]
    assert _speakers('The director of Banco Central, Juan Cruz, said Spain would "support the observers."') == [
        ("Juan Cruz", "said-before")]


_OFFICES = st.sampled_from(("La ministra", "El ministro", "O ministro", "La presidenta", "El secretario", "La jueza",
                            "El gobernador", "A prefeita", "El embajador", "La portavoz", "El fiscal general"))
_OF = st.sampled_from(("de", "del", "da", "do", "de la"))


@FAST
@given(_OFFICES, _OF, st.lists(word, min_size=1, max_size=2), word, word)
def test_the_name_after_an_office_speaks(office: str, of: str, brief: list[str], first: str, last: str) -> None:
    name = f"{first} {last}"
    text = f'{office} {of} {" ".join(brief)}, {name}, said the count would "take as long as it takes."'
    assert _speakers(text) == [(name, "said-before")]
    text = f'"The count will take as long as it takes," said {office.lower()} {of} {" ".join(brief)}, {name}.'
    assert _speakers(text) == [(name, "said-after")]
