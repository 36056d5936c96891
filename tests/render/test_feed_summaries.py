"""An article's summary — its text in the topic feeds, the digest, listings, `<meta name="description">`
and JSON-LD — is its first paragraph that has text.

Found by trial: an article whose body opens with its lead photo (`![…](kaub.jpg)` on its own
line, as feeds import it), an empty `<p>&nbsp;</p>`, or a first paragraph written with a
language (`<p lang="uk">…</p>`) had the summary of its first bare `<p>`: nothing (the topic feed's
<description> was `<p></p>`, the digest showed the headline over an empty line) or its second
paragraph. Footnote markers were glued to the words ("footnote1 here"). Checked on a built site
through feedparser, and as a property over the real Markdown renderer.
"""
from __future__ import annotations

from pathlib import Path

import feedparser
from hypothesis import example, given, settings, strategies as st
from support.sites import write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.load.documents import parse_file, summarise
from briefgen.load.markup import MarkdownRenderer

LEAD = "The riverbed at Kaub lies dry for the first time in a century, the agency said."
OPENINGS = {  # slug → the body's first block, which has no text of its own
    "photo": "![A dry riverbed near Kaub](https://img.example/kaub.jpg)",
    "linked-photo": "[![Kaub](https://img.example/kaub.jpg)](https://img.example/kaub-large.jpg)",
    "empty": "<p>&nbsp;</p>",
    "raw-image": '<p><img src="https://img.example/kaub.jpg" alt="Kaub"></p>',
}
SITE = {
    "config.yaml": "title: Rivers\nbase_url: https://example.org/rivers/\ntopics:\n"
                   "  - id: drought\n    title: Drought\n    keywords: [Kaub]\n",
    **{f"content/articles/{slug}.md": f"---\ntitle: Kaub runs dry ({slug})\nsource: Rhine Post {slug}\n"
                                      f"published: 2024-03-1{n}T10:00:00+01:00\n---\n{opening}\n\n{LEAD}\n"
       for n, (slug, opening) in enumerate(OPENINGS.items())},
    "content/articles/ukrainian.md": "---\ntitle: Kaub in Ukrainian\nsource: Dunai\npublished: 2024-03-15\n---\n"
                                     '<p lang="uk">Рейн біля Кауба пересох.</p>\n\nKaub: a second paragraph.\n',
    "content/articles/footnote.md": "---\ntitle: Kaub footnote\nsource: Gauge News\npublished: 2024-03-16\n---\n"
                                    "Kaub reads 22 cm[^1] today.\n\n[^1]: The federal gauge.\n",
}
EXPECTED = {**{slug: LEAD for slug in OPENINGS}, "ukrainian": "Рейн біля Кауба пересох.",
            "footnote": "Kaub reads 22 cm today."}


def test_the_feeds_show_the_first_paragraph_with_text(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    topic = feedparser.parse((result.output_dir / "topics/drought/feed.xml").read_bytes())
    assert not topic.bozo and len(topic.entries) == len(EXPECTED)
    shown = {e.link.split("/")[-2]: e.summary for e in topic.entries}
    assert shown == {slug: f"<p>{text}</p>" for slug, text in EXPECTED.items()}
    digest = feedparser.parse((result.output_dir / "feed.xml").read_bytes())
    assert not digest.bozo
    for text in EXPECTED.values():
        assert f"<br />{text}</li>" in digest.entries[0].summary
    page = (result.output_dir / "articles/photo/index.html").read_text("utf-8")
    assert f'<meta name="description" content="{LEAD}">' in page


RENDERER = MarkdownRenderer()
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßабвгґдеєжзиіїйкл中文字", min_size=1, max_size=8)
# Blocks that show no text: an image (linked or not, with any alt text), an empty or blank paragraph.
TEXTLESS = st.one_of(
    st.builds(lambda alt: f"![{alt}](https://img.example/a.jpg)", st.from_regex(r"[A-Za-z ]{0,12}", fullmatch=True)),
    st.builds(lambda alt: f"[![{alt}](https://img.example/a.jpg)](https://img.example/b.jpg)",
              st.from_regex(r"[A-Za-z ]{0,12}", fullmatch=True)),
    st.sampled_from(["<p></p>", "<p>&nbsp;</p>", "<p> </p>", '<p><img src="a.jpg" alt="x"></p>',
                     '<p dir="auto"><img src="a.jpg"></p>']),
)
OPEN_TAG = st.sampled_from(["", '<p lang="uk">', '<p dir="rtl">', '<p lang="fr" dir="ltr">'])


@settings(max_examples=examples(20), deadline=None, database=None)
@given(st.lists(TEXTLESS, max_size=3), OPEN_TAG, st.lists(WORD, min_size=1, max_size=8), st.booleans(),
       st.lists(WORD, min_size=1, max_size=5))
@example(["![A dry riverbed](kaub.jpg)"], "", ["The", "riverbed"], False, ["Later"])
@example(["<p>&nbsp;</p>"], '<p lang="uk">', ["Київ"], True, ["Later"])
def test_the_summary_is_the_first_paragraph_with_text(textless: list[str], open_tag: str, words: list[str],
                                                      footnote: bool, later: list[str]) -> None:
    lead = " ".join(words)
    paragraph = f"{lead}[^1]" if footnote else lead
    first = f"{open_tag}{paragraph}</p>" if open_tag and not footnote else paragraph
    body = "\n\n".join([*textless, first, " ".join(later)]) + ("\n\n[^1]: A footnote.\n" if footnote else "\n")
    source = f"---\ntitle: T\nsource: S\npublished: 2024-03-10\n---\n{body}"
    html = parse_file(source.encode("utf-8"), "content/articles/a.md", "a", RENDERER).body_html
    assert summarise(html) == lead
