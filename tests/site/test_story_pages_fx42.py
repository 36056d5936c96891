"""What a reader sees on story pages (FX42, 2026-12-07; a tester's Kenyan briefing, T21):

1. an editor's aside in an imported report ("[Editor: the figures below were corrected on 12 May.]", "Editor's note:
   …") was listed among what the outlet's report adds and was its summary: it is shown as the editor's note, apart,
   and is no summary (load/editorasides.py, analyse/adds_boilerplate.editor_asides);
2. a live blog's headline "LIVE: Mobile-money outage enters second day" was the story's title: a story's title has
   no live blog's, update's or flash's marks, the article keeps its own (site/storytitle.py);
3. of 54 article pages in stories 24 linked to another report of their story (a re-telling to its original): every
   article page of a story links to each other report of it (article.html).
Checked on a real site built by the CLI, and by class with hypothesis."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from support.kenyabriefing import SITE
from support.sites import run_cli, write_site

from briefgen.analyse.compare import compare_reports
from briefgen.load.editorasides import editor_aside
from briefgen.site.storytitle import story_title

def _built(tmp_path: Path) -> Path:
    site = write_site(tmp_path / "site", SITE)
    built = run_cli(["build", "--quiet"], site)
    assert built.returncode == 0, built.stderr
    return site / "output"


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def test_a_kenyan_briefing_s_story_page_and_article_pages(tmp_path: Path) -> None:
    output = _built(tmp_path)
    story = (output / "stories/kobocash-outage/index.html").read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", story, re.DOTALL)
    assert heading and _text(heading.group(1)) == "Mobile-money outage enters second day"
    title = re.search(r"<title>(.*?)</title>", story, re.DOTALL)
    assert title and _text(title.group(1)).startswith("Mobile-money outage enters second day ·"), title
    adds = story.split('id="adds-title"')[1].split("</section>")[0]
    paps = adds.split("Pan-African Press Service")[1].split('<div class="adds">')[0]
    listed = " ".join(_text(li) for li in re.findall(r"<li[^>]*>(.*?)</li>", paps, re.DOTALL))
    assert "41,000 agents" in listed
    assert "corrected on 12 May" not in listed and "misstated" not in listed, listed
    asides = [_text(p) for p in re.findall(r'<p class="adds__aside">(.*?)</p>', paps, re.DOTALL)]
    assert asides == ["Editor’s note in this report: the figures below were corrected on 12 May.",
                      "Editor’s note in this report: An earlier version of this article misstated the number of "
                      "agents affected."], asides
    # the article keeps its own title; its summary is its news, not the editor's aside
    live = (output / "articles/taifa-live-outage/index.html").read_text(encoding="utf-8")
    assert "LIVE: Mobile-money outage enters second day" in _text(re.search(r"<h1[^>]*>(.*?)</h1>", live, re.DOTALL).group(1))
    paps_page = (output / "articles/paps-outage-agents/index.html").read_text(encoding="utf-8")
    description = re.search(r'<meta name="description" content="([^"]*)"', paps_page)
    assert description and description.group(1).startswith("KoboCash customers across Kenya"), description
    # every article page of the story links to its story page and to every other report of it
    slugs = ("taifa-live-outage", "paps-outage-agents", "reuters-outage-retold")
    for slug in slugs:
        page = (output / f"articles/{slug}/index.html").read_text(encoding="utf-8")
        assert 'href="../../stories/kobocash-outage/"' in page, slug
        for other in slugs:
            if other != slug:
                assert f'href="../../articles/{other}/"' in page, (slug, other)


_LABELS_BEFORE = ("LIVE: ", "Live: ", "Live updates: ", "LIVE UPDATES - ", "UPDATE: ", "Update 2: ", "UPDATE 1-",
                  "BREAKING: ", "Breaking news: ", "WATCH: ", "Watch live: ", "EXCLUSIVE: ", "EXCLUSIVE-",
                  "As it happened: ", "Just in: ", "Developing: ", "Updated: ", "BREAKING: LIVE: ", "Live blog \u2013 ")
_LABELS_AFTER = (" \u2014 live", " \u2013 live", " - live", ": live updates", " | Live", " \u2013 as it happened",
                 " (updated)", " [LIVE]", " \u2014 latest updates", ": as it happened")
_WORD = st.sampled_from("Kenya KoboCash outage enters second day agents fares Nairobi regulator fines operator "
                        "customers restored Safaricom M-Pesa Mombasa bank Ruto 41,000 cash".split())
_HEADLINE = st.lists(_WORD, min_size=2, max_size=9).map(" ".join).map(lambda h: h[0].upper() + h[1:])


@settings(max_examples=examples(200), deadline=None)
@given(_HEADLINE, st.sampled_from(_LABELS_BEFORE + ("",)), st.sampled_from(_LABELS_AFTER + ("",)))
@example("Mobile-money outage enters second day", "LIVE: ", "")
def test_a_story_title_has_no_live_blog_or_update_marks(headline: str, before: str, after: str) -> None:
    assert story_title(before + headline + after) == headline


@given(st.sampled_from(("Live music returns to Nairobi", "Live-stream of the hearing draws 40,000",
                        "Watch this space, says KoboCash", "Breaking Bad actor visits Kenya",
                        "Exclusive deal signed with Safaricom", "Video-game sales rise", "M-Pesa app goes live",
                        "Ruto to the opposition: listen", "Live Nation: Nairobi dates", "LIVE", "Update")))
def test_a_headline_s_own_words_stay(headline: str) -> None:
    assert story_title(headline) == headline


_ASIDE_FORMS = ("[Editor: {}]", "[Editor's note: {}]", "[Editor\u2019s Note \u2013 {}]", "[Ed. note: {}]",
                "[Ed.: {}]", "(Editor's note: {})", "(Note from the editor: {})", "Editor's note: {}",
                "EDITOR\u2019S NOTE \u2014 {}", "Editors' note: {}", "Note from the editor: {}",
                "A note from the editors: {}", "Ed. note: {}", "Editorial note: {}", "[Editor: {}].")
_ASIDE_WORDS = st.sampled_from(("the figures below were corrected on 12 May.",
                                "An earlier version of this article misstated the number of agents.",
                                "This story was updated with a statement from the Central Bank of Kenya (CBK).",
                                "KoboCash is owned by a company that also owns this newspaper."))


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(_ASIDE_FORMS), _ASIDE_WORDS, st.booleans(), st.integers(0, 3))
def test_an_editor_s_aside_is_the_editor_s_not_what_the_report_adds(form: str, words: str, first: bool,
                                                                      news: int) -> None:
    aside = form.format(words)
    assert (editor_aside(aside) or "").rstrip(".") == words.rstrip(".")
    lines = ["KoboCash customers could not send money for a second day on Tuesday.",
             "About 41,000 agents in Mombasa said they had run out of float.",
             "Matatu drivers in Kisumu turned to cash.", "The regulator said it was monitoring the outage."][:news + 1]
    paragraphs = [aside, *lines] if first else [*lines, aside]
    other = "KoboCash customers could not send money for a second day on Tuesday, the Daily Taifa reported."
    comparison = compare_reports([("with-aside", "\n\n".join(paragraphs)), ("other", other)])
    report = comparison.reports[0]
    assert report.asides and not any(i in report.adds or report.counterparts[i] for i in report.asides)
    assert not any(words[:25] in report.sentences[i] for i in report.adds)
    assert " ".join(report.sentences[i] for i in report.asides) == aside


@given(st.sampled_from(("Editor: Jane Wanjiru", "The paper's editor said the figures had been checked.",
                        "[Editor: a] and [b] were named.", "Editors met on Monday: they agreed to publish.",
                        "Note: the figures are provisional.")))
def test_a_sentence_of_the_news_is_no_aside(paragraph: str) -> None:
    assert editor_aside(paragraph) is None
