"""BR29's regression of e2053ed6 (FX36 #3, 2026-12-07): the lead's `LEAD_SENTENCES` counted every piece the sentence
splitter gives, so a byline ("By Amina Hassan") and a dateline ("NAIROBI") alone in their paragraphs pushed a
re-telling's second sentence — "He told Reuters on Friday that …", its only credit — to the fourth: the Coast Record's
re-telling was "independent" and its story lost Reuters as original. A live blog's time stamps, a lead of short
sentences or short quotations did the same.

Now the lead is the first `LEAD_SENTENCES` news sentences — a piece with no sentence's end (a byline, a dateline, a
heading, a time stamp alone on its line) is none — or any sentence opening within the news's first `LEAD_WORDS`
words (asidecredits._in_lead). FX32's aside (a late interview credit credits no news) holds: its tests, and here.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.asidecredits import LEAD_WORDS
from briefgen.analyse.credits import credit_finder
from briefgen.analyse.storyfeatures import story_features
from stories.storyeval import group, load_site

SITE = ("Pan-African Press Service (PAPS)", "Reuters", "Coast Record")
# lines that are no sentence, as a text writes them alone in a paragraph
LINES = ("By Amina Hassan", "NAIROBI", "By Amina Hassan and Otieno Mwangi", "Live: ChapaPesa outage", "09:30",
         "Updated 11:05 EAT", "Photo: Reuters/Thomas Mukoya", "MOMBASA, Kenya", "ChapaPesa chief to quit")
LEAD = "ChapaPesa boss Kipchumba Rotich will quit."
CREDIT = "He told Reuters on Friday that he would step down once the ledger is fully restored."
SHORT = ("Updated 09:12.", "Breaking.", "The outage is over.", "Services are back.", "He was 54.",
         "\u201cI take responsibility.\u201d", "\u201cIt was my fault.\u201d", "Markets fell.")
LATER = ("The outage lasted four days, and some traders said they had lost a week of sales because of it.",
         "The central bank said it would review the platform's licence, and MPs called for a full inquiry.",
         "Customers queued at agents' kiosks across Mombasa on Thursday to withdraw what they could.")


def _credited(text: str) -> tuple[str, ...]:
    return story_features("Rotich to quit ChapaPesa", text, credit_finder(SITE)).credits


@settings(max_examples=examples(80), deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=6), st.booleans())
def test_lines_that_are_no_sentence_do_not_push_the_credit_out_of_the_lead(lines: list[str], second: bool) -> None:
    """Any number of bylines, datelines, headings, time stamps and photo credits alone in their paragraphs before the
    lead: the credit in its second (or third) sentence credits the news (before: with two such lines, not)."""
    body = [LEAD, CREDIT] if second else [LEAD, LATER[0], CREDIT]
    text = "\n\n".join((*lines, *body, LATER[1]))
    assert "Reuters" in _credited(text), text


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from(SHORT), min_size=3, max_size=5), st.booleans())
def test_short_sentences_before_the_credit_are_the_lead(short: list[str], paragraphs: bool) -> None:
    """A lead of short sentences, a live blog's entries, short quotations: a credit opening within LEAD_WORDS words of
    the news is the lead's (before: after three of them, an aside)."""
    joiner = "\n\n" if paragraphs else " "
    text = joiner.join((*short, CREDIT))
    assert sum(len(s.split()) for s in short) < LEAD_WORDS
    assert "Reuters" in _credited(text), text


@given(st.lists(st.sampled_from(LINES), max_size=4))
def test_a_late_interview_credit_is_still_an_aside(lines: list[str]) -> None:
    """Guard (FX32): after the lead and three long sentences of the article's own, the interview credits no news."""
    text = "\n\n".join((*lines, LEAD, *LATER, CREDIT))
    assert "Reuters" not in _credited(text), text


INTERVIEW = {"r-int": ("Reuters", "2026-11-20T10:00:00+03:00", "ChapaPesa chief says he will quit",
                       "NAIROBI, Nov 20 (Reuters) - ChapaPesa chief executive Kipchumba Rotich will step down once the "
                       "mobile-money platform's ledger is fully restored, he told Reuters in an interview on Friday."
                       "\n\n\"I take responsibility,\" Rotich said."),
             "cr-quit": ("Coast Record", "2026-11-20T15:00:00+03:00", "Rotich to quit ChapaPesa",
                         f"By Amina Hassan\n\nNAIROBI\n\n{LEAD}\n\n{CREDIT}\n\nThe outage lasted four days.")}


def test_the_coast_records_re_telling_with_byline_and_dateline(tmp_path: Path) -> None:
    """BR29's s8 "both": the Coast Record re-tells Reuters' interview, Reuters the story's original (before:
    independent, no original)."""
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text("title: B\nbase_url: https://example.org/\nlanguage: en\ntimezone: "
                                          "Africa/Nairobi\nsources:\n" + "".join(
                                              f"  - name: {s}\n    url: https://{i}.example\n"
                                              for i, s in enumerate(SITE)), encoding="utf-8")
    for slug, (source, published, title, body) in INTERVIEW.items():
        (tmp_path / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: '{title}'\nsource: {source}\npublished: '{published}'\n---\n{body}\n", encoding="utf-8")
    story = group(load_site(tmp_path)).story_of("cr-quit")
    assert story.original == "Reuters"
    assert dict(story.roles) == {"r-int": "original", "cr-quit": "re-report"}
