"""Calls that are summonses, namings with an adverbial, words a denial governs, and a person's agents who speak
(callverbs.py, quotecalled.py, unnamedvoices.py; issue 9, a breaker's findings left on 2026-12-05).

- "Tom Reid called in the administrators, his daughter said. “We were shocked,” she said." was Tom Reid's: "called
  in" was read as words, so he was the sentence's speaker. "called in" is a summons, unless it opens where words
  were said ("called in a statement for “…”").
- "Helen Mabry called the ruling at the time “a disgrace …”", "… the pay offer from ministers “…”", "… the 2024 budget
  “…”" lost their speaker: "at"/"from" and a number were read as a phone call's adverbials. They are a call's only
  after a call's receiver ("the helpline at 3am") or with no determined object; a number right after a determiner is
  the object's own.
- "Anna Berg denied that she was drunk and had called the minister “a liar …”" was hers.
- "…, her coach said. “…,” he said." and "…, his lawyer said" left the quotation to the named person.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

SMALL = settings(FAST, max_examples=examples(40))


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    reported = {
        "Tom Reid called in the administrators, his daughter said. “We were shocked,” she said.": [None],
        "Helen Mabry called the ruling at the time “a disgrace to the whole justice system”.": ["Helen Mabry"],
        "Helen Mabry called the pay offer from ministers “an insult to every nurse”.": ["Helen Mabry"],
        "Helen Mabry called the 2024 budget “a missed opportunity for the whole country”.": ["Helen Mabry"],
        "Tom Reid called the minister at the time “a liar and a coward”.": ["Tom Reid"],
        "Anna Berg denied that she was drunk and had called the minister “a liar and a coward”.": [None],
        "Anna Berg denied that Tom Reid had called the plan “a disaster for the country”.": [None],
        "Tom Reid won the race in record time, her coach said. “She was magnificent,” he said.": [None],
        "Tom Reid was arrested on Monday, his lawyer said. “He denies everything put to him,” she said.": [None],
    }
    for text, speakers in reported.items():
        assert _speakers(text) == speakers, text


def test_what_must_not_change():
    kept = {
        "Tom Reid called in the administrators on Monday. “We had no choice left at all,” he said.": ["Tom Reid"],
        "Tom Reid called the helpline at 3am “because nobody else would listen”.": [None],
        "Tom Reid called the police from his car “in a blind panic”.": [None],
        "Tom Reid called his mother at 3am “in floods of tears”.": [None],
        "Tom Reid called 999 “as soon as he heard the screams”.": [None],
        "Tom Reid called the helpline three times “a loud bang and then screaming”.": [None],
        "Tom Reid called on ministers to “act before it is too late”.": ["Tom Reid"],
        "As she left, Anna Berg called over her shoulder: “See you in court.”": ["Anna Berg"],
        "Tom Reid called in a statement for “an urgent and independent inquiry”.": ["Tom Reid"],
        "Anna Berg denied the charges and told the court she was “completely innocent of all of it”.": ["Anna Berg"],
        "Anna Berg denied that she was drunk, saying she had been “completely sober all night”.": ["Anna Berg"],
        "After the union rejected the offer, Tom Reid said the talks were “over for good”.": ["Tom Reid"],
        "Tom Reid, who denies the charges, said he was “looking forward to clearing his name”.": ["Tom Reid"],
        "Tom Reid denied the charges. He told the court he was “completely innocent of all of it”.": ["Tom Reid"],
        "Tom Reid said he had never been “so insulted in all my life”.": ["Tom Reid"],
        "Tom Reid denied any wrongdoing and called the claims “a politically motivated smear”.": ["Tom Reid"],
        "Tom Reid rejected that claim and told reporters the plan was “working well for everyone”.": ["Tom Reid"],
        "Anna Berg denied, in a statement, that she had called the minister “a liar and a coward”.": [None],
        "Tom Reid disputed the figures, and said the report was “riddled with basic errors”.": ["Tom Reid"],
        "Tom Reid said his lawyer had advised him to stay silent. “I did nothing wrong,” he said.": ["Tom Reid"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


@SMALL
@given(word, word, st.sampled_from(("in the administrators", "off the strike", "in sick", "in the army", "up the reserves")),
       st.sampled_from(("his daughter said", "a neighbour said", "said his wife")))
def test_a_summons_is_no_speech(given_name, surname, summons, voice):
    text = f"{given_name} {surname} called {summons}, {voice}. “We were all shocked by it,” she said."
    assert _speakers(text) == [None], text


@SMALL
@given(word, word, st.sampled_from(("the ruling at the time", "the pay offer from ministers", "the 2024 budget",
                                    "the £5bn package", "the verdict at the weekend")))
def test_an_object_keeps_its_own_adverbial(given_name, surname, named):
    text = f"{given_name} {surname} called {named} “a disgrace to the whole country”."
    assert _speakers(text) == [f"{given_name} {surname}"], text


@SMALL
@given(word, word, st.sampled_from(("denied that she was drunk and had called", "denied having called",
                                    "has never called", "rejected claims that she had called")))
def test_denied_words_are_no_ones(given_name, surname, denial):
    text = f"{given_name} {surname} {denial} the minister “a liar and a coward”."
    assert _speakers(text) == [None], text


@SMALL
@given(word, word, st.sampled_from(("her coach", "his lawyer", "her solicitor", "his manager", "her agent")),
       st.sampled_from(("he", "she")))
def test_an_agent_who_speaks_takes_the_pronoun(given_name, surname, agent, pronoun):
    text = f"{given_name} {surname} was arrested on Monday, {agent} said. “It is all a big mistake,” {pronoun} said."
    assert _speakers(text) == [None], text
