"""BR30's regressions of fa773665 (FX37, 2026-12-07): any "to" + a word in a scoop's clause was telling someone, and
"from" after any noun was whence the news came, so "The BBC broke the story of the decision to close the plant",
"Reuters broke the news on Monday to the surprise of investors", "Reuters broke the news to the world on Monday" and
"The Guardian had the story from a whistleblower first" credited no one (credited at fa773665^).

Telling is "to" + a recipient right after the noun or its time phrase, or an audience's word after an "of …" phrase;
"to" + a verb, "to the surprise of", "to the world (public, readers)" are not; "from" only after "got"
(creditscoops._TOLD, _FROM). FX36's recipients stay telling (test_scoop_recipients_fx36.py).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE = ("The Guardian", "Press Gazette", "Daily Taifa")
OUTLETS = (("The BBC", "BBC"), ("Reuters", "Reuters"), ("Bloomberg", "Bloomberg"), ("The Guardian", "The Guardian"),
           ("Daily Taifa", "Daily Taifa"))
BR30 = (("The BBC broke the story of the decision to close the plant.", "BBC"),
        ("Bloomberg broke the news of the company's decision to quit Kenya.", "Bloomberg"),
        ("Reuters broke the news of the plan to cut 500 jobs.", "Reuters"),
        ("Reuters broke the news on Monday to the surprise of investors.", "Reuters"),
        ("Reuters broke the news to the world on Monday.", "Reuters"),
        ("The Guardian had the story from a whistleblower first.", "The Guardian"))
# what follows "broke the news (story)": no recipient
OF_TO_VERB = (" of the decision to close the plant", " of the company's decision to quit Kenya",
              " of the plan to cut 500 jobs", " of its bid to buy the club", " of the move to sell the mine")
NOT_TOLD = (" to the surprise of investors", " to the world", " to the public", " to readers",
            " to the shock of its rivals")
TIMES = ("", " on Monday", ", on Monday,", " last week")
RECIPIENTS = ("staff", "investors", "the family", "viewers", "him", "her", "the 500 employees")


def _outlets(text: str) -> set[str]:
    return {c.outlet for c in detect_credits(text, credit_finder(SITE))}


def test_br30s_sentences_credit_their_outlet() -> None:
    for text, outlet in BR30:
        assert outlet in _outlets(text), text


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(("news", "story")), st.sampled_from(OF_TO_VERB + NOT_TOLD),
       st.sampled_from(TIMES), st.sampled_from((".", " on Monday.", ", the agency said.")))
def test_to_a_verb_or_an_idiom_is_no_recipient(outlet: tuple[str, str], noun: str, rest: str, time: str,
                                               end: str) -> None:
    """Outlets x nouns x "of … to <verb>" / "to the surprise of" / "to the world" x time phrases: the scoop credits."""
    text = f"{outlet[0]} broke the {noun}{time if rest in NOT_TOLD else ''}{rest}{end}"
    assert outlet[1] in _outlets(text), text


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(("news", "story")), st.sampled_from(TIMES),
       st.sampled_from(RECIPIENTS))
def test_a_recipient_after_the_noun_or_its_time_is_told(outlet: tuple[str, str], noun: str, time: str,
                                                       recipient: str) -> None:
    """"broke the news (, on Monday,) to staff" tells someone (FX36; ", on Monday, to" credited the outlet before)."""
    text = f"{outlet[0]} broke the {noun}{time} to {recipient}."
    assert outlet[1] not in _outlets(text), text


@given(st.sampled_from(OUTLETS), st.sampled_from(("story", "news", "scoop")),
       st.sampled_from(("from a whistleblower", "from a source in the ministry", "through a leak")))
def test_had_the_story_from_a_source_is_the_scoop(outlet: tuple[str, str], noun: str, source: str) -> None:
    """"from" is the news' receipt only after "got" (FX36's "got the news from the filing" stays none)."""
    text = f"{outlet[0]} had the {noun} {source} first."
    assert outlet[1] in _outlets(text), text
    assert outlet[1] not in _outlets(f"{outlet[0]} got the {noun} {source}."), text
