"""Content files → typed `Article` and `Note` values, every front-matter problem as a diagnostic.

Two steps with different costs: `parse_file` (YAML + Markdown; expensive, depends only on
the file's bytes, memoised by content hash) and `make_article`/`make_note` (cheap checks
against the config: topic ids, timezone). An `Article` does not carry its body: bodies
are large and only needed for the pages being rendered, so they stay in the parse memo.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefgen.load.config import Config
from briefgen.diagnostics import Diagnostic, did_you_mean, error, warning
from briefgen.load import listlike
from briefgen.load.notekinds import NOTE_KINDS, note_label  # noqa: F401  (note_label re-exported)
from briefgen.load.emptybody import empty_body_warning, placeholder_warnings, source_placeholder_warning
from briefgen.load.datelines import without_dateline
from briefgen.load.editorasides import editor_aside
from briefgen.load.fields import Fields
from briefgen.load.files import SourceFile
from briefgen.load.packedbody import pack, unpack  # noqa: F401  (pack re-exported)
from briefgen.load.foreignkeys import (ARTICLE_MEANT, ARTICLE_STANDS_FOR, NOTE_MEANT, NOTE_STANDS_FOR, dated_name,
                                      jekyll_draft)
from briefgen.load.frontmatter import parse as parse_front
from briefgen.load.htmlattrs import language_tag, link_address
from briefgen.load.locallinks import body_ids, local_links
from briefgen.load.markup import MarkdownRenderer, plain_text
from briefgen.load.plaintext import italic_byline
from briefgen.load.storyids import story_id
from briefgen.load.titlemarks import title_warnings, warn_of_marks
from briefgen.load.topicids import unknown_topic
from briefgen.load.unnamed import unnamed_parts
from briefgen.load.blankheadings import placed_blank_headings
from briefgen.load.text import decode
from briefgen.load.textcut import shorten
from briefgen.load.writtenoffsets import written_offset
from briefgen.load.webaddresses import credentials, credentials_message, written_fix
from briefgen.load.yamltext import LineMap
from briefgen.site.urls import MAX_SLUG, SLUG, too_long

ARTICLE_KEYS = ("title", "source", "published", "url", "via", "author", "topics", "tags", "ai_assisted",
                "draft", "slug", "story", "guid", "date_inferred", "also_in", "language")
NOTE_KEYS = ("title", "date", "topics", "articles", "kind", "author", "pinned", "draft", "slug", "language")
# A paragraph of body HTML, with or without attributes (raw HTML keeps `lang` and `dir`: load/rawhtml.py).
_PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>(.*?)</p>", re.S)
# python-markdown's footnote reference, "<sup id="fnref-x_1"><a class="footnote-ref" …>1</a></sup>" (fnref2-
# for a footnote's second reference); sanitised raw HTML keeps no `id`, so it cannot write one.
_FOOTNOTE_REF = re.compile(r'<sup id="fnref\d*-[^"]*">.*?</sup>', re.S)


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """What a file's bytes alone determine; safe to cache by content hash.

    The body is held packed (`pack`): parsed files stay in memory from parsing to the end of a
    cold build, and a body's `str` takes 2 bytes a character once it holds a curly quote, so
    the 100,000 bodies of `benchmarks/make_corpus.py` took ~1 GB of the build's memory
    (tracemalloc at 1,000 articles: bodies 11.8 of 34 MB after planning), packed ~0.2 GB.
    Unpacking costs ~20 µs a body (docs/log/performance.md, "Third session of 2026-12-01").
    """

    front: LineMap | None
    problems: tuple[tuple, ...]  # (line, message) errors, (line, message, "warning"); the caller adds the path
    packed: bytes  # the sanitised body HTML, `pack`ed
    links: tuple[tuple[int, str], ...] = ()  # (line in the file, address): its relative and web links (locallinks)
    ids: tuple[str, ...] = ()  # the ids and anchor names of the body as published (locallinks.body_ids)

    @classmethod
    def of(cls, front: LineMap | None, problems: tuple[tuple, ...], body_html: str,
           links: tuple[tuple[int, str], ...] = ()) -> ParsedFile:
        return cls(front, problems, pack(body_html), links, body_ids(body_html))

    @property
    def body_html(self) -> str:
        return unpack(self.packed)


@dataclass(frozen=True, slots=True)
class Article:
    slug: str
    path: str
    title: str
    source: str
    published: dt.datetime  # aware
    has_time: bool
    url: str
    via: str
    authors: tuple[str, ...]
    topics: tuple[str, ...] | None  # None: assign from keywords
    tags: tuple[str, ...]
    ai_assisted: bool
    draft: bool
    story: str
    guid: str
    date_inferred: bool
    summary: str
    # Content hash of the file this article was read from; its body is found by it. Not part of what
    # pages show of an article (pages that print the body get it, with its revision, as a Body), so a
    # body edit does not re-render every listing the article is in.
    revision: str = field(metadata={"shown": False})
    also_in: tuple[str, ...] = ()  # set by `briefgen fetch`: other feeds that carried the same link
    published_line: int = field(default=1, metadata={"shown": False})  # for messages about the date (futuredates.py)
    via_line: int = field(default=1, metadata={"shown": False})  # for messages about `via:` (analyse/viaoutlets.py)
    source_line: int = field(default=1, metadata={"shown": False})  # for messages about `source:` (its outlet page)
    slug_line: int = field(default=1, metadata={"shown": False})  # of `slug:`, 1 for a file name's (content.py)
    # (line, address) of each relative or http(s) link or image of the body, which site/sitelinks.py checks
    # when it leads to the site's own pages and files
    links: tuple[tuple[int, str], ...] = field(default=(), metadata={"shown": False})
    ids: tuple[str, ...] = field(default=(), metadata={"shown": False})  # its body's ids, for links' fragments
    # The language it is written in when not the briefing's (`language: ja`): a BCP 47 tag; "" for
    # config.yaml's `language:`. Pages mark its title, summary and body with it (render/bidi.py).
    language: str = ""
    # The UTC offset (minutes east) `published:` was written with, its writer's calendar: None for none, a date alone,
    # "Z" or "-00:00" (load/writtenoffsets.py). A live blog's entry clocks are read with it (analyse/livedays.py).
    written_offset: int | None = field(default=None, metadata={"shown": False})  # (no page shows it as such)


@dataclass(frozen=True, slots=True)
class Note:
    slug: str
    path: str
    title: str
    date: dt.datetime
    has_time: bool
    topics: tuple[str, ...]
    articles: tuple[str, ...]
    articles_line: int
    kind: str
    authors: tuple[str, ...]
    pinned: bool
    draft: bool
    body_html: str
    date_line: int = field(default=1, metadata={"shown": False})  # for messages about the date (futuredates.py)
    slug_line: int = field(default=1, metadata={"shown": False})  # of `slug:`, 1 for a file name's (content.py)
    # As an article's: the language its title and body are written in when not the briefing's, else "".
    language: str = ""
    article_lines: tuple[int, ...] = field(default=(), metadata={"shown": False})  # the line of each of `articles`
    links: tuple[tuple[int, str], ...] = field(default=(), metadata={"shown": False})  # as Article.links
    ids: tuple[str, ...] = field(default=(), metadata={"shown": False})  # as Article.ids


def parse_file(raw: bytes, display: str, id_prefix: str, renderer: MarkdownRenderer) -> ParsedFile:
    """Problems are (line, message) errors, and (line, message, "warning") for the body's warnings."""
    text, problems = decode(raw, display)
    if text is None:
        return ParsedFile.of(None, _cached(problems), "")
    front, body, body_line, problems = parse_front(text, display)
    if front is None:
        return ParsedFile.of(front, _cached(problems), "")
    rendered = renderer.convert(body, id_prefix)
    found = _cached(problems) + tuple(
        (body_line + line, message) if severity == "error" else (body_line + line, message, severity)
        for line, message, severity in rendered.problems)
    empty = None if rendered.problems else empty_body_warning(
        body, rendered.html, display.startswith("content/articles/"), bool(front.get("url")))
    if empty is not None:  # at the closing `---` when nothing is written (the body's first line may not exist)
        found += ((body_line + empty[0] - (0 if body.strip() else 1), empty[1], "warning"),)
    unnamed = placed_blank_headings(body, rendered.html, unnamed_parts(body, rendered.html),
                                    lambda probe: renderer.convert(probe, id_prefix).html)
    found += tuple((body_line + line, message, "warning") for line, message in unnamed)
    found += tuple((body_line + line, message, "warning") for line, message in placeholder_warnings(body, rendered.html))
    if "source" in front and display.startswith("content/articles/"):
        scaffolded = source_placeholder_warning(text, front.line_of("source"), front["source"], front.get("draft") is True)
        found += ((*scaffolded, "warning"),) if scaffolded else ()
    links = tuple((body_line + line, address) for line, address in local_links(body, rendered.html))
    return ParsedFile.of(front, found, rendered.html, links)


def _cached(problems: list[Diagnostic]) -> tuple[tuple, ...]:
    """Problems as a ParsedFile keeps them: (line, message) errors, (line, message, "warning")."""
    return tuple((p.line, p.message) if p.severity == "error" else (p.line, p.message, p.severity)
                 for p in problems)


def summarise(body_html: str, limit: int = 320) -> str:
    """The text shown for an article in listings, feeds, `<meta name="description">` and JSON-LD: the
    plain text of the body's first paragraph that has any (a lead photo's `<p><img></p>`, an empty
    `<p>&nbsp;</p>` and a paragraph with `lang`/`dir` are paragraphs too), without footnote markers, but
    for an editor's aside ("[Editor: the figures below were corrected on 12 May.]": `editorasides.editor_aside`), a first
    paragraph in italics about the writer ("*Iain McTavish has written …*": `plaintext.italic_byline`)
    and a wire dateline opening it ("LISFORD (Northern Wire) - …": `datelines.without_dateline`);
    the whole body's text when no paragraph has any. The footnotes are never it: a body of a list and
    a footnote was summarised by the footnote. Over `limit` characters it is cut at a word
    (`textcut.shorten`)."""
    footnotes = body_html.rfind('<div class="footnote">')
    lead = body_html if footnotes == -1 else body_html[:footnotes]
    paragraphs: list[tuple[str, str]] = []  # (the first two with any text: the rest was read for nothing, ~0.1 ms an
    for found in _PARAGRAPH.finditer(lead):  # article, 1 s of a 10,000-article cold build: py-spy, 2026-12-06)
        paragraph = _FOOTNOTE_REF.sub("", found.group(1))
        if plain := plain_text(paragraph):
            if editor_aside(plain) is not None:
                continue  # (an editor's word to the reader, "[Editor: …]", is no summary: editorasides.py, FX42)
            paragraphs.append((paragraph, plain))
            if len(paragraphs) == 2:
                break
    if len(paragraphs) > 1 and italic_byline(paragraphs[0][0]):
        paragraphs = paragraphs[1:]  # (a line in italics about the writer: plaintext.italic_byline, 2026-12-05)
    text = paragraphs[0][1] if paragraphs else None
    if text is None:
        text = plain_text(_FOOTNOTE_REF.sub("", lead))
    return shorten(without_dateline(text), limit)  # (a wire dateline is no summary's: load/datelines.py, T13)


def _slug_line(fields: Fields) -> int:
    return fields.line("slug") if "slug" in fields.data else 1


def _slug(fields: Fields, stem: str) -> str:
    bundle = _bundle_folder(fields.path, stem)
    if bundle is not None and "slug" not in fields.data:
        fields.problems.append(error(fields.path, 1, _bundle_message(fields.path, bundle)))
        if SLUG.match(bundle) and len(bundle) <= MAX_SLUG:
            return bundle  # as meant: no second error for each other bundle's "index", no cascade from notes
    slug = fields.text("slug", default=stem)
    if not SLUG.match(slug):
        where = "slug" if "slug" in fields.data else None
        message = (f'slug "{slug}" must match [a-z0-9][a-z0-9-]* (lowercase letters, digits, hyphens); '
                   + ("fix the `slug:` value" if where else "rename the file or set `slug:`")
                   + " — nothing is renamed for you, because URLs are promises")
        fields.problems.append(error(fields.path, _slug_line(fields), message))
    elif len(slug) > MAX_SLUG:  # only a `slug:` value can be: a file name is no longer
        fields.problems.append(error(fields.path, _slug_line(fields), too_long("slug", slug) + "; shorten it"))
    return slug


def _via(f: Fields) -> str:
    """`via:`: the one outlet whose reporting the article re-tells. A list (`via: [The Verge, Reuters]`)
    is an error that says to write the first and credit the others in the text (docs/stories.md)."""
    value = f.data.get("via")
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        rest = (f' and credit the other{"s" if len(value) > 2 else ""} in the text, as in "told {value[-1].strip()}"'
                if len(value) > 1 else ", without the brackets")
        f.report("via", f'"via" names the one outlet whose reporting this article re-tells, got a list '
                        f'({", ".join(v.strip() for v in value)}): write `via: {value[0].strip()}`{rest}')
        return ""
    return f.text("via", shown=True)


def _bundle_folder(path: str, stem: str) -> str | None:
    """The folder of `content/<kind>/…/<folder>/index.md` (Hugo's page bundle), else None."""
    parts = path.split("/")
    return parts[-2] if stem == "index" and len(parts) > 3 else None


def _bundle_message(path: str, folder: str) -> str:
    """A page bundle's `index.md` takes its slug from its file name (SPEC.md), so each one would be
    published at `…/index/` and every second one collide with the first: a trial moving Hugo page
    bundles (`content/articles/geneva-talks/index.md` + `photo.jpg`) published the first at
    articles/index/ without a word."""
    parent = path.rsplit("/", 2)[0]
    where = ", so it would be published at articles/index/" if path.startswith("content/articles/") else ""
    return (f"a page bundle (a folder with index.md, as in Hugo) is not read as one here: the slug is the file "
            f'name, "index", not the folder\'s{where}; rename the file to {parent}/{folder}.md (or set '
            f"`slug: {folder}`), and put its images in static/ (a file of static/ is at the site's root)")


def _title(fields: Fields) -> str:
    """The required `title:`, with warnings when it holds markup a title shows as written or no letter or
    digit (titlemarks.title_warnings)."""
    title = fields.text("title", required=True)
    for message in title_warnings(title):
        fields.problems.append(warning(fields.path, fields.line("title"), message))
    return title


def _topic_ids(fields: Fields, key: str, known: frozenset[str]) -> tuple[str, ...]:
    ids = fields.text_list(key)
    for topic in ids:
        if topic not in known:
            fields.problems.append(error(fields.path, fields.item_line(key, topic),
                                         unknown_topic(topic, known) + listlike.hint(key, topic)))
    return tuple(t for t in ids if t in known)


def make_article(parsed: ParsedFile, display: str, stem: str, revision: str,
                 config: Config) -> tuple[Article | None, list[Diagnostic]]:
    problems = [Diagnostic(display, *problem) for problem in parsed.problems]
    if parsed.front is None:
        return None, problems
    f = Fields(parsed.front, display, problems)
    f.reject_unknown(ARTICLE_KEYS, ARTICLE_MEANT, ARTICLE_STANDS_FOR)
    if (drafts := jekyll_draft(display, "draft" in parsed.front)) is not None:
        problems.append(error(display, parsed.front.line, drafts))
    f.missing_hints["published"] = dated_name(stem, "published", "articles", "slug" in parsed.front)
    slug = _slug(f, stem)
    title = _title(f)
    source = f.text("source", required=True)
    for key, what in (("source", "the outlet's name"), ("via", "the outlet it credits"), ("author", "an author's name")):
        warn_of_marks(f, key, what)
    # (a `source:` no `sources:` name: resolved, or warned of if close to one, by analyse.viaoutlets.resolved_outlets)
    if isinstance(parsed.front.get("published"), bool):  # Jekyll's `published: false` hides a post
        f.report("published", f'"published" is the article\'s date (published: 2023-04-28), got '
                              f'{f.shown("published")}; to leave an article out of the build, write `draft: true`')
        published, has_time = None, False
    else:
        published, has_time = f.moment("published", config.tz, required=True)
    url = f.text("url")
    if url and not re.match(r"^https?://[^\s/]+", url, re.I):
        own = ("; in Hugo and Pelican `url:` is the page's own address, which briefgen makes from the file name "
               "(or `slug:`): remove it, or write the original report's address here") if url.startswith("/") else ""
        f.report("url", f'"url" must be an absolute http(s) link to the original, got "{url}"{written_fix(url)}{own}')
        url = ""
    elif url and credentials(url) is not None:
        problems.append(warning(display, f.line("url"), credentials_message(url)))
        url = credentials(url)[1]
    url = link_address(url, f, '"url" must be an absolute http(s) link to the original')
    topics = _topic_ids(f, "topics", config.topic_ids) if "topics" in parsed.front else None
    story = story_id(f)
    language = _language(f, config)
    article = Article(
        slug=slug, path=display, title=title, source=source,
        published=published or dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc), has_time=has_time,
        url=url, via=_via(f), authors=f.text_list("author", list_like="names", any_case=True), topics=topics,
        tags=f.text_list("tags", list_like="items", any_case=True), ai_assisted=f.flag("ai_assisted"), draft=f.flag("draft"),
        story=story, guid=f.text("guid"), date_inferred=f.flag("date_inferred"),
        summary=summarise(parsed.body_html), revision=revision, also_in=f.text_list("also_in"),
        published_line=f.line("published"), via_line=f.line("via"), source_line=f.line("source"),
        links=parsed.links, language=language, ids=parsed.ids,
        slug_line=_slug_line(f), written_offset=written_offset(
            parsed.front.get("published"), f.data.raw.get("published")) if published and has_time else None)
    return article, problems  # kept even when invalid, so notes that cite it do not cascade errors


def _language(f: Fields, config: Config) -> str:
    """An article's or a note's `language:`, a BCP 47 tag as HTML's `lang` takes it ("fr_FR" is "fr-FR"), or "" when
    it is the briefing's (config.yaml's `language:`, in any case) or not given. A trial of a French
    briefing with Japanese and Arabic outlets: their headlines were marked lang="fr" on every page, so
    screen readers read them with a French voice (WCAG 2.1 SC 3.1.2), with no way to say otherwise."""
    written = f.text("language")
    if not written:
        return ""
    tag = language_tag(written)
    if not tag:
        f.report("language", f'"language" must be a language tag like ja, ar or pt-BR (BCP 47), got "{written}"; '
                             f"leave it out for the briefing's own language ({config.language})")
        return ""
    return "" if tag.lower() == config.language.lower() else tag


def make_note(parsed: ParsedFile, display: str, stem: str, revision: str,
              config: Config) -> tuple[Note | None, list[Diagnostic]]:
    problems = [Diagnostic(display, *problem) for problem in parsed.problems]
    if parsed.front is None:
        return None, problems
    f = Fields(parsed.front, display, problems)
    f.reject_unknown(NOTE_KEYS, NOTE_MEANT, NOTE_STANDS_FOR)
    if (drafts := jekyll_draft(display, "draft" in parsed.front)) is not None:
        problems.append(error(display, parsed.front.line, drafts))
    f.missing_hints["date"] = dated_name(stem, "date", "notes", "slug" in parsed.front)
    slug = _slug(f, stem)
    title = _title(f)
    warn_of_marks(f, "author", "an author's name")
    date, has_time = f.moment("date", config.tz, required=True)
    kind = f.text("kind", default="context")
    if kind not in NOTE_KINDS:
        f.report("kind", f'"kind" must be one of {", ".join(NOTE_KINDS)}, got "{kind}"'
                         f"{did_you_mean(kind, NOTE_KINDS)}")
    topics = _topic_ids(f, "topics", config.topic_ids)
    cited = f.text_list("articles")
    note = Note(
        slug=slug, path=display, title=title,
        date=date or dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc), has_time=has_time,
        topics=topics, articles=cited,
        articles_line=f.line("articles"), kind=kind, authors=f.text_list("author", list_like="names", any_case=True),
        pinned=f.flag("pinned"), draft=f.flag("draft"), body_html=parsed.body_html, date_line=f.line("date"),
        article_lines=tuple(f.item_line("articles", slug) for slug in cited), links=parsed.links,
        language=_language(f, config), slug_line=_slug_line(f), ids=parsed.ids)
    return note, problems


def document_settings(config: Config) -> tuple[str, ...]:
    """Every part of the config that `make_document` reads, as strings: the timezone (dates), the
    topic ids, the outlet names (`source:` typos) and the briefing's language (an article's
    `language:` equal to it is left out; messages name it). A document is validated again when
    they change (speed/stages keys its memo by them): a part read but left out here kept, e.g.,
    `lang="fr"` on a French briefing's feeds after `language: fr` was set, until the article changed.
    tests/load/test_document_settings.py checks that this module reads no other part of the config."""
    return (config.timezone, ",".join(sorted(config.topic_ids)), *sorted(s.name for s in config.sources),
            f"language: {config.language}")


def make_document(parsed: ParsedFile, file: SourceFile,
                  config: Config) -> tuple[Article | Note | None, tuple[Diagnostic, ...]]:
    """A content file's typed value (an article under content/articles/, else a note) and its problems."""
    make = make_article if file.path.startswith("content/articles/") else make_note
    value, problems = make(parsed, file.path, file.stem, file.revision, config)
    return value, tuple(problems)
