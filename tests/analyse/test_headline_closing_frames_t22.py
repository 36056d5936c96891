"""A frame closing or opening a headline reports the whole headline, a quotation anywhere in it included
(analyse/quoteheadlines.py; T22, 2026-12-07).

ms-wto's title 'Malaysia "ready to go to Geneva" over EU deforestation rule, says Johari' had no speaker: only
", says X" right after the closing mark was read. Now ", says X", ", X says", ": X", "– X" closing the headline and
"X:" opening it name X when the article names X in full, and a role's ", says minister" names the minister.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

PEOPLE = (("Johari", "Johari Abdul Ghani", "Plantation and Commodities Minister"),
          ("Nasution", "Darwis Nasution", "Smallholders' leader"),
          ("van der Linden", "Pieter van der Linden", "EU trade envoy"))
QUOTES = ("ready to go to Geneva", "not a single hectare more", "we will take this to the WTO")
BETWEEN = (" over EU deforestation rule", " as palm exports slide", " in WTO row with Brussels")
FRAMES = (", says {}", ", {} says", ": {}", " \u2013 {}", " - {}", " \u2014 {}", "{}: ")


def _body(full: str, role: str) -> str:
    return (f"{role} {full} said on Friday that the country would challenge the rule. \"We will not be bullied by "
            f"anyone,\" {full.split()[-1]} told reporters in Putrajaya. Prices rose 2%.")


def _headline(frame: str, name: str, quoted: str, between: str) -> str:
    if frame.endswith(": "):
        return frame.format(name) + f'Malaysia "{quoted}"{between}'
    return f'Malaysia "{quoted}"{between}' + frame.format(name)


@settings(max_examples=examples(80), deadline=None)
@given(person=st.sampled_from(PEOPLE), quoted=st.sampled_from(QUOTES), between=st.sampled_from(BETWEEN + ("",)),
       frame=st.sampled_from(FRAMES))
def test_a_closing_or_opening_name_frames_the_headlines_quotation(person, quoted, between, frame) -> None:
    short, full, role = person
    title = _headline(frame, short, quoted, between)
    found = [q for q in quotes_in(title, _body(full, role)) if q.in_title]
    assert [(q.text, q.name) for q in found] == [(quoted, full)], title


@settings(max_examples=examples(40), deadline=None)
@given(person=st.sampled_from(PEOPLE[:1]), quoted=st.sampled_from(QUOTES), between=st.sampled_from(BETWEEN))
def test_a_closing_role_frame_after_words(person, quoted, between) -> None:
    """', says minister' after words: the one minister the text names."""
    short, full, role = person
    title = f'Malaysia "{quoted}"{between}, says minister'
    assert [(q.text, q.name) for q in quotes_in(title, _body(full, role)) if q.in_title] == [(quoted, full)]


def test_t22_ms_wto_headline() -> None:
    title = 'Malaysia "ready to go to Geneva" over EU deforestation rule, says Johari'
    body = ("PUTRAJAYA: Plantation and Commodities Minister Datuk Seri Johari Abdul Ghani said Malaysia would file a "
            "complaint at the World Trade Organization. \"We have been patient,\" Johari told reporters.")
    found = quotes_in(title, body)  # (the speaker's name is the text's: "Johari" while "Datuk Seri" hides the full name)
    speaker = next(q.name for q in found if not q.in_title)
    assert speaker and [(q.text, q.name) for q in found if q.in_title] == [("ready to go to Geneva", speaker)]


def test_no_person_no_speaker() -> None:
    """A place, a section's word, an outlet or a name the article does not write in full: no speaker; a short
    quotation before a colon's or a dash's name may be a scare quote: dropped as before."""
    body = _body("Johari Abdul Ghani", "Minister") + " Officials of the Riau Islands and of Analysis Group met."
    for title in ('Analysis: Malaysia "ready to go to Geneva" over EU rule',
                  'Malaysia "ready to go to Geneva" over EU rule, says Reuters',
                  '"We will march every Monday" - Riau Islands',
                  'Malaysia "ready to go to Geneva" over EU rule, says Wong',
                  "EU's \"deforestation-free\" rule: Johari"):
        assert [q.name for q in quotes_in(title, body) if q.in_title and q.name] == [], title
