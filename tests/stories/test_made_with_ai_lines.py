"""A line saying how the text was made ("This summary was produced with the help of AI tools and checked by an
editor.") is no news a report adds (adds_boilerplate.py; an airport trial's AI-assisted digest, 2026-12-05)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.adds_boilerplate import boilerplate
from briefgen.analyse.compare import compare_reports

NOUNS = ("summary", "article", "story", "digest", "briefing", "news summary", "round-up")
VERBS = ("produced", "written", "generated", "created", "prepared", "drafted", "compiled")
MEANS = ("with the help of AI tools", "with the assistance of artificial intelligence", "using AI",
         "using a large language model", "with generative AI", "by AI")
TAILS = ("", " and checked by an editor", " and reviewed by our staff", ", then edited by a journalist")
NEWS = ("AI was used to produce fake images of the candidate, police said.",
        "The council said AI was used to write the consultation summary.",
        "The airline said its timetable was produced with the help of AI.",
        "This report was produced by the council with help from consultants.",
        "The summary of the inquiry was written by a judge.")


@settings(max_examples=examples(40), deadline=None)
@given(noun=st.sampled_from(NOUNS), verb=st.sampled_from(VERBS), means=st.sampled_from(MEANS),
       tail=st.sampled_from(TAILS), has=st.booleans(), news=st.sampled_from(NEWS))
def test_a_made_with_ai_line_is_boilerplate_news_of_ai_is_not(noun: str, verb: str, means: str, tail: str, has: bool,
                                                               news: str) -> None:
    """Any "This <noun> was/has been <made> <with AI> …" line is boilerplate; a news sentence about AI is not."""
    line = f"This {noun} {'has been' if has else 'was'} {verb} {means}{tail}."
    sentences = ["The last flight left Brackenford for Amsterdam on Saturday.", news, line]
    assert boilerplate(sentences) == {2}


WORDINGS = ("Written with the help of artificial intelligence and reviewed by our health editor.",
            "This post was drafted with AI assistance.", "This post was produced with the help of AI tools.",
            "This update was drafted using AI.", "AI tools helped prepare this article.",
            "An AI tool was used to draft this story.", "Parts of this article were generated with AI.",
            "We used AI to help write this article.", "This is an AI-generated summary of reports from the BBC.")
NOT_DISCLOSURES = ("The agency said it used AI tools to screen reports.",
                   "Produced by the council, the report used AI to sort responses.",
                   "This article about AI in hospitals is the first of a series.",
                   "“We used AI to help write this report,” the minister admitted.")


def test_a_second_trials_wordings() -> None:
    """A second trial (2026-12-05, a drug-recall briefing) tried nine wordings; the first rule caught one."""
    sentences = ["The recall covers three batches of the pill.", *WORDINGS, *NOT_DISCLOSURES]
    assert boilerplate(sentences) == set(range(1, 1 + len(WORDINGS)))


def test_the_reported_input_is_no_addition() -> None:
    digest = ("The last Skyline Regional flight left Brackenford Airport for Amsterdam on Saturday, according to reports "
              "from BBC News. This summary was produced with the help of AI tools and checked by an editor.")
    bbc = "The last Skyline Regional flight left Brackenford Airport for Amsterdam on Saturday morning."
    report = compare_reports([("digest", digest), ("bbc", bbc)]).reports[0]
    assert not any("AI tools" in report.sentences[i] for i in report.adds)
