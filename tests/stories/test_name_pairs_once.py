"""A name shared by two stories links them as one name (relatedlinks.named_once, evidence.telling_terms; T13,
2026-12-06, finding 5).

The tester's derailment and court ruling were linked as related stories, the evidence "general, Harrowmoor Junction,
José García, María José, Monday": terms.py makes a term of each two adjacent words of a name, so "María José García
Ortega", quoted in both, was three shared names besides her four words. Now a name's overlapping pairs count once in
every link's cosine and are shown once, in full. The link itself was made on the derailment's "will stay closed …
until at least Monday", read as announcing an event on Monday, and the ruling published that Monday
(relatedlinks.announced_events): a day after "until at least" is no event's (announcements.py).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, strategies as st
from support import factories
from support.madeup import FAST, word

from briefgen.analyse.announcements import lead_announces
from briefgen.analyse.evidence import shared_terms, telling_terms, written_name, written_names
from briefgen.analyse.relatedlinks import named_once
from briefgen.analyse.similarity import cosine, score_pairs
from briefgen.analyse.stories import group_stories, prepare, story_features
from briefgen.analyse.terms import term_of

UTC = dt.timezone.utc
NAME = word.filter(lambda w: term_of(w.encode()) is not None)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

DERAILMENT = ("Line closed after Coldharbour derailment injures two", "2026-10-10T17:30:00", "Harrowmoor Gazette",
              "The Harrowmoor Line will stay closed south of Harrowmoor Junction until at least Monday after an "
              "engineering train derailed near Coldharbour in the early hours of today, injuring two track workers.\n\n"
              "Cranes were brought in this afternoon to lift two overturned ballast wagons. About 300 metres of track "
              "were damaged.\n\n"
              "Dr Tomás Ferreira Lima, the chief inspector of the Rail Safety Investigation Board, visited the site. He "
              "said: \"Our inspectors will be here for several days. Our job is to find out what happened, not to "
              "blame anyone.\"\n\n"
              "Westmarch Rail's Seán Ó Briain said safety was the company's \"first and last priority\" and that it "
              "would co-operate fully.\n\n"
              "The union's general secretary, María José García Ortega, visited one of the injured men in Lisford "
              "General Hospital. \"He asked me to tell people he is fine, and to tell Westmarch he wants a proper "
              "answer,\" García Ortega said.")
RULING = ("High Court clears way for Harrowmoor strike", "2026-10-12T13:05:00", "Harrowmoor Gazette",
          "LISFORD (Northern Wire) - A High Court judge on Monday refused Westmarch Rail's application for an "
          "injunction to stop a 48-hour strike on the Harrowmoor Line, clearing the way for the walkout to go ahead on "
          "October 19.\n\n"
          "Mrs Justice Hollis-Brandt found that the Federation of Rail Workers had sent ballot papers to addresses "
          "supplied by the company and that any failure to reach 46 members at the Harrowmoor Junction depot was "
          "\"small and accidental\" within the meaning of the law.\n\n"
          "María José García Ortega, the union's general secretary, said the ruling should end \"the games\". "
          "Westmarch Rail said it would not appeal.\n\n"
          "The company's chief executive, Seán Ó Briain, is due to meet union leaders at the Arbitration and "
          "Conciliation Service on Tuesday.")
WEEKLY = ("Court ruling leaves Westmarch facing October walkout", "2026-10-12T16:00:00", "Rail Operations Weekly",
          "Westmarch Rail will not appeal after the High Court refused its application to restrain the Federation of "
          "Rail Workers' 48-hour action on the Harrowmoor Line.\n\n"
          "Westmarch's contingency timetable for 19-20 October provides an hourly Lisford-Harrowmoor Junction shuttle. "
          "It has not published plans for Carrow Bay, where the line south of Harrowmoor Junction remains closed "
          "after Saturday's derailment at Coldharbour.")


def test_the_testers_derailment_announces_no_event() -> None:
    """The derailment's lead ("will stay closed … until at least Monday") announces no day, so the ruling published
    that Monday is no event it announced (the link's rule: relatedlinks.announced_events)."""
    assert lead_announces(DERAILMENT[3]) == ""
    assert lead_announces(DERAILMENT[3].replace("until at least Monday", "and will reopen on Monday")) != ""


def test_the_testers_name_counts_once() -> None:
    """The derailment and the ruling share "María José García Ortega": of her three pairs, the heaviest alone adds to
    the link's cosine, and the evidence shows her name once, in full."""
    texts = {"gazette-derailment": DERAILMENT, "gazette-ruling": RULING, "row-ruling": WEEKLY}
    articles = tuple(factories.report(slug, dt.datetime.fromisoformat(when).replace(tzinfo=UTC), title=title,
                                      source=source) for slug, (title, when, source, _) in sorted(texts.items()))
    archive = prepare(articles, {slug: story_features(title, body) for slug, (title, _, _, body) in texts.items()})
    weights, _ = score_pairs(archive.reports, 7.0, archive.df)
    a, b = 0, 1  # (by slug: the derailment, then the ruling)
    va, vb = weights.vector(a), weights.vector(b)
    pairs = sorted(va[t] * vb[t] for t in ("maría josé", "josé garcía", "garcía ortega"))
    assert len(pairs) == 3 and pairs[0] > 0
    norms = weights.norm(a) * weights.norm(b)
    assert cosine(weights, a, b) - named_once(weights, a, b) >= (pairs[0] + pairs[1]) / norms - 1e-9  # (her two
    # lighter pairs, and those of other names of three words or more, "Seán Ó Briain" …)
    entries = [written_name(e, lambda term: term) for e in telling_terms([t for t, _ in shared_terms(weights, (a, b))],
                                                                       frozenset())]
    named = [e for e in entries if {"maría", "josé", "garcía", "ortega"} & set(e.split())]
    assert named == ["maría josé garcía ortega"], entries


@FAST
@given(st.sampled_from(WEEKDAYS), st.sampled_from(["until at least", "till", "until", "till at least"]),
       st.sampled_from(["stay closed", "remain shut", "be suspended"]))
def test_a_day_a_state_lasts_until_is_no_event(weekday: str, until: str, state: str) -> None:
    """"will stay closed until at least Monday" announces nothing; "will reopen on Monday" still does."""
    assert lead_announces(f"The line will {state} {until} {weekday} after a train derailed near the junction.") == ""
    assert lead_announces(f"The line will reopen on {weekday} after a train derailed near the junction.") != ""


def _grouping(texts: dict[str, tuple[str, str, str, str]]):  # type: ignore[no-untyped-def]
    articles = tuple(factories.report(slug, dt.datetime.fromisoformat(when).replace(tzinfo=UTC), title=title,
                                      source=source) for slug, (title, when, source, _) in sorted(texts.items()))
    found = {slug: story_features(title, body) for slug, (title, _, _, body) in texts.items()}
    return group_stories(articles, found, factories.config())


def _notice_and_rescue(person: str, places: list[str]):  # type: ignore[no-untyped-def]
    """A bridge closure announced for Monday 16 November and a hill rescue that Monday, whose reports share nothing
    but `person`, quoted in both, and the day."""
    return _grouping({
        "notice": ("Bridge to close for repairs", "2026-11-12T09:00:00", "Valley Post",
                   f"The {places[0]} bridge will close for repairs on Monday 16 November, the council's engineer, "
                   f"{person}, said.\n\nDrivers will be sent along the {places[1]} road while the deck is resurfaced."),
        "rescue": ("Walkers rescued from hill", "2026-11-16T11:00:00", "Valley Radio",
                   f"Fire crews rescued three walkers from {places[2]} Hill on Monday after they were caught by mist."
                   f"\n\n{person}, who saw the rescue from the car park, praised the crews. The walkers were unhurt."),
    })


def _score(grouping) -> float:  # type: ignore[no-untyped-def]
    return max((r.score for r in grouping.related), default=0.0)


@FAST
@given(st.lists(NAME, min_size=6, max_size=8, unique=True), st.integers(3, 5))
def test_a_names_pairs_count_once(words: list[str], length: int) -> None:
    """A name of three to five words links two stories no more than its words written as one two-word name and
    single words ("A B and C and D": the same words, one pair), and the evidence shows it once, in full."""
    name, places = words[:length], words[length:length + 3]
    assume(len(places) == 3)
    whole = _notice_and_rescue(" ".join(name), places)
    apart = _notice_and_rescue(" and ".join([" ".join(name[:2])] + name[2:]), places)
    assert _score(whole) <= _score(apart) + 1e-9, (_score(whole), _score(apart))
    for link in whole.related:
        held = [shown for shown in link.evidence if set(shown.split()) & set(name)]
        assert held in ([], [" ".join(name)]), link.evidence


def test_a_hyphenated_name_is_written_once() -> None:
    """A pair's form may be one hyphenated word ("hollis brandt" is written "Hollis-Brandt"): the name is written with
    each word once ("Justice Hollis-Brandt Hollis-Brandt" on the tester's hearing → ruling link, a first version)."""
    forms = {"justice hollis": "Justice Hollis-Brandt", "hollis brandt": "Hollis-Brandt", "maría josé": "María José",
             "josé garcía": "José García", "garcía ortega": "García Ortega"}
    assert written_name("justice hollis\nhollis brandt", forms.__getitem__) == "Justice Hollis-Brandt"
    assert written_name("maría josé\njosé garcía\ngarcía ortega", forms.__getitem__) == "María José García Ortega"


def test_two_names_sharing_a_common_word_stay_two() -> None:
    """Pairs joined by a word no report writes as a proper name are two names ("Westmarch Rail" and "Rail Workers" of
    the Federation of Rail Workers: the T13 copy's evidence said "Westmarch Rail Workers"), and two forms that do not
    overlap as written are shown apart ("Northsound Ferries", "Ferry Workers": one term "ferry")."""
    assert telling_terms(["westmarch rail", "rail worker"], frozenset(), frozenset({"westmarch", "worker"})) == [
        "westmarch rail", "rail worker"]
    assert telling_terms(["westmarch rail", "rail worker"], frozenset(), frozenset({"rail"})) == [
        "westmarch rail\nrail worker"]
    assert telling_terms(["li hui", "li qiang"], frozenset()) == ["li hui", "li qiang"]
    forms = {"northsound ferry": "Northsound Ferries", "ferry worker": "Ferry Workers"}
    assert written_names("northsound ferry\nferry worker", forms.__getitem__) == ["Northsound Ferries", "Ferry Workers"]
