"""A report of the credited outlet published after a report that credits it is not the report re-told (roles.py,
2026-12-06).

A tester's election briefing (T11): the Sentinel's report of 18 November, 19:00, wrote "as The Division Lobby
reported"; the Lobby's own report in the briefing was dated 19 November, 08:30. The story said "First reported by The
Division Lobby, 19 November", the Lobby's report headed it, and the timeline showed the Sentinel's "Re-telling" above
the "Original reporting" it re-told: an impossible order. Now the Lobby's later report is an independent one, the
earliest report leads, and the Lobby is credited without a date (its re-told report is not in the briefing).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.roles import assign_roles, known_earlier
from briefgen.analyse.stories import report_of
from briefgen.load.documents import Article

START = dt.datetime(2026, 11, 18, 19, 0, tzinfo=dt.timezone.utc)
HOUR = dt.timedelta(hours=1)
LOBBY = "The Division Lobby"


def _roles(members: list[tuple[Article, tuple[str, ...]]]):  # type: ignore[no-untyped-def]
    articles = [a for a, _ in members]
    reports = [report_of(a, (), b"", "", credits) for a, credits in members]
    return assign_roles(articles, reports, [credits for _, credits in members])


def test_the_reported_input() -> None:
    roles = _roles([(factories.article("sentinel", START, "The Sentinel"), (LOBBY,)),
                    (factories.article("lobby", START + 13.5 * HOUR, LOBBY), ())])
    assert roles.original == LOBBY and roles.members[0] == "sentinel"
    assert dict(roles.roles) == {"sentinel": "re-report", "lobby": "independent"}


def test_an_original_before_its_re_telling_stays_the_original() -> None:
    roles = _roles([(factories.article("sentinel", START, "The Sentinel"), (LOBBY,)),
                    (factories.article("lobby", START - 3 * HOUR, LOBBY), ())])
    assert roles.original == LOBBY and roles.members[0] == "lobby"
    assert dict(roles.roles) == {"sentinel": "re-report", "lobby": "original"}


# (hours after START, whether the time is given, outlet, credits the Lobby)
MEMBER = st.tuples(st.integers(-40, 40), st.booleans(), st.sampled_from((LOBBY, "The Sentinel", "Tallyroom")),
                   st.booleans())


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.lists(MEMBER, min_size=2, max_size=6))
@example([(29, False, "The Sentinel", True), (29, True, "The Sentinel", True), (30, True, LOBBY, False)])
def test_no_original_is_known_to_come_after_a_report_re_telling_it(members: list[tuple[int, bool, str, bool]]) -> None:
    """Whatever the members' times, outlets and credits: no member called the original is known to be published
    after a member re-telling it, and the lead is no report known to be later than one re-telling the credited
    outlet. (QW12's run drew a date-only member first among those crediting the Lobby, the same day as the Lobby's:
    only the first was compared, and a timed one known earlier was not.)"""
    found = []
    for k, (hours, timed, outlet, credits) in enumerate(members):
        article = factories.article(f"r{k}", START + hours * HOUR, outlet)
        if not timed:
            article = factories.article(f"r{k}", dt.datetime.combine((START + hours * HOUR).date(), dt.time(),
                                                                     dt.timezone.utc), outlet, has_time=False)
        found.append((article, (LOBBY,) if credits and outlet != LOBBY else ()))
    roles = _roles(found)
    by_slug = {a.slug: (a, credited) for a, credited in found}
    role = dict(roles.roles)
    retellings = [by_slug[s][0] for s, r in role.items() if r == "re-report" and LOBBY in by_slug[s][1]]
    for slug, r in role.items():
        if r == "original":
            assert not any(known_earlier(t, by_slug[slug][0]) for t in retellings), roles
    if roles.original == LOBBY:
        assert not any(known_earlier(t, by_slug[roles.members[0]][0]) for t in retellings), roles
