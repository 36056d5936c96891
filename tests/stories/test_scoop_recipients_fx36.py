"""BR29's regression of 92f3cbd2 (FX36 #2, 2026-12-07): "The BBC broke the news to staff on Monday that it would cut
500 jobs" made the Guardian's report of the cuts a re-telling of the BBC; "Reuters broke the news to investors",
"Reuters had the news confirmed by two sources" were scoops too.

"broke the news (story) to X" — a recipient after "to" in its clause, "of …" between or not — is telling someone;
"had the news confirmed", "got the story wrong", "got the news from" tell what was done to the news or whence it came
(creditscoops._received). "X broke the news (story)", "… of …", "… that …" with no recipient is the scoop (kept).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from stories.storyeval import group, load_site

SITE = ("The Guardian", "Press Gazette", "Daily Taifa")
OUTLETS = (("The BBC", "BBC"), ("Reuters", "Reuters"), ("The Guardian", "The Guardian"), ("Daily Taifa", "Daily Taifa"),
           ("Politico", "Politico"))
RECIPIENTS = ("staff", "investors in a note", "the family", "viewers", "its readers", "him", "the 500 employees")
BETWEEN = ("", " of her death", " of the merger", " on Monday", " of the cuts on Monday")
AFTER = ("", " on Monday", " that the plant would close", " in a memo")
RECEIVED = ("{o} had the news confirmed by two sources.", "{o} had the story confirmed by the ministry.",
            "{o} got the story wrong, the White House said.", "{o} got the news from the company's filing.")
SCOOPS = ("{o} broke the news.", "{o} broke the news of the merger, which Comcast confirmed.",
          "{o} broke the news that ChapaPesa had collapsed.", "{o} broke the story on Tuesday morning.",
          "{o} had the story first.", "{o} had the news on Tuesday.")


def _outlets(text: str) -> set[str]:
    return {c.outlet for c in detect_credits(text, credit_finder(SITE))}


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(("news", "story")), st.sampled_from(BETWEEN),
       st.sampled_from(RECIPIENTS), st.sampled_from(AFTER))
def test_breaking_the_news_to_someone_is_no_scoop(outlet: tuple[str, str], noun: str, between: str, recipient: str,
                                                 after: str) -> None:
    """Outlets x nouns x "of …" x recipients x what follows: no credit (before: the outlet's scoop)."""
    text = f"{outlet[0]} broke the {noun}{between} to {recipient}{after}."
    assert outlet[1] not in _outlets(text), text


@given(st.sampled_from(OUTLETS), st.sampled_from(RECEIVED))
def test_news_done_to_or_received_is_no_scoop(outlet: tuple[str, str], frame: str) -> None:
    text = frame.format(o=outlet[0])
    assert outlet[1] not in _outlets(text), text


@given(st.sampled_from(OUTLETS), st.sampled_from(SCOOPS))
def test_the_scoop_with_no_recipient_still_credits(outlet: tuple[str, str], frame: str) -> None:
    """Guard (FX32's idioms): the scoop itself credits its outlet."""
    text = frame.format(o=outlet[0])
    assert outlet[1] in _outlets(text), text


CUTS = {"pg-cuts": ("Press Gazette", "2026-11-20T10:00:00+00:00", "BBC to cut 500 World Service jobs",
                    "The BBC will cut 500 jobs at the World Service and close six language services to save \u00a350m "
                    "a year, the corporation told staff on Monday."),
        "g-cuts": ("The Guardian", "2026-11-20T12:00:00+00:00", "BBC World Service to lose 500 jobs",
                   "The BBC broke the news to staff on Monday that it would cut 500 jobs at the World Service and close "
                   "six language services to save \u00a350m a year.\n\nUnions said they would ballot members.")}


def test_the_guardians_report_of_the_bbcs_cuts_is_independent(tmp_path: Path) -> None:
    """BR29's s13: both reports independent, the story credits no outlet (before: the Guardian's a re-report of the
    BBC)."""
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("title: B\nbase_url: https://example.org/\nlanguage: en\ntimezone: "
                                          "Europe/London\nsources:\n" + "".join(
                                              f"  - name: {s}\n    url: https://{i}.example\n"
                                              for i, s in enumerate(SITE[:2])), encoding="utf-8")
    for slug, (source, published, title, body) in CUTS.items():
        (tmp_path / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: '{title}'\nsource: {source}\npublished: '{published}'\n---\n{body}\n", encoding="utf-8")
    grouping = group(load_site(tmp_path))
    story = grouping.story_of("g-cuts")
    assert story.original == "" and story.retells == ()
    assert dict(story.roles)["g-cuts"] == "independent"
