"""A Spanish or Portuguese article opening a sentence, and "Sr." alone, name no speaker (FX106, BR62, 2026-12-07):
the colon frame gave "Los vecinos del barrio dijeron: “…”" to "Los", "La fiscal del caso, Ana Gil, dijo:" to "La",
"El Sr. Paz dijo:" to "El Sr" (iberianarticles.article_run)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.iberianarticles import article_run
from briefgen.analyse.nameruns import classify
from briefgen.analyse.people import find_people
from support.madeup import FAST, word


def _speakers(text: str, language: str = "es") -> list[str | None]:
    return [q.speaker for q in find_people("T", text, language=language).quotes]


def test_br62_articles_and_sr() -> None:
    assert _speakers('Los vecinos del barrio dijeron: "Queremos agua."') == []
    assert _speakers('La fiscal del caso, Ana Gil, dijo: "Hay pruebas."') == ["Ana Gil"]
    assert _speakers('El Sr. Paz dijo: "No."') == ["Paz"]
    assert _speakers('Sr. Paz dijo: "No."') == ["Paz"]
    for name in ("La Paz", "Los Angeles", "El Salvador", "Las Vegas", "Don Johnson", "Oscar Sr"):
        assert not article_run(name.lower().split()), name
    assert classify(["Ignazio", "La", "Russa"]) == ("person", 0)


@FAST
@given(st.sampled_from(("El", "La", "Los", "Las", "O", "Os")), st.sampled_from(("vecinos", "fiscal", "ministro",
                                                                                "autoridades", "moradores")),
       st.sampled_from(("es", "pt", "en")))
def test_an_article_opening_the_clause_is_no_speaker(article: str, noun: str, language: str) -> None:
    assert classify([article]) is None
    spoken = _speakers(f'Officials met.\n\n{article} {noun} del barrio dijeron: "Queremos agua."', language)
    assert article not in spoken and f"{article} {noun}" not in spoken


@FAST
@given(st.sampled_from(("El Sr.", "Sr.", "La Sra.", "Sra.")), word)
def test_a_courtesy_title_before_a_surname(title: str, last: str) -> None:
    assert _speakers(f'Officials met.\n\n{title} {last} dijo: "No."') == [last]
