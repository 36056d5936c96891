"""Roundups told by their body (analyse/bodyroundups.py; FX54, 2026-12-07).

A newsletter's piece of several news items under a headline that is no roundup's label ("Tuesday's briefing", "What
we're watching", "Palm oil, levies and lawsuits") joined the story of the one event among its items: its body is a
list of short items, each with its own lead-in (bold, in a bullet or a numbered list) or after an intro that announces
them, or an "Also: …" paragraph. One event's structured reports stay reports: Axios' "Why it matters:" pieces, a
timeline, a transcript, a wire report's one-sentence paragraphs, one event's measures listed, an explainer's parts.
Title-case labels: test_roundups_titlecase_fx54.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.bodyroundups import listed_roundup
from briefgen.load.markup import MarkdownRenderer, plain_blocks
from support.newsletters import JOINT_STATEMENT, listed_body, plain, stories_of

# Several events' news items: (lead-in, sentence)
EVENTS = (
    ("Levy", "Indonesia's export levy on crude palm oil rises to 10% on December 1, the trade ministry in Jakarta said "
             "on Wednesday."),
    ("Riau march", "Farmers in Riau say they will march on the governor's office every Monday until compensation for "
                   "last year's floods is paid."),
    ("Court", "A Kuala Lumpur court restored the sustainability certificate of a Sabah cooperative that the "
              "certification body had suspended."),
    ("Joint front", "Indonesia and Malaysia agreed on Friday to negotiate jointly with the European Union over its "
                    "deforestation rule and to fund satellite mapping for smallholders, after a ministerial meeting in "
                    "Kuala Lumpur."),
    ("Futures", "Crude palm oil futures on Bursa Malaysia ended the week at 4,105 ringgit a tonne, their lowest close "
                "since August."),
    ("Biodiesel", "Thailand postponed its B10 biodiesel mandate to 2028, citing the cost to fuel retailers."),
    ("Labour", "Sarawak's plantation owners asked the federal government for 20,000 more foreign workers before the "
               "harvest peak."),
)
SHAPES = ("bold", "bold-colon", "bullets", "numbered", "dash", "intro", "also")
INTROS = ("Good morning. It was a long week in palm oil.", "Welcome to the weekly palm oil newsletter.", "")
ANNOUNCING = ("Here's what we're watching this Tuesday:", "In today's briefing:", "Here are today's top stories:")


def _body(shape: str, items: list[tuple[str, str]], intro: str) -> str:
    """A newsletter's body in Markdown, its items in `shape` (support.newsletters.ITEM_SHAPES, or an announcing intro's
    bare bullets, or an "Also: …" paragraph)."""
    if shape == "intro":
        return listed_body((intro + " " if intro else "") + ANNOUNCING[len(items) % 3], items, "bare-bullets")
    if shape == "also":
        first, *rest = items
        return first[1] + " Officials said talks would start in January.\n\nAlso: " + "; ".join(
            text[0].lower() + text[1:].rstrip(".") for _, text in rest) + "."
    return listed_body(intro, items, shape)


@settings(max_examples=examples(80), deadline=None)
@given(shape=st.sampled_from(SHAPES), intro=st.sampled_from(INTROS),
       items=st.lists(st.sampled_from(EVENTS), min_size=3, max_size=6, unique=True))
def test_a_list_of_several_events_is_a_roundup(shape: str, intro: str, items: list[tuple[str, str]]) -> None:
    if shape == "dash" and not intro:  # ("LEVY – Indonesia's …" opening the body is read as a dateline, "JAKARTA – …")
        intro = INTROS[1]
    if shape == "also" and len(items) < 4:
        items = list(items) + [e for e in EVENTS if e not in items][:4 - len(items)]
    assert listed_roundup("Tuesday's briefing", plain(_body(shape, items, intro)))


ONE_EVENT = {
    "axios": "Indonesia and Malaysia agreed on Friday in Kuala Lumpur to negotiate jointly with the European Union over "
             "its deforestation rule.\n\n**Why it matters:** The two countries grow 85% of the world's palm oil, and "
             "the EU rule could shut smallholders out of Europe.\n\n**Driving the news:** Ministers of the Council of "
             "Palm Oil Producing Countries signed the joint statement in Kuala Lumpur on Friday.\n\n**The big "
             "picture:** Indonesia and Malaysia have fought the EU rule since 2023.\n\n**What's next:** Indonesia and "
             "Malaysia will present the joint position to the European Union in Brussels in January.",
    "timeline": "How the Riau farmers' protest grew.\n\n**Monday:** Farmers in Riau blocked the road to the port of "
                "Dumai over unpaid flood compensation.\n\n**Tuesday:** Police in Riau cleared the road and detained "
                "twelve farmers.\n\n**Wednesday:** The governor of Riau met the farmers' leaders and promised to pay "
                "compensation by December.",
    "transcript": "The minister spoke to reporters after the meeting.\n\n**Reporter:** Will Indonesia raise the levy "
                  "again?\n\n**Minister:** No. The levy rises to 10% on December 1 and stays there.\n\n**Reporter:** "
                  "What about smallholders?\n\n**Minister:** The levy pays for their replanting.",
    "wire": "JAKARTA, Dec 1 (Reuters) - Indonesia will raise its export levy on crude palm oil to 10% from December 1, "
            "the trade ministry said on Tuesday.\n\nThe increase will fund replanting for smallholders, Minister Budi "
            "Santoso told reporters in Jakarta.\n\nMalaysia, the world's second-largest producer, said it would not "
            "follow.\n\nPrices rose 2% in Kuala Lumpur after the announcement.",
    "measures": "Indonesia's trade ministry announced a package for palm oil smallholders on Tuesday. The ministry "
                "listed three measures:\n\n- a 10% export levy on crude palm oil from December 1\n- a fund for "
                "smallholders' replanting\n- satellite mapping of smallholders' plots",
    "explainer": "Who investigates the sinking of the ferry Kestrel?\n\n**The Marine Accident Investigation Branch.** "
                 "The MAIB examines the ferry's hull and its voyage data recorder.\n\n**The coastguard.** The "
                 "coastguard reviews the ferry's rescue.\n\n**The regulator.** The regulator audits the ferry "
                 "operator's safety record after the sinking.",
    "sentences": "THE HAGUE \u2014 Ellen van der Meer has made her choice.\n\nHer reasoning is blunt. The four share "
                 "enough common ground to begin, she wrote.\n\nNot everyone is convinced. Four parties with 77 seats "
                 "is a majority on paper, said Tom Kuipers.\n\nThe first test comes on farming. Bosman wants a halt "
                 "to the buy-out of livestock farms.",
}


@pytest.mark.parametrize("kind", sorted(ONE_EVENT))
def test_one_events_structured_report_is_no_roundup(kind: str) -> None:
    assert not listed_roundup("What we're watching", plain(ONE_EVENT[kind]))


JOINT = {
    **JOINT_STATEMENT,
    "axios-cpopc": ("Palm producers close ranks against EU rule", "Axios Asia", "2026-11-13T21:00:00+08:00",
                    ONE_EVENT["axios"]),
}
TITLES = ("Tuesday's briefing", "What we're watching", "Palm oil, levies and lawsuits", "Saturday edition",
          "Palm oil, levies and lawsuits", "Tuesday's briefing", "What we're watching")


@pytest.mark.parametrize("shape,title", list(zip(SHAPES, TITLES)))
def test_a_newsletters_list_is_a_story_of_its_own(tmp_path: Path, shape: str, title: str) -> None:
    """The joint statement's three reports (one of them Axios-style, with lead-ins) are one story; a newsletter whose
    items include the joint statement is another. Before FX54 the newsletter joined the joint statement's story."""
    letter = (title, "Palm Oil Trade Weekly", "2026-11-14T07:00:00+08:00",
              _body(shape, list(EVENTS[:4] if shape != "also" else EVENTS[3::-1]), INTROS[0] if shape != "also" else ""))
    stories = stories_of(tmp_path, {**JOINT, "letter": letter}, "Asia/Jakarta")
    assert stories == {("axios-cpopc", "star-cpopc", "wire-cpopc"), ("letter",)}


def test_no_report_of_the_labelled_sets_is_a_listed_roundup() -> None:
    """The story sets' 700-odd reports (a ferry explainer's bold-led parts, Politico's short sentences, interviews'
    questions) hold no newsletter: none is read as a list of several events."""
    renderer = MarkdownRenderer()
    found = []
    for path in sorted(Path(__file__).parent.glob("*/content/articles/*.md")):
        source = path.read_text(encoding="utf-8")
        if not source.startswith("---\n"):
            continue
        front, _, body = source[4:].partition("\n---\n")
        title = next((line[6:].strip().strip("\"'") for line in front.splitlines() if line.startswith("title:")), "")
        if listed_roundup(title, plain_blocks(renderer.render(body, "x"))):
            found.append(path.name)
    assert found == []
