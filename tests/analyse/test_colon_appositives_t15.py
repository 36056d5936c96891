"""Colon lead-ins whose subject has an appositive (analyse/colonleads.py), in English and French:

- after an opening phrase: "In Vivonne, Marie Bonnet, the mayor, expects a difficult summer: “…”" and the French "À
  Vivonne, Marie-Claire Bonnet, la maire, s'attend à un été compliqué : « … »" read the predicate as the clause and
  gave no speaker (T15, 2026-12-06);
- French appositives headed by a role noun without an article, names with particles: "Marc-Antoine Girard, président
  de la coopérative : « … »", "Marie-Hélène de Villiers, la présidente du syndicat : « … »".
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

EN_NAMES = ["Marie Bonnet", "Tom Reid", "Priya Raman", "Ada Brenn"]
EN_APPOSITIVES = ["the mayor", "the union's chair", "a local farmer", "its chief executive"]
EN_OPENINGS = ["In Vivonne", "On Monday", "Outside the town hall", "Later that day"]
EN_PREDICATES = ["expects a difficult summer", "was blunt", "sounded a warning", "did not hide her anger"]
FR_NAMES = ["Marie-Claire Bonnet", "Marc-Antoine Girard", "Marie-Hélène de Villiers", "Gérard Vasseur", "Mme Bonnet"]
FR_APPOSITIVES = ["la maire", "président de la coopérative", "présidente du syndicat Terres du Poitou", "son porte-parole",
                  "le directeur de l'usine", "avocate du collectif"]
FR_OPENINGS = ["À Vivonne", "Lundi", "Devant la préfecture", "Le soir même"]
FR_PREDICATES = ["s'attend à un été compliqué", "ne décolère pas", "prend la parole", "hausse le ton"]


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.name for q in quotes_in("Title", text, language)]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(EN_NAMES), st.sampled_from(EN_APPOSITIVES), st.sampled_from(EN_OPENINGS),
       st.sampled_from(EN_PREDICATES))
def test_english_opening_name_appositive_predicate(name: str, appositive: str, opening: str, predicate: str) -> None:
    assert _speakers(f"{opening}, {name}, {appositive}, {predicate}: “We have already shut the fountains.”", "en") == [name]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(FR_NAMES[:4]), st.sampled_from(FR_APPOSITIVES), st.sampled_from(FR_OPENINGS),
       st.sampled_from(FR_PREDICATES), st.booleans())
def test_french_name_and_appositive(name: str, appositive: str, opening: str, predicate: str, lead: bool) -> None:
    """With an opening phrase and a predicate, or the name and its appositive alone before the colon."""
    quote = "« Nous avons déjà fermé les fontaines. »"
    text = f"{opening}, {name}, {appositive}, {predicate} : {quote}" if lead else f"{name}, {appositive} : {quote}"
    assert _speakers(text, "fr") == [name]


def test_what_stays_without_a_speaker() -> None:
    """Parts that are no name and its appositive (places): no one is read into them."""
    assert _speakers("À Vivonne, Poitiers, Niort, les maires s'inquiètent : « Nous n'avons plus d'eau. »", "fr") == [None]
    assert _speakers("In Vivonne, Poitiers and Niort, mayors were worried: “We have no water left.”", "en") == [None]


def test_the_trials_lines() -> None:
    assert _speakers("À Vivonne, Marie-Claire Bonnet, la maire, s'attend à un été compliqué : « Nous avons déjà fermé "
                     "les fontaines. Si la pluie ne revient pas, je devrai faire venir des camions-citernes. »", "fr") == [
        "Marie-Claire Bonnet"]
    assert _speakers("Marc-Antoine Girard, président de la coopérative : « Nous avons fait tout ce que l'État nous "
                     "demandait. Aujourd'hui, c'est l'État qui nous lâche. »", "fr") == ["Marc-Antoine Girard"]
