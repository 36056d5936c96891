"""The story kinds a tester's medicine-recall briefing found (T14, 2026-12-06; tests/stories/recall/, labelled before
its first build: 62 of 69 true pairs, 3 wrong).

- A newsroom's own "we" in a readers' Q&A ("**Should I stop taking them?** No. Every expert we spoke to gave the same
  answer.") made the answer an interviewee's (guides.asked_of_someone), and "Your questions answered:" opening a
  headline was not read as the "… questions answered" closing one: the Courant's Q&A merged into the pharmacists'
  advice story (guides.answers_readers, guides._EXPLAINER_HEAD).
- A "what we know" headline over a third-person summary of the news ("Vasolor recall: what we know so far", NewsPulse)
  was held out of its story as an explainer: such a headline makes an explainer only over a body told as one
  (guides.explains, `explained_in_body`).
- A capped pair under the threshold by its own words was suggested as one story at the cap (a blog post and the Q&A,
  0.46 and a guide): a rule and the score both hold it apart (stories._links).
- The credit line said "First reported here by" an earlier independent report beside the report others re-tell with
  no word of it: the line now names that report's outlet, and `check -v` says why the credit is not theirs.
Each fails on the code before.
"""
from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.guides import answers_readers, asked_of_someone, explains, for_readers
from briefgen.build import BuildOptions, build
from briefgen.cli import main
from stories.storyeval import assignment, group, load_site

RECALL = Path(__file__).resolve().parent / "recall"

NEWSROOM = ("Every expert we spoke to gave the same answer.", "We asked the agency, and it said no.",
            "Pharmacists we have spoken to agree.", "Readers have sent us this question more than any other.",
            "We checked with the maker.", "Doctors told us the same.", "We've asked the agency for the list.")
READER_QUESTIONS = ("Should I stop taking them?", "How do I know if my tablets are affected?",
                    "Will I have to pay for a replacement?", "Can I claim compensation?", "What should I do now?")
ANSWERS = ("No. Stopping suddenly is the bigger risk.", "The batch number is printed on the box.",
           "Your pharmacist will replace an affected pack free of charge.", "Not yet: no claim has been filed.")
INTERVIEWEE = ("I would rather be unpopular than bankrupt.", "Yes. I have offered them a meeting.",
               "I'm sorry it came out that way.")
LAYOUTS = ("**{q}** {a}", "{q}\n\n{a}", "Q: {q}\n\nA: {a}")


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(READER_QUESTIONS), st.sampled_from(ANSWERS), st.sampled_from(NEWSROOM)),
                min_size=2, max_size=4, unique_by=lambda t: t[0]), st.sampled_from(LAYOUTS))
def test_a_newsrooms_we_in_an_answer_is_no_interviewees(exchanges: list[tuple[str, str, str]], layout: str) -> None:
    """Readers' questions answered, each answer telling how the paper reported it in its own "we" or "us": readers'
    questions answered, a piece for readers."""
    lead = "Here are answers to the most common questions.\n\n" + "\n\n".join(
        layout.format(q=q, a=f"{a} {own}") for q, a, own in exchanges)
    assert answers_readers(lead) and for_readers(lead, "Vasolor recall"), lead


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(("Will you pause the recall?", "Why did you wait until November?", "Did you know in June?")),
       st.sampled_from(INTERVIEWEE), st.sampled_from(NEWSROOM), st.sampled_from(LAYOUTS))
def test_an_interviewees_i_still_makes_an_interview(question: str, answer: str, own: str, layout: str) -> None:
    """A question answered in the interviewee's "I" is asked of someone, whatever newsroom words stand beside it."""
    block = layout.format(q=question, a=f"{own} {answer}")
    piece, _, rest = block.replace("**", "").partition("?")
    assert asked_of_someone(piece + "?", rest), block


@settings(max_examples=examples(120), deadline=None)
@given(st.sampled_from(("Your questions answered", "Readers' questions answered", "Your Vasolor questions answered",
                        "Key questions answered", "10 questions answered", "Questions answered")),
       st.sampled_from((": ", " - ", " — ", " | ")),
       st.sampled_from(("I take Vasolor. What should I do?", "the strike and your train", "the recall")))
def test_questions_answered_opening_a_headline_name_an_explainer(opening: str, mark: str, rest: str) -> None:
    assert explains(opening + mark + rest), opening + mark + rest


def test_questions_answered_as_news_stay_news() -> None:
    for title in ("Ten questions answered in court as trial ends", "Five questions answered by the inquiry",
                  "Inquiry: questions answered and unanswered", "Minister answered questions on the strike",
                  "Questions answered in parliament as Korvel boss appears"):
        assert not explains(title), title


NEWS = ("Health authorities have recalled 14 batches of {drug} after an impurity was detected, according to reports.",
        "- {drug} batches were recalled on Monday, the agency said.\n- The maker apologised.",
        "The agency recalled {drug} on Monday. \"You should keep taking it,\" its head said.",
        "{drug} was recalled on Monday. Why now? The agency found an impurity in June.")
EXPLAINER = ("If you take {drug}, check the batch number on your box.",
             "What happened? The agency recalled {drug}.\n\nWho is affected? Patients on 14 batches.",
             "{drug} was recalled on Monday. Here is what we know.")
KNOWN = ("{drug} recall: what we know so far", "What we know: {drug} recalled", "{drug} recall - what we know")


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(KNOWN), st.sampled_from(("Vasolor", "Glucorel", "lorsartan")), st.booleans(),
       st.integers(0, len(NEWS) - 1), st.integers(0, len(EXPLAINER) - 1))
def test_a_what_we_know_headline_is_an_explainer_by_its_body(head: str, drug: str, explainer: bool, news: int,
                                                             told: int) -> None:
    """Over a third-person report (a quoted "you", one question in the news) a news report; over a body that speaks
    to the reader, is laid out as questions or promises what we know, an explainer."""
    lead = (EXPLAINER[told] if explainer else NEWS[news]).format(drug=drug)
    assert explains(head.format(drug=drug), lead) is explainer, (head, lead)
    assert for_readers(lead, head.format(drug=drug)) is explainer, (head, lead)


def test_the_reported_articles_and_suggestions() -> None:
    site = load_site(RECALL)
    grouping = group(site)
    found = assignment(grouping)
    assert grouping.story_of("courant-explainer").members == ("courant-explainer",)
    assert found["newspulse-recall"] == found["mp-recall"]
    assert found["ppw-pharmacists-advice"] == found["northern-pharmacists"] != found["courant-explainer"]
    suggested = {frozenset((s.story, s.join)) for s in grouping.suggestions}
    assert frozenset(("courant-explainer", "my-tablets-are-on-the-list")) not in suggested, suggested
    # (a pair the guide rule held apart from a merge its words made is said only when no headline names the guide an
    # explainer: the phone-in and the Q&A, "Your questions answered: …", 0.56, are not since S17, 2026-12-06)
    assert frozenset(("courant-explainer", found["dr-obi-answers-your-vasolor-questions-on-the-harbour-phone-in"])) \
        not in suggested, suggested


def _text(page: Path) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))))


def test_the_credit_line_names_the_report_others_re_tell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The editor puts the 07:00 Q&A in the advice story: the page's credit line is the Courant's, and says whose
    later report Harbour FM re-tells; `check -v` says why and what to do."""
    root = tmp_path / "recall"
    shutil.copytree(RECALL, root, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    article = root / "content" / "articles" / "courant-explainer.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "author: Courant health desk\n", "author: Courant health desk\nstory: ppw-pharmacists-advice\n"),
        encoding="utf-8")
    build(root / "config.yaml", BuildOptions(jobs=1))
    text = _text(root / "output" / "stories" / "ppw-pharmacists-advice" / "index.html")
    assert ("First reported here by The Daily Courant , 10 November 2026 ; one report re-tells a later report by Pharmacy "
            "Practice Weekly .") in text, text
    assert "Reporting others re-tell Pharmacy Practice Weekly" in text
    main(["check", "-v", "--config", str(root / "config.yaml")])
    out = capsys.readouterr()
    said = out.out + out.err
    assert ("credit: Harbour FM credits Pharmacy Practice Weekly, but The Daily Courant's report "
            "(content/articles/courant-explainer.md) is earlier") in said, said
