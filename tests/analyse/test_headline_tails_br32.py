"""A headline's frame after its quotation that names the speaker only inside another phrase (analyse/headlinetails.py;
a breaker, BR32, 2026-12-07): 'Levy "a tax on the poor", says wife of jailed Tulley' gave the words to Tulley, '… – as
Tulley resigns' to Tulley, '"We will win" – Tulley vs Reale' to Reale. Now no one is named; a name that is the frame's
subject (after a role: "says former minister Johari"; before a noun: "– Tulley interview") keeps them.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

PEOPLE = (("Mark Tulley", "Tulley"), ("Anna Reale", "Reale"), ("Johari Abdul Ghani", "Johari"),
          ("Siti Nasution", "Nasution"))
WORDS = ("a tax on the poor", "We will win this fight", "a disaster for farmers and their families")
# A closing frame that holds the name inside another phrase: {n} the name, {o} another person's
OTHERS = (", says wife of jailed {n}", ", says rival of {n}", " \u2013 as {n} resigns", " \u2014 as {n} resigns",
          " \u2013 {o} vs {n}", " \u2013 {n} vs {o}", " \u2013 {n} and {o}", ", says aide to {n}",
          " \u2013 while {n} looks on", ", says lawyer for {n}")
OWN = (", says {n}", " \u2013 {n}", " \u2014 {n}", ", {n} says")


def _headline_speakers(title: str, body: str) -> list[str | None]:
    return [q.name for q in quotes_in(title, body) if q.in_title]


@settings(max_examples=examples(80), deadline=None)
@given(people=st.permutations(PEOPLE), words=st.sampled_from(WORDS), frame=st.sampled_from(OTHERS),
       opens=st.booleans())
def test_a_name_inside_another_phrase_is_no_speaker(people, words: str, frame: str, opens: bool) -> None:
    (full, short), (other_full, other) = people[0], people[1]
    title = (f'"{words}"' if opens else f'Levy "{words}"') + frame.format(n=short, o=other)
    body = f"{full} and {other_full} met on Monday. The levy was debated in parliament."
    assert full not in _headline_speakers(title, body) and other_full not in _headline_speakers(title, body), title


@settings(max_examples=examples(40), deadline=None)
@given(person=st.sampled_from(PEOPLE), words=st.sampled_from(WORDS), frame=st.sampled_from(OWN))
def test_the_frames_subject_keeps_the_words(person, words: str, frame: str) -> None:
    full, short = person
    title = f'Levy "{words}"' + frame.format(n=short)
    body = f"{full} spoke on Monday about the levy. The levy was debated in parliament."
    assert _headline_speakers(title, body) == [full], title


def test_br32_headlines() -> None:
    cases = {'Levy "a tax on the poor", says wife of jailed Tulley': "Mark Tulley was jailed in May. His wife Anna "
                                                                     "spoke on Monday.",
             'Levy "a tax on the poor" \u2013 as Tulley resigns': "Mark Tulley resigned on Monday over the levy.",
             '"We will win" \u2013 Tulley vs Reale': "Mark Tulley and Anna Reale debated on Monday."}
    assert {title: _headline_speakers(title, body) for title, body in cases.items()} == {
        title: [None] for title in cases}
    assert _headline_speakers('Levy "a tax on the poor" \u2013 Tulley interview', "Mark Tulley gave an interview on "
                              "Monday about the levy, which critics call a burden.") == ["Mark Tulley"]
