"""Text is read in Unicode NFC: a decomposed "José" (NFD, as macOS pastes it) is the same text.

Before, NFD text was kept as written: a decomposed "José Manuel Albares" gave a second
person "Albares, Manuel", a decomposed "Kristjan Kõiv" was no mention of the declared
person, and `source: El País` in NFC in one file and NFD in another failed the build with
two sources both writing sources/el-pais/index.html. Now files (load/text.decode), YAML
escapes, character references and feed entries are normalised where they are read.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.checking import check
from briefgen.importer.read import parse_feed
from briefgen.load.config import Config, FeedSpec, Topic, load_config
from briefgen.load.documents import make_article, parse_file
from briefgen.load.markup import MarkdownRenderer, plain_blocks
from briefgen.load.text import decode
from support.sites import write_site
from support.trees import tree_bytes
from support.examples import examples

RENDERER = MarkdownRenderer()
CONFIG = Config(title="T", base_url="", language="en", timezone="UTC", edition="weekly",
                topics=(Topic("spain", "España", "", ("Spain",)),), sources=(), people=(), story_threshold=0.5,
                feeds=())


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


CONFIG_YAML = """\
title: Unicode test
base_url: https://example.org/
timezone: Europe/Madrid
topics:
  - id: spain
    title: España
    keywords: [Spain, Madrid]
people:
  - name: Kristjan Kõiv
"""
BODY = ('Foreign Minister José Manuel Albares opened a reconstruction meeting in Madrid on Monday. '
        '"Spain will stay the course," Albares said. Kristjan Kõiv attended.\n')


def _article(source: str, day: str, body: str = BODY) -> str:
    return (f"---\ntitle: Spain hosts Ukraine reconstruction meeting in Madrid\nsource: {source}\n"
            f"published: {day}\n---\n{body}")


def _files(decomposed: set[str]) -> dict[str, str]:
    """The tester's site (/tmp/trial-b/uni), with the named files saved in NFD."""
    files = {"config.yaml": CONFIG_YAML,
             "content/articles/abc-es.md": _article("ABC", "2023-06-05"),
             "content/articles/el-pais.md": _article("El País", "2023-06-05"),
             "content/articles/nfd-src.md": _article("El País", "2023-06-06", BODY.replace(" Kristjan Kõiv attended.", ""))}
    return {path: nfd(text) if path in decomposed else text for path, text in files.items()}


def test_the_reported_site_has_one_person_one_mention_and_one_outlet(tmp_path: Path) -> None:
    root = write_site(tmp_path / "uni", _files({"content/articles/abc-es.md", "content/articles/nfd-src.md"}))
    assert nfd("José") in (root / "content/articles/abc-es.md").read_text()  # the input really is NFD
    result = check(root / "config.yaml", BuildOptions(jobs=1))
    assert [str(d) for d in result.diagnostics] == []
    assert result.plan is not None
    assert sorted({e.article.source for e in result.plan.site.entries}) == ["ABC", "El País"]
    built = build(root / "config.yaml", BuildOptions(jobs=1))
    assert built.ok, [str(d) for d in built.diagnostics]
    people = sorted(p.name for p in (built.output_dir / "people").iterdir() if p.is_dir())
    assert people == ["jose-manuel-albares", "kristjan-koiv"]  # no "manuel-albares"
    sources = sorted(p.name for p in (built.output_dir / "sources").iterdir() if p.is_dir())
    assert sources == ["abc", "el-pais"]
    koiv = (built.output_dir / "people/kristjan-koiv/index.html").read_text()
    assert "Named in 2 articles" in koiv  # the decomposed mention in abc-es.md counts (was 1)


def test_an_outlet_in_nfc_and_in_nfd_is_one_outlet_not_a_collision(tmp_path: Path) -> None:
    root = write_site(tmp_path / "collide", _files({"content/articles/nfd-src.md"}))
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]  # was: … both write sources/el-pais/index.html
    page = (result.output_dir / "sources/el-pais/index.html").read_text()
    assert "articles/el-pais/" in page and "articles/nfd-src/" in page


def test_decode_composes_and_keeps_lines() -> None:
    text, problems = decode(nfd("a\r\nJosé\nKõiv\n").encode(), "x.md")
    assert problems == [] and text == "a\nJosé\nKõiv\n"


def test_yaml_escapes_and_character_references_are_composed_too() -> None:
    raw = '---\ntitle: "Jose\\u0301"\nsource: "El Pai\\u0301s"\nvia: "O\\u0308sterreich"\npublished: 2023-06-05\n' \
          "---\nJose&#x301; Manuel Albares\n"
    article, problems = make_article(parse_file(raw.encode(), "content/articles/a.md", "a", RENDERER),
                                     "content/articles/a.md", "a", "r", CONFIG)
    assert problems == [] and article is not None
    assert (article.title, article.source, article.via) == ("José", "El País", "Österreich")
    assert plain_blocks("<p>Jose&#x301; Manuel</p>") == "José Manuel"


def test_config_strings_are_composed(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(nfd(CONFIG_YAML + "sources:\n  - name: El País\n    note: Diario español\n"), encoding="utf-8")
    config, problems = load_config(path)
    assert problems == [] and config is not None
    assert (config.topics[0].title, config.people[0].name, config.sources[0].name) == \
           ("España", "Kristjan Kõiv", "El País")


def test_feed_entries_are_composed_so_imports_match_their_files() -> None:
    rss = nfd('<?xml version="1.0"?><rss version="2.0"><channel><title>El País</title><link>https://elpais.com/</link>'
              "<item><title>José Albares in Madrid</title><guid isPermaLink=\"false\">país-1</guid>"
              "<link>https://elpais.com/a</link><description>Kõiv attended.</description>"
              "<category>España</category></item></channel></rss>").encode()
    read = parse_feed(rss, {}, FeedSpec("https://elpais.com/rss", "", (), 3), "config.yaml",
                      zone=dt.timezone.utc)
    (item,) = read.items
    assert (read.title, item.title, item.guid, item.tags) == ("El País", "José Albares in Madrid", "país-1",
                                                               ("España",))
    assert "Kõiv" in item.body_html


# Text of names and titles: Latin letters with accents that NFD splits, other scripts, marks.
_LETTERS = st.sampled_from(list("aeinosuzAEJKMS ") + list("áéíóúñõöüçšžåøÅÉÖ") + ["ḗ", "ǖ", "ệ", "가", "ℵ"])
_WORDS = st.text(_LETTERS, min_size=1, max_size=24).map(str.strip).filter(bool)


@settings(max_examples=examples(120), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(title=_WORDS, source=_WORDS, via=_WORDS, tag=_WORDS, author=_WORDS, body=_WORDS)
@example(title="José", source="El País", via="Österreich", tag="España", author="Kõiv", body="José Kõiv")
def test_any_text_and_its_nfd_form_make_the_same_article(title: str, source: str, via: str, tag: str,
                                                          author: str, body: str) -> None:
    def load(text: str) -> tuple:
        raw = (f'---\ntitle: "{title}"\nsource: "{source}"\nvia: "{via}"\ntags: ["{tag}"]\n'
               f'author: "{author}"\npublished: 2023-06-05\n---\n{body} said {title}.\n')
        parsed = parse_file(text(raw).encode(), "content/articles/a.md", "a", RENDERER)
        article, problems = make_article(parsed, "content/articles/a.md", "a", "r", CONFIG)
        return dataclasses.astuple(article) if article else None, [str(p) for p in problems], parsed.body_html

    composed = load(lambda s: unicodedata.normalize("NFC", s))
    assert load(nfd) == composed
    assert load(lambda s: s) == composed


@settings(max_examples=examples(3), deadline=None, database=None)
@given(decomposed=st.sets(st.sampled_from(sorted(_files(set())))))
def test_a_site_and_its_nfd_files_build_the_same_bytes(tmp_path_factory, decomposed: set[str]) -> None:
    trees = []
    for which in (set(), decomposed):
        root = write_site(tmp_path_factory.mktemp("nfc"), _files(which))
        result = build(root / "config.yaml", BuildOptions(jobs=1))
        assert result.ok, [str(d) for d in result.diagnostics]
        trees.append(tree_bytes(result.output_dir))
    assert trees[0] == trees[1]
