"""Frames T29 missed (F7, FX99): a participle clause between the name and the colon ("X, speaking at her headquarters:
“…”"), a time word before a pronoun subject ("Later he wrote on X: “…”", "Then she said: “…”"), and a relative clause
whose "who" has an auxiliary or adverb, or an appositive before it ("José dos Santos, a former foreign minister, who
has so far said only that “…”"). The rules: quotes._PARTICIPLE_FRAME with reportedclaims.bare_subject,
sentenceadverbs.adverbed_pronoun, relativeclauses.who_antecedent."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_Q = '"Nobody goes home until every tally sheet is counted."'


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


def test_reported_inputs() -> None:
    assert _names('María Fernanda Ruiz de la Torre, speaking at her headquarters: ' + _Q) == [
        "María Fernanda Ruiz de la Torre"]
    assert _names('Andres Manuel Lopez Obrador said Mexico would not interfere. Later he wrote on X: "The people of '
                  'Ribera deserve the truth."') == ["Andres Manuel Lopez Obrador"]
    assert _names('Brazil heads the mission through José dos Santos, a former foreign minister, who has so far said '
                  'only that the mission "is following every step of the count."') == ["José dos Santos"]


@given(word, word, st.sampled_from(["speaking at her headquarters", "speaking to reporters in the capital",
                                    "writing on Facebook", "posting on Instagram", "addressing supporters"]),
       st.sampled_from(["", "Senator "]))
@example("Ana", "Ruiz", "speaking at her headquarters", "")
@FAST
def test_a_participle_between_the_name_and_the_colon(given_name, surname, participle, title) -> None:
    if given_name == surname:
        return
    assert _names(f"{title}{given_name} {surname}, {participle}: {_Q}") == [f"{given_name} {surname}"]


@given(st.sampled_from(["speaking on condition of anonymity", "speaking to reporters"]),
       st.sampled_from(["An official", "Protesters", "The vote was delayed"]))
def test_a_participle_after_no_name_gives_no_one(participle, lead) -> None:
    assert _names(f"{lead}, {participle}: {_Q}") == [None]


@given(word, word, st.sampled_from(["Later", "Then", "Afterwards", "Separately", "Earlier", "On Monday", "Meanwhile"]),
       st.sampled_from(["wrote on X:", "said:", "posted on Instagram:", "wrote on Facebook:"]), st.booleans())
@example("Andres", "Obrador", "Later", "wrote on X:", True)
@FAST
def test_a_time_word_before_the_pronoun(given_name, surname, lead, verb, male) -> None:
    if given_name == surname:
        return
    pronoun, title = ("he", "Mr") if male else ("she", "Ms")
    text = f"{title} {given_name} {surname} said the count would go on. {lead} {pronoun} {verb} {_Q}"
    assert _names(text) == [f"{given_name} {surname}"], text


@given(word, word, st.sampled_from(["who has so far said only that", "who so far has said", "who has said only that",
                                    "who said"]), st.sampled_from(["", " a former foreign minister,"]),
       st.sampled_from(["through", "by"]))
@example("José", "Santos", "who has so far said only that", " a former foreign minister,", "through")
@FAST
def test_who_after_the_name(given_name, surname, clause, appositive, preposition) -> None:
    if given_name == surname:
        return
    text = (f"Brazil heads the mission {preposition} {given_name} dos {surname},{appositive} {clause} the mission "
            '"is following every step of the count."')
    assert _names(text) == [f"{given_name} dos {surname}"], text


@given(word, word, word, word)
@FAST
def test_who_after_a_preposition_of_a_noun_is_no_one(g1, s1, g2, s2) -> None:
    """The trap: "the husband of X, a former minister, who said": whose words is unclear; no speaker."""
    if len({g1, s1, g2, s2}) < 4:
        return
    text = f'{g1} {s1} met the husband of {g2} {s2}, a former minister, who said the count "is following every step."'
    assert _names(text) == [None], text
