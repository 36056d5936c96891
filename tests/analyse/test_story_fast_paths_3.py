"""The story features' speed-ups of 2026-12-06 (afternoon, OP2) give what the forms they replaced give (hypothesis).

A lead that holds none of the words every form of a rule holds is not read by it: the follow-up's opening or count
(followups.may_follow), the day an announcement names (announcements.may_name_day), an incident's word
(incidents._KIND_WORD), a writer credit's "…d by" (credit_writers._ENDS_BY), an explainer's headline and lead
(guides._may_name, "here"). Compounds' joiners are found by str.find (compounds._marks) and the word before one on the
reversed window. Each is compared here with the form before, kept as the reference; re.IGNORECASE's odd letters ("İ",
"ı", "ſ", the Kelvin sign) are drawn too.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse import announcements, compounds, credit_writers, eventdays, followups, guides, incidents
from briefgen.analyse.leadactors import lead_head
from briefgen.analyse.sentences import ends

SETTINGS = settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
ODD = ["İ", "ı", "ſ", "\u212a", "é", "Ω", "東", "_", "9", "12", "-", "’", "'", ".", ",", " ", "  ", "\t", "\n", "\u00a0",
       "“", "(", ":", "x", "X", "The", "the"]


def pieces_text(words: list[str]) -> st.SearchStrategy[str]:
    """Texts joined from `words`, their capitalised and upper-case forms and ODD, or any text."""
    every = sorted({*words, *(w.capitalize() for w in words), *(w.upper() for w in words), *ODD})
    return st.one_of(st.lists(st.sampled_from(every), max_size=60).map("".join), st.text(max_size=120))


def follows_before(text: str) -> str:
    """followups.lead_follows as it was before its words were looked for first."""
    sentences = followups._sentences(lead_head(text, 700))
    for k, sentence in enumerate(sentences):
        code = followups._dated(sentence)
        if code:
            return code
        if k == 0 and len(sentences) > 1:
            background = followups._BACKGROUND.search(sentence)
            if background is not None and any(eventdays._first_day(later) for later in sentences[1:]):
                return followups._background(background)
    return ""


FOLLOW_WORDS = ["after", "After", "following", "Since", "In the wake of", "in the aftermath of", "a", "two", "3",
                "days", "weeks", "week", "morning", "the", "last week", "last month", "days ago", "ago", "Monday's",
                "yesterday's", "vote", ". ", "On Tuesday", "parents", "filed", " "]


@SETTINGS
@given(pieces_text(FOLLOW_WORDS))
@example("Two days after the vote, parents filed a challenge. ")
@example("ſince Monday's vote. AFTER İt")
@example("The council voted laſt week to close schools. Parents filed a challenge on Monday.")
def test_a_lead_follows_as_before(text: str) -> None:
    assert followups.lead_follows(text) == follows_before(text)


def announces_before(text: str) -> str:
    """announcements._lead_code as it was before its words were looked for first."""
    head = lead_head(text, 400)
    found_ends = [m.end() for m in ends(announcements._SENTENCE_END, head)]
    head = head[:found_ends[1]] if len(found_ends) > 1 else head
    found = announcements._ANNOUNCES.search(head)
    while found is not None:
        if announcements._REPORTING.search(head, found.end("future"), found.start("when")) is None and \
                announcements.announced(found) and (found.group("ahead") or not found.group("possessive")):
            return announcements._code(found)
        found = announcements._ANNOUNCES.search(head, found.start() + 1)
    for begin, end in zip([0, *found_ends[:1]], [*found_ends[:1], len(head)]):
        if announcements._TOMORROW.match(head, begin) and announcements._REPORTING.search(head, begin, end) is None:
            return "d1"
    return ""


DAY_WORDS = ["will", "vote", "on", "Monday", "Thursday's", "15", "March", "Sept.", "12th", "of", "tomorrow", "Tomorrow",
             "tonight", "this", "week", "weekend", "morning", "later", "today", "is", "are", "to", "expected", "set",
             "next", "said", "would", "for", "ahead of", ". ", "08:10 "]


@SETTINGS
@given(pieces_text(DAY_WORDS))
@example("The council will vote on Monday. ")
@example("The council will vote on ſept 12. Tomorrow İt")
@example("08:10 Tomorrow the full council votes on the closures.")
def test_a_lead_announces_as_before(text: str) -> None:
    assert announcements._lead_code(text) == announces_before(text)


INCIDENT_WORDS = ["the", "The", "Camp", "Fire", "Storm", "Idris", "Hurricane", "Tropical", "Flood", "Fires", "Crash",
                  "since", "’s", "Chicago", "beat", "signed with", "of", "1989", "and", "Rescue", "Monday"]


@SETTINGS
@given(pieces_text(INCIDENT_WORDS))
@example("Crews fought the Camp Fire and Storm Idris")
def test_every_incident_holds_a_kind_word(text: str) -> None:
    if incidents._KIND_WORD.search(text) is None:
        assert incidents._STORM.search(text) is None and incidents._NAMED.search(text) is None


WRITER_WORDS = ["first", "spotted", "revealed", "found", "by", "researchers", "who", "writes", "the", "Threat",
                "Notes", "blog", " ", "\n", "\u00a0"]


@SETTINGS
@given(pieces_text(WRITER_WORDS))
@example("first spotted\u00a0by researchers")
def test_every_finding_holds_d_by(text: str) -> None:
    if credit_writers._ENDS_BY.search(text) is None:
        assert credit_writers._FOUND_BY.search(text) is None


GUIDE_WORDS = ["Explainer", "explained", "Analysis", "fact-check", "Q&A", "Q", "&", "A", "what", "to", "know", "we",
               "you", "need", "everything", "questions", "answered", "Your", ":", "\u2014", " - ", "Here", "is", "here's",
               "ſ", "İ", "ı", "\u212anow"]


@SETTINGS
@given(pieces_text(GUIDE_WORDS), pieces_text(GUIDE_WORDS))
@example("Analyſis: what we \u212anow", "Here’s what you need to know")
def test_an_explainer_is_read_as_before(title: str, lead: str) -> None:
    if not guides._may_name(title):
        assert guides._EXPLAINER_HEAD.match(title) is None and guides._KNOWN_HEAD.match(title) is None
    first = lead.lstrip().split("\n\n", 1)[0]
    if "here" not in first.lower():
        assert guides._EXPLAINER_LEAD.search(first) is None


def compounds_before(text: str) -> list[str]:
    """compounds._compounds as it was before its marks were found by str.find."""
    found: list[str] = []
    end = -1
    for mark in re.finditer(r"[-'\u2019.](?=\w)", text):
        at = mark.start()
        if at < end or not compounds._joins(text, at):
            continue
        start = re.compile(r"\w+$").search(text, max(0, at - 40), at).start()
        end = at + 1
        while True:
            end = compounds._WORD_AFTER.match(text, end).end()
            if end >= len(text) or text[end] not in compounds._MARK_SET or not compounds._joins(text, end):
                break
            end += 1
        found.append(text[start:end])
    return found


COMPOUND_WORDS = ["O", "Neill", "re", "balloting", "1", "2m", "Jean", "Baptiste", "Kyiv", "s", "x" * 45, "٣", "²"]


@SETTINGS
@given(pieces_text(COMPOUND_WORDS))
@example("Seán O’Neill’s re-balloting of £1.2m; Jean-Baptiste")
def test_compounds_are_read_as_before(text: str) -> None:
    assert compounds._compounds(text) == compounds_before(text)
