"""T21's missed pair (finding 9; FX32, 2026-12-07): the end of a stoppage told with its length is its story's
(runningacts.ends_stoppage, eventdays._runs_days).

The trial (/tmp/t21) had Reuters' "Ghanaian mobile-money platform KoboCash restored service on Thursday after a two-day
outage …" dated Thursday, and held it apart from PAPS's Wednesday report of the outage ("went offline on Wednesday"):
"their leads place the news on different days". An outage's, a strike's, a closure's end is its last day, as its later
days are ("went offline for a second day on Thursday": no one day). Kept dated (the rule of 4b3bbc8b, FX23/FX27's
precision): a new act after a stoppage (T21's suspension order "…, after a two-day outage"), a span that is no
stoppage ("ending a 56-hour ordeal": the T17 rescue; "ending a two-week standoff"), a stoppage with no end told.
"""
from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.eventdays import lead_days, lead_event_day
from stories.storyeval import assignment, group, load_site

# (subject, a verb of restoring, its object or ""), the stoppage's length and noun, the day (with its code)
RESTORED = (("KoboCash", "restored", " service"), ("The mobile-money platform", "resumed", " transfers"),
            ("The bridge", "reopened", ""), ("Trains", "returned", " to the line"), ("The site", "came back", " online"),
            ("Customers' accounts", "were back", " online"), ("The exchange", "reopened", " for trading"))
LENGTHS = ("two-day", "48-hour", "three-day", "week-long", "five-day")
STOPPAGES = ("outage", "strike", "closure", "shutdown", "blackout", "network outage", "suspension", "walkout")
DAYS = (("on Thursday", "p3"), ("on Friday morning", "p4"), ("late on Tuesday", "p1"), ("yesterday", "y"),
        ("on 19 November", "pm11d19"))
FRAMES = ("", "ACCRA, Nov 19 (Reuters) - ", "ACCRA (PAPS) — ")
TAILS = ("", " that the company blamed on a failed software update", ", officials said")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(RESTORED), st.sampled_from(LENGTHS), st.sampled_from(STOPPAGES), st.sampled_from(DAYS),
       st.sampled_from(FRAMES), st.sampled_from(TAILS), st.sampled_from(("after a", "after its", "following a")))
def test_a_stoppage_end_dates_no_news(restored: tuple[str, str, str], length: str, stoppage: str,
                                      day: tuple[str, str], frame: str, tail: str, after: str) -> None:
    """Restorings x lengths x stoppages x days x frames x tails: the lead dates no news, as a stoppage's later day;
    without the length it is the day's ("restored service on Thursday after an outage": no span told), and without
    the verb of restoring the stoppage's length is a cause ("… ordered … on Thursday, after a two-day outage")."""
    subject, verb, rest = restored
    when, code = day
    lead = f"{frame}{subject} {verb}{rest} {when} {after} {length} {stoppage}{tail}."
    assert lead_days(lead) == ("", False), lead
    assert lead_event_day(lead.replace(f" {length}", "")) == code, lead
    cause = f"{frame}The central bank ordered the platform to stop registering customers {when}, {after} {length} {stoppage}{tail}."
    assert lead_event_day(cause) == code, cause


@given(st.sampled_from(("Tuesday", "Wednesday", "Thursday")))
def test_what_ends_a_stoppage_and_what_stays_dated(day: str) -> None:
    """Ended in words ("ending a three-day strike", "ended its 48-hour strike", "reopened … after being closed for
    three days"): no day. A span that is no stoppage, a stoppage after a new act, a stoppage begun: dated as before."""
    for lead in (f"Bin workers went back on {day}, ending a three-day strike.",
                 f"The union ended its 48-hour strike on {day}.",
                 f"The bridge reopened on {day} after being closed for three days.",
                 f"The airport reopened on {day} after a week-long closure caused by the storm."):
        assert lead_event_day(lead) == "", lead
    for lead in (f"Rescuers brought all 23 miners out of the mine on {day}, ending a 56-hour ordeal.",
                 f"All 23 miners trapped for more than two days were lifted to safety on {day}.",
                 f"The board agreed a takeover on {day} after the buyers raised their price, ending a two-week standoff.",
                 f"Foreign ministers ended three days of talks in Karuizawa on {day}.",
                 f"The regulator fined the operator on {day} after a two-day outage last month.",
                 f"Ferries were grounded for three days on {day} as storms hit the coast."):
        assert lead_event_day(lead) != "", lead


WEDNESDAY, THURSDAY = "2026-11-18", "2026-11-19"
# T21's Ghana story (S9) beside the Kenyan outage's first day (S1, a hard negative: same outlets and words).
ARTICLES = {
    "paps-ghana": ("Pan-African Press Service (PAPS)", f"{WEDNESDAY}T14:00:00+03:00",
                   "Ghana's KoboCash mobile-money service hit by outage",
                   "ACCRA (PAPS) — KoboCash, one of Ghana's mobile-money platforms, went offline on Wednesday, leaving "
                   "customers in Accra and Kumasi unable to send money, in an outage the company blamed on a failed "
                   "software update.\n\n\"This was not an attack. An update to our switching software failed and we "
                   "are rolling it back,\" chief executive Kwabena Boateng-Mensah said. The Bank of Ghana said it was "
                   "monitoring the situation."),
    "reuters-ghana": ("Reuters", f"{THURSDAY}T17:30:00+03:00", "Ghana's KoboCash restores mobile money after two-day outage",
                      "ACCRA, Nov 19 (Reuters) - Ghanaian mobile-money platform KoboCash restored service on Thursday "
                      "after a two-day outage that the company blamed on a failed software update, not a hack.\n\n"
                      "\"Customers' money was never at risk,\" Bank of Ghana spokeswoman Efua Ansah told Reuters. The "
                      "outage came in the same week as a longer failure at Kenya's ChapaPesa, which a hacker group has "
                      "claimed."),
    "paps-outage": ("Pan-African Press Service (PAPS)", "2026-11-16T08:10:00+03:00",
                    "ChapaPesa mobile-money service down across Kenya",
                    "NAIROBI (PAPS) — Millions of Kenyans were unable to send or receive money on Monday after "
                    "ChapaPesa, the country's second-largest mobile-money platform, went offline before dawn, leaving "
                    "traders, bus conductors and hospitals without a way to take payments.\n\n\"Our engineers are "
                    "working to restore the service and customers' money is safe,\" ChapaPesa chief executive "
                    "Kipchumba Rotich said in a statement."),
}
TRUTH = {"paps-ghana": "S9", "reuters-ghana": "S9", "paps-outage": "S1"}


def test_the_outage_end_joins_its_outage(tmp_path: Path) -> None:
    """The trial's pair is one story (held apart before), the Kenyan outage apart."""
    root = tmp_path
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text("title: Briefing\nbase_url: https://example.org/\nlanguage: en\n"
                                      "timezone: Africa/Nairobi\nsources:\n  - name: Pan-African Press Service (PAPS)\n"
                                      "    url: https://p.example\n  - name: Reuters\n    url: https://r.example\n",
                                      encoding="utf-8")
    for slug, (source, published, title, body) in ARTICLES.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: \"{title}\"\nsource: {source}\npublished: '{published}'\n---\n{body}\n", encoding="utf-8")
    predicted = assignment(group(load_site(root)))
    pairs = list(itertools.combinations(sorted(TRUTH), 2))
    assert [p for p in pairs if (predicted[p[0]] == predicted[p[1]]) != (TRUTH[p[0]] == TRUTH[p[1]])] == []
