"""A credit naming an outlet's earlier report of another story is background, not a re-telling of that outlet's report
in this story (analyse/credit_days.py). The T15 trial (2026-12-06): The Paris Courier's court-ruling report ended
"Earlier in the week, the regional daily La Voix du Poitou reported that the reservoir had kept pumping …" (the Voix's
scoop of Thursday, its own story); the ruling's page said "First reported here by AFP …; others re-tell a later report
by La Voix du Poitou" and called the Voix's court report, published before the Courier's, "Reporting others re-tell"."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.sites import run_cli, story_credit, write_site

from briefgen.analyse.credit_days import credit_placings
from briefgen.analyse.credits import detect_credits
from briefgen.analyse.stories import group_stories, story_features

TRIAL = Path(__file__).resolve().parent / "t15court"  # four of the trial's articles, as written
CONFIG = """title: Bulletin Eau et Sécheresse
base_url: https://example.org/eau-poitou/
language: fr
timezone: Europe/Paris
topics:
  - id: bassines
    title: Méga-bassines
  - id: secheresse
    title: Sécheresse
sources:
  - name: AFP
  - name: La Voix du Poitou
  - name: The Paris Courier
"""

LEDGER = "the Valley Ledger"
SCOOP = "the reservoir had kept pumping groundwater after the drought order came into force"
RULING = "the court had suspended the reservoir permit over serious doubt about its impact study"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = ("", "one", "two", "three", "four", "five", "six")
BEFORE = ("{T}, {o} reported that {w}.", "{T} {o} revealed that {w}.", "{T}, the regional daily {o} reported that {w}.")
AFTER = ("{O} reported {t} that {w}.", "{O} revealed {t} that {w}.")


def _times(target: dt.date, day: dt.date) -> list[str]:
    """Time phrases that place a report of `target` from an article of `day` (target <= day)."""
    back = (day - target).days
    found = [f"on {WEEKDAYS[target.weekday()]}"] if back < 7 else []
    if back == 0:
        found += ["this morning", "today"]
    if back == 1:
        found.append("yesterday")
    if 2 <= back <= 6:
        found.append(f"{NUMBERS[back]} days ago")
    if 1 <= back <= 6:
        found += ["earlier in the week", "earlier this week"]
    if day.isocalendar()[1] - target.isocalendar()[1] == 1:
        found.append("last week")
    return found


@st.composite
def _cases(draw: st.DrawFn) -> tuple[dt.datetime, int, str, str, str]:
    """(scoop time, days from scoop to ruling, credit frame, time phrase or "", which words: "scoop" or "ruling")."""
    scoop = dt.datetime(2026, 7, 6, 6, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=draw(st.integers(0, 6)))
    gap = draw(st.integers(1, 5))
    ruling = (scoop + dt.timedelta(days=gap)).date()
    words = draw(st.sampled_from(("scoop", "ruling")))
    timed = draw(st.sampled_from(("scoop", "ruling", "")))
    when = draw(st.sampled_from(_times(scoop.date() if timed == "scoop" else ruling, ruling))) if timed else ""
    frames = (BEFORE + AFTER) if when else AFTER
    return scoop, gap, draw(st.sampled_from(frames)), when, words if not when else f"{timed}:{words}"


def _roles(scoop: dt.datetime, gap: int, frame: str, when: str, words: str):
    day = scoop + dt.timedelta(days=gap)
    what = SCOOP if words.endswith("scoop") else RULING
    sentence = frame.format(o=LEDGER, O=LEDGER[0].upper() + LEDGER[1:], t=when,
                            T=when[0].upper() + when[1:] if when else "", w=what).replace("  ", " ")
    texts = {
        "ledger-scoop": ("Reservoir kept pumping during the drought order",
                         "The Sainte-Croix reservoir kept pumping groundwater for two days after the drought order came "
                         "into force, meter readings seen by the Valley Ledger show. The cooperative said it had a "
                         "letter from the prefecture."),
        "wire-ruling": ("Court suspends Sainte-Croix reservoir",
                        "A court in Poitiers suspended the Sainte-Croix reservoir permit, finding serious doubt about "
                        "its impact study. The cooperative will appeal, its lawyer Olivier Fabre said."),
        "ledger-ruling": ("Sainte-Croix reservoir: the court suspends its permit",
                          "The court in Poitiers suspended the permit of the Sainte-Croix reservoir over serious doubt "
                          "about its impact study. Claire Dubreuil, for the collective, hailed the ruling."),
        "courier-ruling": ("French court halts Sainte-Croix reservoir",
                           "A court in Poitiers suspended the Sainte-Croix reservoir permit on the impact study. "
                           "Claire Dubreuil, a lawyer for the collective, called it a victory. " + sentence),
    }
    articles = (
        factories.article("ledger-scoop", scoop, source="Valley Ledger", title=texts["ledger-scoop"][0], story="scoop"),
        factories.article("wire-ruling", day.replace(hour=10), source="Coast Wire", title=texts["wire-ruling"][0],
                          story="ruling"),
        factories.article("ledger-ruling", day.replace(hour=12), source="Valley Ledger",
                          title=texts["ledger-ruling"][0], story="ruling"),
        factories.article("courier-ruling", day.replace(hour=18), source="Paris Courier",
                          title=texts["courier-ruling"][0], story="ruling"))
    features = {slug: story_features(title, text) for slug, (title, text) in texts.items()}
    assert [c.outlet for c in detect_credits(texts["courier-ruling"][1]) if "Ledger" in c.outlet], sentence
    story = group_stories(articles, features, factories.config()).story_of("courier-ruling")
    assert set(story.members) == {"wire-ruling", "ledger-ruling", "courier-ruling"}
    return dict(story.roles), story.original, sentence


@settings(max_examples=examples(60), deadline=None)
@given(_cases())
def test_a_credit_placed_on_another_storys_report_is_background(case: tuple[dt.datetime, int, str, str, str]) -> None:
    """Credit frames (the time phrase before or after the outlet) x time phrases x which report the words tell: a
    credit whose time phrase gives the day of the outlet's report in another story, or without one whose words are
    that report's, re-tells nothing of this story (every report independent, no outlet credited); one whose time
    phrase gives the day of the outlet's report in this story, or without one whose words are this story's, re-tells
    that report (the wire's report is earlier still: the page credits no outlet, roles.py, and says the Ledger's is
    the report others re-tell)."""
    scoop, gap, frame, when, which = case
    roles, original, sentence = _roles(scoop, gap, frame, when, which)
    elsewhere = which.split(":")[0] == "scoop"
    if elsewhere:
        assert roles == {"wire-ruling": "independent", "ledger-ruling": "independent",
                         "courier-ruling": "independent"}, sentence
        assert original == "", sentence
    else:
        assert roles["courier-ruling"] == "re-report", sentence
        assert roles["ledger-ruling"] == "original", sentence  # (the wire's earlier report: credited to none)


def test_the_time_phrase_is_read_beside_the_credit_only() -> None:
    """A day written of the news, not of the report ("the minister resigned on Monday, the Ledger reported"; "reported
    that the court ruled on Monday"), places no credit; the French forms place theirs."""
    def when(text: str) -> list[str]:
        found = [(c.outlet, c.cue, c.start) for c in detect_credits(text, language="fr" if "selon" in text.lower()
                                                                     else "")]
        return [line.split("\t")[1] for line in credit_placings(text, found).split("\n") if line]
    assert when("On Monday, the minister resigned, the Valley Ledger reported.") == [""]
    assert when("The Valley Ledger reported that the court ruled on Monday.") == [""]
    assert when("Earlier in the week, the regional daily The Valley Ledger reported that it rained.") == ["-6:-1"]
    assert when("The Valley Ledger reported last Thursday that it rained.") == ["W3"]
    assert when("Jeudi, selon Le Monde, la bassine a continué à pomper.") == ["w3"]
    assert when("Selon Le Monde hier, la bassine a continué à pomper.") == ["-1:-1"]


def test_the_reported_input(tmp_path: Path) -> None:
    """The trial's court ruling (AFP, the Voix, the Courier) and the Voix's scoop the day before, built: the ruling's
    page credits no outlet, and the Voix's court report and the Courier's are independent reports."""
    site = write_site(tmp_path, {"config.yaml": CONFIG})
    (site / "content" / "articles").mkdir(parents=True)
    for article in TRIAL.glob("*.md"):
        shutil.copy(article, site / "content" / "articles" / article.name)
    built = run_cli(["build"], site)
    assert built.returncode == 0, built.stderr
    credit = " ".join(story_credit(site / "output", "afp-tribunal").split())
    assert credit.startswith("First reported here by AFP") and "Voix" not in credit, credit
    checked = run_cli(["check", "-v"], site)
    lines = checked.stdout + checked.stderr
    assert "independent  content/articles/voix-tribunal.md" in lines, lines
    assert "independent  content/articles/courier-court-en.md" in lines, lines
    assert "credits La Voix du Poitou" not in lines, lines
    assert "re-report    content/articles/courier-court-en.md" not in lines
