"""A French briefing's story pages (FR16, from the T15 trial of 2026-12-06): what the reports "differ" on, who is
credited, and what a report adds.

Before: "le mois de juin a été le plus sec depuis 1976 dans le département" and "Une première depuis l'été 2022 dans
ce département céréalier" stood under "Where the reports differ" (figures.py read "dans le" as what 1976 counts, and
"juillet" in "le 3 juillet" as a count; terms kept "depuis"); "Selon nos confrères de La Voix du Poitou" and "a
indiqué le préfet … à l'AFP" credited no one, so a re-telling was an independent report; "Avec AFP", "Cet article a
été rédigé avec l'aide d'une intelligence artificielle …" and "Article généré avec l'aide d'une IA." were listed as
what a report adds.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.sites import story_credit, write_site

from briefgen.analyse.adds_boilerplate import boilerplate
from briefgen.analyse.compare import compare_reports
from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.figures import figures
from briefgen.build import BuildOptions, build

SETTINGS = settings(max_examples=examples(60), deadline=None)
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
# A figure, then the function words French writes after it, and what each sentence is about (never the same thing)
TAILS = ["dans le département", "dans ce département céréalier", "depuis le début de la crise", "dans la Vienne",
         "pour la saison", "selon la préfecture", "sur le bassin", "depuis des années"]
OPENINGS = ["Le mois de juin a été le plus sec depuis {n}", "Une première depuis l'été {n}",
            "La coopérative a pompé l'eau en {n}", "Le maire est en poste depuis {n}", "Le record date de {n}"]


@SETTINGS
@given(st.sampled_from(OPENINGS), st.sampled_from(OPENINGS), st.sampled_from(TAILS), st.sampled_from(TAILS),
       st.integers(1950, 2030), st.integers(1950, 2030))
@example(OPENINGS[0], OPENINGS[1], TAILS[0], TAILS[1], 1976, 2022)  # (the trial's)
def test_french_function_words_make_no_figure_differ(one: str, two: str, tail: str, tail2: str, n: int, m: int) -> None:
    if one == two or n == m:
        return
    first = f"{one.format(n=n)} {tail}. Les agriculteurs de la Vienne sont en colère et les nappes sont très basses."
    second = f"{two.format(n=m)} {tail2}. Les agriculteurs de la Vienne sont en colère et les nappes sont très basses."
    assert compare_reports([("a", first), ("b", second)]).differ == (), (first, second)


@SETTINGS
@given(st.sampled_from(MONTHS), st.integers(1, 31), st.integers(1, 31))
def test_a_french_date_is_no_count(month: str, day: int, other: int) -> None:
    assert figures(f"Ce pompage s'appuie sur un courrier de la préfecture daté du {day} {month}.") == ()
    first = f"La préfecture a signé un courrier le {day} {month}, dont nous avons obtenu copie, sur la réserve."
    second = f"« Ce courrier est caduc depuis l'arrêté du {other} {month} », a-t-il assuré sur la réserve."
    assert compare_reports([("a", first), ("b", second)]).differ == ()


def test_a_french_count_still_differs() -> None:
    base = "L'arrêté de crise s'applique à {n} communes du bassin du Clain, dans la Vienne, depuis lundi."
    found = compare_reports([("a", base.format(n=112)), ("b", base.format(n=121))]).differ
    assert found == ((("a", 0), ("b", 0)),)


OUTLETS = ("AFP", "La Voix du Poitou", "Radio Marais", "L'Observateur")
CREDITS = ["Selon nos confrères de {o}, la réserve a continué à se remplir.",
           "Selon nos collègues de {o}, la réserve a continué à se remplir.",
           "D'après {o}, la réserve a continué à se remplir.",
           "L'irrigation est interdite, a indiqué le préfet Jean-Pierre Castaing à {o}.",
           "«Nous avions une autorisation écrite», a déclaré le président de la coopérative, Marc-Antoine Girard, à {o}.",
           "« Ce courrier est caduc », a-t-il déclaré à {o}."]


@SETTINGS
@given(st.sampled_from(OUTLETS), st.sampled_from(CREDITS))
def test_the_french_forms_of_a_credit(outlet: str, form: str) -> None:
    written = ("l'" + outlet) if outlet == "AFP" and "à {o}" in form else outlet
    text = form.format(o=written)
    assert [c.outlet for c in detect_credits(text, credit_finder(OUTLETS), "fr")] == [outlet], text
    assert detect_credits(text, credit_finder(OUTLETS), "en") == () or "D'après" not in text


def test_a_place_after_a_speech_verb_is_no_credit() -> None:
    for text in ("Le préfet a déclaré à Poitiers que l'arrêté serait levé.", "Elle a confié à Marie-Claire Bonnet ses craintes."):
        assert detect_credits(text, credit_finder(OUTLETS), "fr") == ()


WRAPPING = ["Avec AFP", "Avec l'AFP", "(Avec AFP et Reuters)", "Avec agences",
            "Cet article a été rédigé avec l'aide d'une intelligence artificielle et relu par la rédaction.",
            "Article généré avec l'aide d'une IA.", "Texte rédigé par une intelligence artificielle.",
            "Ce résumé a été produit avec l'aide d'une IA et vérifié par un journaliste."]
NEWS = ["Avec AFP, Reuters a annoncé la fusion des deux services.", "La coopérative a utilisé une IA pour trier les dossiers.",
        "L'article 3 de l'arrêté a été rédigé par la préfecture."]


def test_french_wrapping_is_no_addition() -> None:
    sentences = ["Le préfet a levé l'arrêté vendredi.", *WRAPPING, *NEWS]
    assert boilerplate(sentences) == set(range(1, 1 + len(WRAPPING)))


CONFIG = """\
title: Bulletin Eau
base_url: https://example.org/eau/
language: fr
sources:
  - name: La Voix du Poitou
    url: https://voix.example
  - name: Radio Marais
    url: https://radio.example
  - name: InfoFlash Régions
    url: https://infoflash.example
topics:
  - id: bassines
    title: Bassines
    keywords: [bassine, réserve]
"""
SCOOP = ("Alors que l'irrigation est interdite dans le bassin du Clain depuis lundi, la méga-bassine de Sainte-Croix-du-Clain "
         "a continué à pomper dans la nappe les 6 et 7 juillet. Ce pompage s'appuie sur un courrier de la préfecture daté "
         "du 3 juillet, dont nous avons obtenu copie. Selon nos relevés, 41 000 mètres cubes ont été pompés.")
RADIO = ("Selon nos confrères de La Voix du Poitou, la réserve de Sainte-Croix-du-Clain a continué à se remplir les 6 et "
         "7 juillet, alors que l'arrêté sécheresse interdisait déjà l'irrigation. « Ce courrier est caduc depuis l'arrêté "
         "du 6 juillet », a déclaré le préfet. La bassine a pompé 41 000 mètres cubes.\n\nAvec AFP")
AGGREGATOR = ("Une méga-bassine de la Vienne a continué à pomper de l'eau les 6 et 7 juillet malgré l'interdiction "
              "d'irriguer, a indiqué la préfecture à La Voix du Poitou. La réserve de Sainte-Croix-du-Clain a pompé "
              "41 000 mètres cubes dans la nappe.\n\n*Article généré avec l'aide d'une IA.*")


def _article(source: str, when: str, title: str, body: str) -> str:
    return f"---\ntitle: \"{title}\"\nsource: {source}\npublished: {when}\ntopics: [bassines]\n---\n{body}\n"


def test_the_trial_story_page(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {
        "config.yaml": CONFIG,
        "content/articles/voix-scoop.md": _article("La Voix du Poitou", "2026-07-09T06:00:00", "La bassine de Sainte-Croix "
                                                   "a pompé pendant la crise", SCOOP),
        "content/articles/radio-scoop.md": _article("Radio Marais", "2026-07-09T12:00:00", "La bassine de Sainte-Croix "
                                                    "a continué à pomper", RADIO),
        "content/articles/aggr-scoop.md": _article("InfoFlash Régions", "2026-07-09T15:00:00", "Une bassine a pompé "
                                                   "pendant la crise", AGGREGATOR),
    })
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    assert story_credit(site / "output", "voix-scoop").startswith("First reported by La Voix du Poitou")
    page = (site / "output/stories/voix-scoop/index.html").read_text(encoding="utf-8")
    assert "coverage__differ" not in page
    assert "Avec AFP" not in page and "Article généré" not in page
