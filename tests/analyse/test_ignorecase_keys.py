"""A word an IGNORECASE pattern matched is looked up in its table as the pattern read it (textmatch.ignorecase_key).

sre's re.IGNORECASE matches four characters with ASCII letters that str.lower() does not make them: "İ" (U+0130)
and dotless "ı" (U+0131) with "i", long "ſ" (U+017F) with "s", the Kelvin sign (U+212A) with "k". The day of a
lead ("on ſunday", "4 ſept."), an announced day ("will meet on Frıday"), a follow-up ("Three weekſ after", "laſt
week"), spelled numbers ("ſix hundred and twelve") and a story page's figures ("4 bıllion euros", "two-thırds
of", "the ſecond day") were matched, then looked up in tables of ASCII words by
`.lower()`: KeyError or ValueError, and `briefgen build` stopped with "unexpected error" on such an article (found
2026-12-05 by tests/analyse/test_story_fast_paths_2.py's property of spelled numbers). No reading raises now; the reported
days read as in ASCII letters.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

from briefgen.analyse.announcements import lead_announces
from briefgen.analyse.eventdays import lead_days
from briefgen.analyse.figures import figures
from briefgen.analyse.followups import lead_follows
from briefgen.analyse.numberwords import numbers_as_digits
from briefgen.analyse.storyfeatures import story_features

ODD = {"i": ["\u0131", "\u0130"], "I": ["\u0130"], "s": ["\u017f"], "k": ["\u212a"], "K": ["\u212a"]}
PHRASES = ["on Sunday", "on 4 Sept.", "on Monday, August 4", "late on Friday", "Thursday night", "last week",
           "last night", "yesterday", "this morning", "overnight", "Three weeks after the vote,", "Six days after",
           "Since last week's vote,", "will meet on Friday", "is to vote on 12 March", "tomorrow", "this weekend",
           "six hundred and twelve", "forty-six", "twenty", "The council", "ferries stopped", "said", ".", ", ", " ",
           "4 billion euros", "two-thirds of", "three quarters of the staff", "five people", "the second day",
           "the 3rd day", "40 pounds sterling", "a six-week closure", "lasted two days", "4 Kronor", "£3m", "3%"]


@st.composite
def odd_texts(draw: st.DrawFn) -> tuple[str, str]:
    """(a text of PHRASES with some of its i, s and k written as the odd letters, the text in ASCII letters)."""
    plain = "".join(draw(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=12)))
    written = "".join(draw(st.sampled_from(ODD[c])) if c in ODD and draw(st.booleans()) else c for c in plain)
    return written, plain


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_texts())
@example(("Ferries stopped on \u017funday.", "Ferries stopped on sunday."))
@example(("The council will vote on 4 \u017fept.", "The council will vote on 4 sept."))
@example(("Three week\u017f after the vote, la\u017ft week.", "Three weeks after the vote, last week."))
@example(("It opened on Fr\u0131day, Augu\u017ft 4.", "It opened on Friday, August 4."))
def test_the_odd_letters_raise_nothing(texts: tuple[str, str]) -> None:
    """No reading raises (the crash). Equal readings are not claimed of drawn texts: some forms are read
    case-sensitively ("will", a fronted "On Sunday"), where "wıll" is no "will" (2026-12-05, a CI run's draw)."""
    written, _ = texts
    lead_days(written)
    lead_follows(written)
    lead_announces(written)
    numbers_as_digits(written)
    figures(written)  # (a story page's figures: "4 bıllion", "two-thırds", "ſix-week", "the ſecond day" raised)
    story_features(written[:40], written)  # (raised KeyError or ValueError before)


@pytest.mark.parametrize("written", ["Ferries stopped on \u017funday.", "The council voted on 4 \u017fept.",
                                     "Three week\u017f after the vote, la\u017ft week the port reopened.",
                                     "It opened on Fr\u0131day, Augu\u017ft 4.", "Talks began late on Thur\u017fday night."])
def test_a_day_written_with_the_odd_letters_is_read_as_in_ascii(written: str) -> None:
    """The reported inputs: the day and the follow-up are those of the text in ASCII letters."""
    plain = written.replace("\u017f", "s").replace("\u0131", "i")
    assert lead_days(written) == lead_days(plain)
    assert lead_follows(written) == lead_follows(plain)


def test_a_site_with_the_odd_letters_builds(tmp_path):
    """The reported input: an article placing its news "on ſunday" stopped the build ("unexpected error")."""
    article = MINIMAL_SITE["content/articles/first-report.md"]
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/first-report.md": article.replace("on Tuesday", "on \u017funday, 4 \u017fept."),
        "content/articles/second.md": article.replace("first-report", "second").replace(
            "Diplomats from several countries met in Geneva on Tuesday",
            "Three week\u017f after the vote, \u017fix hundred and twelve diplomats will meet on Fr\u0131day"),
    })
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    assert "unexpected error" not in result.stderr
    assert (site / "output" / "index.html").is_file()
