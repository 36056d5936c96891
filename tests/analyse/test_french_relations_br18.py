"""A French relation before "de" and a name is that person's, not the speaker (BR18, a breaker on FR16's roles).

FR16 (frenchroles.py) reads "a déclaré la préfète de la Charente, X" as the role's: the name after the role and "de"
is what the role is of. Kin and other relations were not read so: '« Justice est faite », a réagi le fils de Marie
Dubois.' gave the son's words to Marie Dubois, and "a déclaré l'ami de Jean Roux, Paul Lemoine" to Jean Roux (English
"said the son of Mary Lee" gives no one). Now a relation (languages.FRENCH_RELATION_NOUNS) is read as a role is."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

RELATIONS = ("le fils", "la fille", "le mari", "l'épouse", "un voisin", "une voisine", "une amie", "l'ami", "la sœur",
             "le frère", "un collègue", "la mère", "le père", "la compagne", "le neveu")
OF = ("Marie Dubois", "Jean Roux", "Sophie Arnaud-Vidal", "Paul Lemoine")
APPOSITIVE = ("Claire Martin", "Thierry Boucher", "Léa Fontaine")
QUOTE = ("Justice est faite.", "Nous irons en appel.", "Elle était très discrète.")


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_in("", text, "fr")]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(RELATIONS), st.sampled_from(OF), st.sampled_from(QUOTE),
       st.sampled_from(("a réagi", "a déclaré", "a confié", "a témoigné")))
def test_a_relations_complement_is_no_speaker(relation: str, of: str, quote: str, verb: str) -> None:
    """'« … », a réagi le fils de Marie Dubois.': not Marie Dubois's words (failed before)."""
    text = f"« {quote.rstrip('.')} », {verb} {relation} de {of}."
    assert of not in _speakers(text), text


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(RELATIONS), st.sampled_from(OF), st.sampled_from(APPOSITIVE), st.sampled_from(QUOTE),
       st.booleans())
def test_the_appositive_after_a_relation_speaks(relation: str, of: str, name: str, quote: str, first: bool) -> None:
    """'« … », a déclaré l'ami de Jean Roux, Paul Lemoine.' and 'L'ami de Jean Roux, Paul Lemoine, a déclaré : « … »':
    Paul Lemoine's (failed before: Jean Roux's)."""
    phrase = f"{relation} de {of}, {name}"
    text = (f"{phrase[0].upper()}{phrase[1:]}, a déclaré : « {quote} »" if first
            else f"« {quote.rstrip('.')} », a déclaré {phrase}.")
    assert _speakers(text) == [name], text


def test_a_name_before_its_relation_still_speaks() -> None:
    """The relation after the speaker's name is an appositive of it; a name that is no relation's stays."""
    assert _speakers("« Justice est faite », a déclaré Jean-Marie Le Pen, père de Marine Le Pen.") == ["Jean-Marie Le Pen"]
    assert _speakers("« Justice est faite », a déclaré Marie Dubois.") == ["Marie Dubois"]
