"""BR23 finding 8, as a kind: a company named by its newspaper's title is a news group, not a newsmaker.

credit_newsmakers.newsmaker read "The New York Times Company", "Tribune Company", "Hindustan Times Ltd", "Evening
Standard Ltd" and "Gazette Group" as organisations that act in the news (a company head last, its title words not
before it as "News Corp"'s are), so a briefing whose source was so named had its reports read as a party's
statements and "Tribune Company said" credited nobody. Now a company head after a newspaper's title — a known outlet,
a title ending in a word that names only a newspaper (Times, Tribune, Gazette, Herald, Telegraph, Chronicle, Journal,
Shimbun …) or a day's paper ("Evening Standard", "Sunday Times") — is a news group. A newsroom word that is also a
brand's or a trade's ("Post Holdings", "Royal Mail Group", "Deutsche Post AG", "Star Group", "Press Holdings") is not
told so and stays a newsmaker (BR22; so "Yorkshire Post Ltd" too, as "Canada Post Corporation"), and so does
"Thomson Reuters Corp" (decided: Reuters' parent company, a party in the news: its results, its deals).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.sites import write_site

from briefgen.analyse.credit_newsmakers import newsmaker
from stories.storyeval import group, load_site

HEADS = ("Company", "Co", "Group", "Inc", "Ltd", "plc", "Holdings", "Corporation")
TITLES = ("The New York Times", "New York Times", "The Washington Post", "Nikkei", "Global Times", "Tribune",
          "Gazette", "Hindustan Times", "Asahi Shimbun", "Kestle Herald", "Evening Standard", "Sunday Times",
          "Morning Star", "Irish Examiner", "Daily Telegraph")
BRANDS = ("Post", "Royal Mail", "Deutsche Post", "Star", "Press", "Sun Pharma", "Globe Life", "Herald Investment",
          "Chronicle Minerals", "Daily Harvest", "Thomson Reuters", "Leader", "Channel", "Network Rail", "Standard Life")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(TITLES), st.sampled_from(HEADS))
def test_a_newspapers_company_is_a_news_group(title: str, head: str) -> None:
    """Failed before (at 8e50fdc6) for most: "Tribune Company", "The New York Times Company" were newsmakers."""
    assert not newsmaker(f"{title} {head}"), f"{title} {head}"


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(BRANDS), st.sampled_from(HEADS))
def test_a_brands_company_is_still_a_newsmaker(brand: str, head: str) -> None:
    assert newsmaker(f"{brand} {head}"), f"{brand} {head}"


def test_the_reported_names() -> None:
    for name in ("The New York Times Company", "Tribune Company", "Hindustan Times Ltd", "Evening Standard Ltd",
                 "Gazette Group", "Asahi Shimbun Company", "Sunday Times Ltd", "Herald and Weekly Times Ltd"):
        assert not newsmaker(name), name
    for name in ("Post Office Ltd", "Post Holdings", "Star Entertainment Group", "Thomson Reuters Corp",
                 "Mercury Systems Inc", "Standard Chartered plc"):
        assert newsmaker(name), name


def test_a_news_groups_report_is_the_original(tmp_path: Path) -> None:
    """A source named "Tribune Company" reports a fire first; AFP's later report says "Tribune Company said". Before:
    Tribune Company was a party, its report a statement and AFP's the original; now AFP's re-tells the Tribune's."""
    articles = (("tribune", "Tribune Company", "08:00", "Fire destroys Kestle warehouse",
                 "A fire destroyed a timber warehouse in Kestle on Monday night, forcing 40 residents from their homes, "
                 "fire officials said.\n\nNo one was hurt. Crews from three stations fought the blaze for six hours."),
                ("afp", "AFP", "11:00", "Fire destroys timber warehouse in Kestle",
                 "A fire destroyed a timber warehouse in Kestle on Monday night and forced 40 residents from their "
                 "homes, Tribune Company said.\n\nNo one was hurt, fire officials said, as crews from three stations "
                 "fought the blaze for six hours."))
    files = {"config.yaml": "title: T\nbase_url: https://example.org/\nlanguage: en\ntimezone: UTC\nsources:\n"
                            "  - {name: Tribune Company, url: https://tribune.example}\n"
                            "  - {name: AFP, url: https://www.afp.com}\n"}
    for slug, source, time, title, text in articles:
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: {title!r}\nsource: {source}\npublished: "
                                                f"2026-12-01T{time}:00+00:00\n---\n{text}\n")
    write_site(tmp_path, files)
    story = group(load_site(tmp_path)).story_of("tribune")
    assert story.original == "Tribune Company" and dict(story.roles)["afp"] == "re-report", story
