"""Two French lead-ins the T15 trial (a French water crisis, 2026-12-06) lost quotations to:

- object pronouns between a speaker's name and the verb of a colon lead-in ("Jean-Pierre Castaing l'a annoncé à notre
  antenne : « … »", "Marie-Claire Bonnet nous a dit : « … »", "X s'en est indigné : « … »"): read as words after the
  name, they made the speaker unnamed (frenchroles.clitics_cut);
- a viewpoint lead-in, "Pour Marie-Hélène de Villiers, la mobilisation a payé. « … », a-t-elle réagi.", whose person
  the pronoun stands for, as the English "For Anna Berg, …" (antecedents._FOR_LEAD).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.frenchroles import clitics_cut
from briefgen.analyse.givensex import given_sex
from briefgen.analyse.quotes import quotes_in

NAMES = ["Jean-Pierre Castaing", "Marie-Claire Bonnet", "Julien Moreau-Lacaze", "Marie-Hélène de Villiers", "Gisèle Marchand"]
VERBS = ["l'a annoncé à notre antenne", "l'assure", "nous a dit", "nous l'a confirmé", "le confirme", "leur a répondu",
         "l'a répété", "les a prévenus", "lui a rétorqué", "vous le dit"]
QUOTE = "« Les débits sont remontés grâce aux orages. »"


def _speakers(text: str, language: str = "fr") -> list[str | None]:
    return [q.name for q in quotes_in("Titre", text, language)]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(VERBS))
def test_object_pronouns_before_the_verb_leave_the_speaker(name: str, verb: str) -> None:
    assert _speakers(f"{name} {verb} : {QUOTE}") == [name]


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(["a réagi", "a-t-elle réagi", "a-t-il ajouté", "dit-il", "a-t-elle glissé"]))
def test_a_viewpoint_lead_in_is_whom_the_pronoun_stands_for(name: str, frame: str) -> None:
    text = f"Pour {name}, la mobilisation a payé. « Nous avons été entendus », {frame}."
    expected = None if frame == "a réagi" else name  # (no subject after "a réagi": no frame of its own)
    if given_sex(name.split()[0], "fr") == ("m" if "elle" in frame else "f") and frame != "a réagi":
        assert _speakers(text) == [None], text  # ("Pour Jean-Pierre Castaing, … », a-t-elle réagi": not his, QW17)
        return
    assert _speakers(text) in ([expected], [name])


def test_the_cut_reads_lower_case_pronouns_in_french_only() -> None:
    masked = "Jean-Pierre Castaing l'"
    assert clitics_cut("fr", masked, 0, len(masked)) == len("Jean-Pierre Castaing")
    assert clitics_cut("fr", "Julien Moreau-Lacaze s'en", 0, 25) == len("Julien Moreau-Lacaze")
    assert clitics_cut("fr", "Marie Le", 0, 8) == 8  # a name's "Le" is no pronoun
    assert clitics_cut("", "Anna Berg le", 0, 12) == 12  # English: nothing cut
    assert clitics_cut("fr", "la", 0, 2) == 2  # nothing left of the subject: as it was


def test_the_trials_lines_and_english_as_before() -> None:
    assert _speakers("Jean-Pierre Castaing l'a annoncé à notre antenne : « Les débits sont remontés grâce aux orages. "
                     "Si la tendance se confirme, nous pourrons aller plus loin la semaine prochaine. »") == [
        "Jean-Pierre Castaing"]
    assert _speakers("Pour Marie-Hélène de Villiers, la mobilisation a payé. « Nous avons été entendus », a-t-elle "
                     "réagi, avant de préciser : « Mais deux nuits, c'est le strict minimum. »") == [
        "Marie-Hélène de Villiers", "Marie-Hélène de Villiers"]
    assert _speakers("Pour la ministre, la mobilisation a payé. « Nous avons été entendus », a-t-elle réagi.") == [None]
    assert _speakers("For Anna Berg, the vote was a victory. “We were heard,” she said.", "en") == ["Anna Berg"]
    assert _speakers("Tom Reid le said: “We were heard.”", "en") == [None]  # English: "le" is no pronoun


INVERTED = ["sourit", "calcule", "soupire", "observe", "note", "relève", "souffle", "rétorque", "se souvient",
            "s'amuse", "s'agace", "s'indigne", "s'inquiète", "se réjouit", "s'étonne", "a souri", "a rétorqué",
            "a soupiré", "s'est indignée", "s'est agacé", "s'est amusée"]
BEFORE = ["s'est dite", "s'est dit", "s'est indigné", "s'est félicitée de", "s'est alarmé de"]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(INVERTED), st.booleans())
def test_more_speech_verbs_after_a_quotation(name: str, verb: str, appositive: bool) -> None:
    """French journalism's verbs of manner after a quotation ("sourit X", "se souvient X", "s'est indignée X"; T15)."""
    tail = ", présidente de la coopérative" if appositive else ""
    assert _speakers(f"« On a connu 1976, on connaîtra 2026 », {verb} {name}{tail}.") == [name]


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(BEFORE))
def test_a_reflexive_verb_before_a_quotation(name: str, verb: str) -> None:
    """"Mme de Villiers s'est dite « soulagée pour le maïs semence »" (T15)."""
    assert _speakers(f"{name} {verb} « soulagée pour le maïs semence ».") == [name]


def test_the_new_verbs_are_french_only() -> None:
    """English text keeps its frames: "sourit" there is a name's word, no verb."""
    assert _speakers("“We knew 1976,” sourit Anna Berg.", "en") == [None]
