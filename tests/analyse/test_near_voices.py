"""An unnamed spokesperson speaks for the organisation whose speech opens the sentence before (nearvoices.py).

The ransomware trial (tests/stories/ransom/, 2026-12-05) lost "The university would not say … A spokesman said: “…”",
"Dunmere said on Friday … A spokesperson for the university said: “…”" (two universities named) and "A university
spokesman would not discuss the gateway but said the university “…”". Properties over made-up names
(support.madeup): a bare spokesperson after an organisation's speech is the organisation's; a person named there, a
or no speech verb keep no speaker; "for the <noun>" and "The <noun> said" take the nearer of two of its kind only when
that one is the sentence before's subject, a paragraph break between or not ("Dunmere University in northern England
said …\n\nThe university said it detected “unauthorised access”").
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

ORGANISATION = "organisation"
NOUNS = ("spokesman", "spokeswoman", "spokesperson")
SAYING = ("said on Friday that the data had been copied", "would not say on Friday whether it had paid",
          "declined to comment on the ransom", "confirmed the attack on Friday")


@FAST
@given(word, st.sampled_from(("University", "Council", "Trust")), st.sampled_from(NOUNS), st.sampled_from(SAYING),
       st.booleans())
def test_a_bare_spokesperson_after_the_bodys_speech_is_the_bodys(stem, head, noun, saying, by_noun):
    body = f"{stem} {head}"
    subject = f"The {head.lower()}" if by_noun else body
    text = (f"Criminals attacked {body} last week.\n\n{subject} {saying}. "
            f"A {noun} said: “Our priority is to establish what data has been affected.”")
    quote, = quotes_in("", text)
    assert (quote.name, quote.kind) == (body, ORGANISATION), text


@FAST
@given(word, word, word, st.sampled_from(NOUNS))
def test_a_person_or_no_speech_keeps_no_speaker(stem, given_name, surname, noun):
    body = f"{stem} University"
    spoke = f"A {noun} said: “Our priority is to establish what data has been affected.”"
    for text in (f"{given_name} {surname} said on Friday that the data had been copied. {spoke}",
                 f"{body} said on Friday that {given_name} {surname} had been told. {spoke}",
                 f"{body} disputes the figure. {spoke}"):
        quote, = quotes_in("", text)
        assert quote.name is None, text


@FAST
@given(word, word, st.booleans())
def test_for_the_noun_beside_two_is_the_sentence_befores(one, other, first):
    near, far = (f"{one} University", f"University of {other}") if first else (f"University of {one}", f"{other} University")
    subject = one if first else near
    text = (f"The regulator is investigating {far} and {near} after the attacks.\n\n{subject} said on Friday that "
            f"the gang had published its data. A spokesperson for the university said: “We are reviewing the material.”")
    quote, = quotes_in("", text)
    assert quote.name == near, text
    quote, = quotes_in("", text.replace(f"{subject} said on Friday", "The gang said on Friday"))
    assert quote.name is None, text


@FAST
@given(word, word, st.sampled_from(("", " in northern England", " on Tuesday")), st.booleans())
def test_the_noun_beside_two_is_the_sentence_befores_speaker(one, other, phrase, paragraph):
    near, far = f"{one} University", f"University of {other}"
    text = (f"{near}{phrase} said it had disconnected its network, the second university hit after the {far}."
            f"{chr(10) * 2 if paragraph else ' '}The university said it detected “unauthorised access” to its systems.")
    quote, = quotes_in("", text)
    assert quote.name == near, text
    other_text = text.replace(f"{near}{phrase} said it had", f"{near}{phrase} had")
    assert all(q.name is None for q in quotes_in("", other_text)), other_text  # no speech there: which, unsure


@FAST
@given(word, st.sampled_from(NOUNS))
def test_a_spokesperson_who_declines_and_says(stem, noun):
    body = f"{stem} University"
    text = (f"The regulator is investigating {body} over the attack.\n\nA university {noun} would not discuss the "
            f"gateway but said the university “is co-operating fully and will share what it finds”.")
    quote, = quotes_in("", text)
    assert quote.name == body, text


def test_the_trials_sentences():
    herald = ("Criminals behind the cyber attack on the University of Castlebridge have threatened to publish data.\n\n"
              "The university would not say on Friday whether it had been asked for a ransom. A spokesman said: “Our "
              "priority is to establish what, if any, personal data has been affected.”")
    reuters = ("Britain's data protection regulator said it had opened a second investigation, into Dunmere University, "
               "and would examine whether both it and the University of Castlebridge failed to patch a flaw.\n\nDunmere "
               "said on Friday that the gang had published about 6 gigabytes of its data. A spokesperson for the "
               "university said: “We are reviewing the material and will contact anyone affected.”")
    assert [q.name for q in quotes_in("", herald)] == ["University of Castlebridge"]
    assert [q.name for q in quotes_in("", reuters)] == ["Dunmere University"]
