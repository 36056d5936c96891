""""What each report adds" names the speaker of a quotation its sentence does not name (site/stories.unnamed_speaker).

Reported (a trial, 2026-12-04): the story page showed '“It is an opportunistic bid at a moment of maximum weakness,”
she said.' and '“It had the warnings and it sat on them.”' as what a report adds, cut from the sentence that named
the speaker (matched as shared): a reader could not tell who was speaking. The page now writes "— Lena Voskuijl".
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.site.model import Mention
from briefgen.site.stories import unnamed_speaker
from support.examples import examples
from support.sites import write_site

OPTIONS = BuildOptions(jobs=1, lock_wait=0, build_time=dt.datetime(2026, 3, 20, tzinfo=dt.timezone.utc))
NAMES = ["Lena Voskuijl", "Grace Okafor", "Owen Pryce", "Fenmoor Water"]
QUOTES = ["It is an opportunistic bid at a moment of maximum weakness", "It had the warnings and it sat on them"]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(QUOTES), st.sampled_from(["\u201c{q},\u201d she said.",
                                                                           "\u201c{q}.\u201d", "{q}, it said."]),
       st.booleans())
def test_the_speaker_is_named_only_where_the_sentence_does_not(name: str, quote: str, shape: str, named: bool) -> None:
    sentence = shape.format(q=quote)
    if named:
        sentence = sentence.replace("she said", f"{name.split()[-1]} said").replace("it said", f"{name} said")
        sentence += "" if name.split()[-1] in sentence else f" {name.split()[-1]} added."
    mentions = (Mention("Someone Else", "people/someone-else/", ("Another quotation entirely",)),
                Mention(name, "people/x/", (quote,)))
    found = unnamed_speaker(sentence, mentions)
    assert (found is None) if named else (found is not None and found.person == name), (sentence, found)
    assert unnamed_speaker("The board met on Monday.", mentions) is None


CONFIG = "title: Bids\nbase_url: https://example.org/bids/\ntopics:\n  - {id: deals, title: Deals, keywords: [bid]}\n"
FIRST = """---
title: Aldmere Capital tables offer for Fenmoor Water
source: Capital Markets Wire
published: 2026-03-09T07:45:00Z
url: https://cmwire.example/aldmere
---
Aldmere Capital has offered 412p a share for Fenmoor Water, valuing the utility at £2.1bn, in a bid disclosed on Monday.

The Fenmoor Water board said it would consider the Aldmere Capital proposal and had not yet decided.
"""
SECOND = """---
title: Fenmoor Water in buyout fund's sights
source: Water Industry Weekly
published: 2026-03-09T15:00:00Z
url: https://wiw.example/fenmoor
---
Fenmoor Water has received a bid of 412p a share from Aldmere Capital, a £2.1bn offer disclosed on Monday.

Lena Voskuijl, an analyst at Harcourt Row, said the Fenmoor Water board would consider the Aldmere Capital proposal. "It is an opportunistic bid at a moment of maximum weakness," she said.
"""


def test_the_story_page_names_who_speaks_in_an_added_quotation(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {"config.yaml": CONFIG, "content/articles/first.md": FIRST,
                                          "content/articles/second.md": SECOND})
    result = build(site / "config.yaml", OPTIONS)
    assert result.ok, result.diagnostics
    page = (result.output_dir / "stories/first/index.html").read_text(encoding="utf-8")
    adds = page.split('id="adds-title"', 1)[1].split('id="shared-title"', 1)[0]
    assert "opportunistic bid" in adds, adds
    assert '<span class="adds__speaker">— <a href="../../people/lena-voskuijl/"><bdi>Lena Voskuijl</bdi></a></span>' in adds


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["\u201c{q}.\u201d", "\"{q}.\"", "\u201c{q}\u201d.", "\u00ab{q}.\u00bb"]), st.sampled_from(QUOTES),
       st.booleans(), st.sampled_from(["the mayor said after the meeting.", "said a spokesman."]))
def test_a_bare_quotation_among_the_additions_comes_with_its_frame(shape: str, quote: str, frame_shown: bool,
                                                                   frame: str) -> None:
    """Reported (a fifth trial, 2026-12-04): '“I do not share the belief that trucking rubbish across the country is
    cleaner.”' was what a report adds, alone: its frame ('“I understand the worry,” the mayor said after the
    meeting.') was matched and shown nowhere, and no one could be named after it. A sentence that is a quotation and
    nothing else comes with the sentence before it, unless that one is shown too."""
    from briefgen.analyse.compare import Comparison, ReportSentences
    from briefgen.site.stories import comparison_view
    before = f"\u201cI understand the worry,\u201d {frame}"
    bare = shape.format(q=quote)
    sentences = ("The council voted.", before, bare, "Work starts in May.")
    adds = (1, 2) if frame_shown else (2, 3)
    view = comparison_view(Comparison((ReportSentences("a", sentences, ((),) * 4, adds),), ()))
    ((_, shown),) = view.adds
    assert shown == ((before, bare) if frame_shown else (f"{before} {bare}", "Work starts in May.")), shown


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["She", "He", "They"]), st.sampled_from(["said the breakthrough came late on Tuesday night.",
                                                               "added that talks would resume."]), st.booleans())
def test_an_added_sentence_opening_with_a_pronoun_comes_with_the_one_before(pronoun: str, rest: str,
                                                                           before_shown: bool) -> None:
    """Reported (a hospital trial, 2026-12-04): "She said the breakthrough came late on Tuesday night." was what a
    report adds, alone, and named nobody; the sentence naming her stood in the shared passages."""
    from briefgen.analyse.compare import Comparison, ReportSentences
    from briefgen.site.stories import comparison_view
    sentences = ("Gwen Tallis led the union's team.", f"{pronoun} {rest}", "Theatres reopen on Monday.")
    adds = (0, 1) if before_shown else (1, 2)
    view = comparison_view(Comparison((ReportSentences("a", sentences, ((),) * 3, adds),), ()))
    ((_, shown),) = view.adds
    expected = (sentences[0], sentences[1]) if before_shown else (f"{sentences[0]} {sentences[1]}", sentences[2])
    assert shown == expected, shown
    theirs = ("The hall was full.", "Theirs was a long night.", "Heat rose.")  # (no pronoun: "Theirs", "Heat")
    assert comparison_view(Comparison((ReportSentences("a", theirs, ((),) * 3, (1, 2)),), ())).adds[0][1] == theirs[1:]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(["nothing to hide", "a bridge, not a wall", "time to act now"]),
       st.sampled_from(["But a company with {q} publishes its engineering review.", "Is it really {q}? Hardly.",
                        "The phrase {q} fooled no one."]))
def test_the_same_words_unquoted_are_no_ones_quotation(name: str, quote: str, shape: str) -> None:
    """Reported (a trial, 2026-12-04): a column quoted the chief executive's "nothing to hide", and its next sentence,
    the columnist's own "a company with nothing to hide publishes …", was signed "— Mara Quillon" on the story page.
    Only words inside quotation marks are a quotation's."""
    mentions = (Mention(name, "people/x/", (quote,)),)
    assert unnamed_speaker(shape.format(q=quote), mentions) is None
    assert unnamed_speaker(f"\u201c{quote.capitalize()},\u201d she said.", (Mention(name, "people/x/",
                                                                              (quote.capitalize(),)),)) is not None


def test_a_one_word_answer_is_signed_too() -> None:
    """Reported (a trial, 2026-12-04): "Asked whether drinking water supplies were at risk, she replied: “No.”" was
    shown among what a report adds with no speaker (quotations of three letters or fewer were never signed)."""
    mentions = (Mention("Mara Quillon", "people/mara-quillon/", ("No.",)),)
    assert unnamed_speaker("Asked whether supplies were at risk, she replied: \u201cNo.\u201d", mentions) == mentions[0]
    assert unnamed_speaker("There is no doubt. No. Never.", mentions) is None
