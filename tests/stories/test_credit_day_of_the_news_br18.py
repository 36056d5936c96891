"""A day written of the news is not the day of the credited report (BR18, a breaker on S16's credit_days.py).

'The court suspended the reservoir permit on Monday, the Valley Ledger reported.' read "on Monday" as the day of the
Ledger's report: with a report of the Ledger's in another story that Monday (a wire has one every day), the credit
was background and the Ledger's report of this story lost its "original", the crediting report its "re-report".
Likewise a phrase closing a relative clause ('The collective, which hailed the ruling on Monday, told X …'), a French
'… a démissionné lundi, selon l'AFP', and one after a credit's cue that ends a clause of its own ('X reported the
court ruled on Monday'). A time phrase opening the sentence, or right after the cue (or an adverb or a preposition's
phrase there), still places the credit."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support.examples import examples
from test_credit_of_another_story import _roles, _times

from briefgen.analyse.credit_days import credit_placings
from briefgen.analyse.credits import detect_credits

OUTLETS = ("Reuters", "the Valley Ledger", "Sky News", "AFP")
ENGLISH_TIMES = ("on Monday", "on Thursday", "yesterday", "last week", "earlier this week", "two days ago", "today",
                 "last Friday", "this morning")
FRENCH_TIMES = ("lundi", "jeudi", "hier", "la semaine dernière", "jeudi dernier", "il y a deux jours")
NEWS = ("The minister resigned {t}, {o} reported.", "The minister resigned {t}, according to {o}.",
        "The club was sold late {t}, {o} revealed.",
        "The collective, which hailed the ruling {t}, told {o} it would go on.",
        "{O} reported the minister resigned {t}.", "{O} reported she quit {t}.", "{O} reported Ann Vale resigned {t}.")
FRENCH_NEWS = ("Le ministre a démissionné {t}, selon {o}.",
               "La bassine a été vidée {t}, a indiqué le préfet à {o}.")
REPORT = ("{T}, {o} reported that the club was sold.", "But {t}, {o} revealed that the club was sold.",
          "“We will appeal.” {T}, {o} reported that the club was sold.", "{O} reported {t} that the club was sold.",
          "{O} reported in a statement {t} that the club was sold.",
          "{O} revealed exclusively {t} that the club was sold.")


def _when(text: str) -> list[str]:
    language = "fr" if any(word in text for word in (" selon ", " à ")) else ""
    found = [(c.outlet, c.cue, c.start) for c in detect_credits(text, language=language)]
    assert found, text
    return [line.split("\t")[1] for line in credit_placings(text, found).split("\n") if line]


def _fill(frame: str, outlet: str, when: str) -> str:
    return frame.format(o=outlet, O=outlet[0].upper() + outlet[1:], t=when, T=when[0].upper() + when[1:])


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(ENGLISH_TIMES), st.sampled_from(NEWS))
def test_a_day_of_the_news_places_no_credit(outlet: str, when: str, frame: str) -> None:
    """A time phrase ending a clause before the credit, or one after the cue past a clause of its own: no day."""
    text = _fill(frame, outlet, when)
    assert _when(text) == [""], text


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(("l'AFP", "Reuters")), st.sampled_from(FRENCH_TIMES), st.sampled_from(FRENCH_NEWS))
def test_a_french_day_of_the_news_places_no_credit(outlet: str, when: str, frame: str) -> None:
    text = _fill(frame, outlet, when)
    assert _when(text) == [""], text


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(ENGLISH_TIMES), st.sampled_from(REPORT))
def test_a_day_of_the_report_still_places_it(outlet: str, when: str, frame: str) -> None:
    """The time phrase opening the sentence (after a connective or a quotation at most), or right after the cue (an
    adverb or a preposition's phrase between): the report's day."""
    text = _fill(frame, outlet, when)
    assert _when(text) != [""], text


@settings(max_examples=examples(30), deadline=None)
@given(st.integers(0, 6), st.integers(1, 5), st.data())
def test_the_news_day_keeps_the_credited_report_original(scoop_day: int, gap: int, data: st.DataObject) -> None:
    """S16's trial story: the Ledger's scoop in another story on the day the courier's credit names as the news' day;
    the courier's credit of the Ledger's ruling report stays that report's (the Ledger original, the courier a
    re-telling). Failed before: every report independent."""
    scoop = dt.datetime(2026, 7, 6, 6, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=scoop_day)
    when = data.draw(st.sampled_from([t for t in _times(scoop.date(), (scoop + dt.timedelta(days=gap)).date())
                                      if t.startswith("on ") or t in ("yesterday", "last week")]))
    frame = data.draw(st.sampled_from((
        "The court suspended the reservoir permit over its impact study " + when + ", {o} reported.",
        "The court suspended the reservoir permit over its impact study " + when + ", according to {o}.")))
    roles, _, sentence = _roles(scoop, gap, frame, "", "ruling")
    assert roles["courier-ruling"] == "re-report", sentence
    assert roles["ledger-ruling"] == "original", sentence
