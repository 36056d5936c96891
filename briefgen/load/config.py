"""The config schema: `config.yaml` text in, a typed `Config` (or diagnostics) out.

Every key knows its type and default; unknown keys are errors with a "did you mean"
hint, and all problems are reported in one run (MkDocs stops at the first).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from briefgen.diagnostics import Diagnostic, did_you_mean, error, warning
from briefgen.load.feedconfig import FeedSpec, ImportSettings, parse_feeds, parse_import
from briefgen.load.markdownconfig import MarkdownConfig, parse_markdown, parse_plugins
from briefgen.load.fields import Fields
from briefgen.load.baseurl import base_url_problem, canonical_origin
from briefgen.load.confinement import PUBLISHED_DOTFILES
from briefgen.load.foreignkeys import CONFIG_MEANT
from briefgen.load.htmlattrs import language_tag, link_address
from briefgen.load.text import read_text
from briefgen.load.titlemarks import warn_of_marks
from briefgen.load.webaddresses import credentials, credentials_message, written_fix
from briefgen.load.yamltext import LineMap, load_mapping
from briefgen.site.urls import MAX_SLUG, TOPIC_ID, ascii_url, slugify, too_long

EDITIONS = ("daily", "weekly", "monthly")
FALLBACK_BASE_URL = "http://localhost:8000/"  # for feeds and sitemap when base_url is not set
# people[n].kind: "other" is a name that is neither (a place, a ship, a product), never listed on People pages
PERSON_KINDS = ("person", "organisation", "other")
TOP_KEYS = ("title", "base_url", "language", "timezone", "edition", "topics", "sources",
            "people", "stories", "feeds", "import", "markdown", "plugins", "allow_symlinks_to", "listings",
            "static_include")
__all__ = ["Config", "FeedSpec", "ImportSettings", "MarkdownConfig", "Person", "Source", "Topic", "load_config",
           "parse_config"]


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    description: str
    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    url: str
    note: str


@dataclass(frozen=True, slots=True)
class Person:
    """A `people:` entry: the canonical name, other spellings, and the kind the editor gave
    (`PERSON_KINDS`; "" = read from the text, analyse/nameruns)."""

    name: str
    aliases: tuple[str, ...]
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Listings:
    """`listings:` — how long pages and feeds get (README: Listings)."""

    page_size: int = 30  # stories (or articles, editions, people) per listing page
    feed_items: int = 50  # items (articles and editor notes) in each topic feed
    digest_editions: int = 20  # editions in the digest feed
    edition_size: int = 100  # stories per page of one edition (a larger edition continues on page/2/ …)


@dataclass(frozen=True, slots=True)
class Config:
    title: str
    base_url: str  # absolute, ends with "/"; "" when not configured
    language: str
    timezone: str
    edition: str
    topics: tuple[Topic, ...]
    sources: tuple[Source, ...]
    people: tuple[Person, ...]
    story_threshold: float
    feeds: tuple[FeedSpec, ...]
    imports: ImportSettings = ImportSettings()  # `import:` settings of `briefgen fetch` (load/feedconfig.py)
    markdown: MarkdownConfig = MarkdownConfig()  # `markdown:` (load/markdownconfig.py)
    plugins: tuple[tuple[str, int], ...] = ()  # (project file or module name, line in config.yaml)
    allow_symlinks_to: tuple[str, ...] = ()  # folders outside the project that symlinks may point into
    listings: Listings = Listings()
    story_window: float = 14.0  # days: articles further apart are never one story (docs/stories.md)
    story_suggest: float = 0.1  # width of the band below the threshold whose merges are suggested
    base_url_invalid: bool = False  # base_url is in the file but unusable (reported; base_url is "")
    static_include: tuple[str, ...] = ()  # patterns of static/ files systems and editors leave, to publish (litter.py)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def topic_ids(self) -> frozenset[str]:
        return frozenset(t.id for t in self.topics)

    @property
    def base_path(self) -> str:
        """The URL path the site is published under, as a URI path: "/briefing/"; "/my%20brief/" for a
        base_url written "https://example.org/my brief/", "/%D0%B1%D1%80/" for ".../бр/". It is written
        into pages (404.html's links, which a server shows at any address) and printed by `serve` as
        the address to open, where a space is not allowed (RFC 3986; the Nu Html Checker's "Illegal
        character in path segment") and ends the address a terminal lets one click; the preview
        server decodes it as it decodes requests."""
        return urlsplit(ascii_url(self.base_url)).path or "/" if self.base_url else "/"


def load_config(path: Path, display: str = "config.yaml") -> tuple[Config | None, list[Diagnostic]]:
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    data, problems = load_mapping(text, display)
    if data is None:
        return None, problems
    # Even with errors the config is returned (bad values replaced by defaults), so that
    # content problems are reported in the same run.
    return parse_config(data, display, problems), problems


def parse_config(data: LineMap, path: str, problems: list[Diagnostic]) -> Config:
    fields = Fields(data, path, problems)
    fields.reject_unknown(TOP_KEYS, CONFIG_MEANT)
    title = fields.text("title", required=True)
    warn_of_marks(fields, "title", "the site title")
    reported = len(problems)
    base_url = normalise_base_url(fields.text("base_url"), fields, "base_url")
    base_url_invalid = len(problems) > reported  # (and so ""): not "not set", which would mislead
    # One rule for config.yaml and an article's `language:`: a locale written POSIX-style (`en_US`, as
    # Pelican's LOCALE and many CMSs write it) is the tag en-US; it was refused here and taken there.
    written_language = fields.text("language", default="en")
    language = language_tag(written_language) or ""
    if not language:
        fields.report("language", f'"language" must be a language tag like en or pt-BR, got "{written_language}"')
        language = "en"
    timezone = _timezone(fields)
    edition = fields.text("edition", default="weekly")
    if edition not in EDITIONS:
        fields.report("edition", f'"edition" must be one of {", ".join(EDITIONS)}, got "{edition}"'
                                 f"{did_you_mean(edition, EDITIONS)}")
        edition = "weekly"
    topics = _topics(fields)
    sources = _sources(fields)
    people = _people(fields)
    threshold, window, suggest = _stories(fields)
    feeds = parse_feeds(fields, {t.id for t in topics}, tuple(s.name for s in sources))
    return Config(title, base_url, language, timezone, edition, topics, sources, people,
                  threshold, feeds, parse_import(fields), parse_markdown(fields), parse_plugins(fields),
                  fields.text_list("allow_symlinks_to"), _listings(fields), window, suggest,
                  base_url_invalid, _static_include(fields))


def _static_include(fields: Fields) -> tuple[str, ...]:
    """`static_include:` — names or `fnmatch` patterns of files in static/ that systems, desktops and editors
    leave (`Thumbs.db`, `samples/*~`), to publish all the same (load/litter.py). One that names a dot-file, which
    is never published but for the web's own (load/confinement.py), is a warning and left out of the list."""
    patterns = fields.text_list("static_include")
    dotted = [p for p in patterns if any(part[:1] == "." and part not in PUBLISHED_DOTFILES for part in p.split("/"))]
    if dotted:
        fields.problems.append(warning(fields.path, fields.line("static_include"), f"static_include: {dotted[0]} names a "
                               "dot-file, and briefgen never publishes one but .htaccess, .nojekyll and .well-known/ "
                               "(.git and .env hold credentials): rename the file without its dot to publish it"))
    return tuple(p for p in patterns if p not in dotted)


STORY_THRESHOLD = 0.5  # defaults of `stories:`; docs/stories.md says how they were chosen
STORY_WINDOW_DAYS = 14.0
STORY_SUGGEST = 0.1


def _stories(fields: Fields) -> tuple[float, float, float]:
    """`stories:` — threshold (0–1), window (days, 1–60) and suggest (band below the threshold, 0–0.5)."""
    stories = fields.data.get("stories")
    if stories is None:
        return STORY_THRESHOLD, STORY_WINDOW_DAYS, STORY_SUGGEST
    if not isinstance(stories, LineMap):
        fields.report("stories", '"stories" must be a mapping like `stories: {threshold: 0.5}`')
        return STORY_THRESHOLD, STORY_WINDOW_DAYS, STORY_SUGGEST
    f = Fields(stories, fields.path, fields.problems, "stories.")
    f.reject_unknown(("threshold", "window", "suggest"))
    return (f.number("threshold", STORY_THRESHOLD, 0.0, 1.0), f.number("window", STORY_WINDOW_DAYS, 1.0, 60.0, "days"),
            f.number("suggest", STORY_SUGGEST, 0.0, 0.5))


def normalise_base_url(url: str, fields: Fields | None, key: str) -> str:
    """`https://host/path` → `https://host/path/`; reports anything that is not absolute http(s).
    Scheme and host in lower case, a default port left out (`baseurl.canonical_origin`), with a warning.

    A `user:password@` is left out, with a warning (as from an article's `url:`): base_url starts
    every link of the feeds, the sitemap, robots.txt and the pages' canonical links, so every reader
    and crawler would see it. (`--base-url` with one is refused by the CLI: `cli.cmd_build`.)"""
    if not url:
        return ""
    if credentials(url) is not None:
        if fields is not None:
            fields.problems.append(warning(fields.path, fields.line(key), credentials_message(url)))
        url = credentials(url)[1]
    problem = base_url_problem(url, key)  # (load/baseurl.py)
    if problem is not None:
        if fields is not None:
            fields.report(key, problem)
        return ""
    url, why = canonical_origin(url)  # (load/baseurl.py)
    if why is not None and fields is not None:
        fields.problems.append(warning(fields.path, fields.line(key), (
            f'"{key}" is read as {url} ({why}): every feed guid, sitemap and canonical address starts with it; '
            "write it so to silence this warning")))
    return url if url.endswith("/") else url + "/"


def _timezone(fields: Fields) -> str:
    name = fields.text("timezone", default="UTC")
    if name.lower() in ("localtime", "posixrules", "factory") or name.startswith(("posix/", "right/")):
        fields.report("timezone", f'timezone "{name}" depends on the machine; use an IANA name like Europe/Kyiv')
        return "UTC"
    try:
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError):
        zones = available_timezones()
        # Names are case-sensitive (files of the zone database): "utc" or "europe/kyiv" had no hint.
        same = sorted(z for z in zones if z.casefold() == name.casefold())
        hint = f' (did you mean "{same[0]}"?)' if same else did_you_mean(name, zones)
        fields.report("timezone", f'unknown timezone "{name}"; use an IANA name like Europe/Kyiv{hint}')
        return "UTC"


MANY_TOPICS = 100  # above this, the navigation every page carries passes ~7 KB (~70 bytes a topic, measured)


def _topics(fields: Fields) -> tuple[Topic, ...]:
    if "topics" not in fields.data:
        fields.missing("topics")
        return ()
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    for index, item in fields.mapping_list("topics"):
        f = Fields(item, fields.path, fields.problems, f"topics[{index}].")
        f.reject_unknown(("id", "title", "description", "keywords"))
        topic_id = f.text("id", required=True)
        repeated = topic_id in seen  # (reported, and left out: its pages and feed would be two more errors)
        if topic_id and not TOPIC_ID.match(topic_id):
            f.report("id", f'topic id "{topic_id}" must use only a-z, 0-9 and single hyphens, '
                           'like "ceasefire-talks"')
        elif len(topic_id) > MAX_SLUG:
            f.report("id", too_long("topic id", topic_id) + "; shorten it")
        elif topic_id in seen:
            f.report("id", f'topic id "{topic_id}" is used twice (first on line {seen[topic_id]})')
        elif topic_id:
            seen[topic_id] = f.line("id")
        warn_of_marks(f, "title", "a topic's title")
        warn_of_marks(f, "description", "a topic's description")
        topic = Topic(topic_id, f.text("title", required=True), f.text("description", multiline=True, shown=True),
                      f.text_list("keywords", list_like="items"))
        if not repeated:
            topics.append(topic)
    if not topics and "topics" in fields.data:
        fields.report("topics", '"topics" needs at least one topic with an id and a title')
    if len(topics) > MANY_TOPICS:  # (a hostile trial's 3,000 topics made a 735 MB site of 2 articles)
        fields.problems.append(warning(fields.path, fields.line("topics"), (
            f"{len(topics):,} topics: every page's navigation lists each of them, ~{len(topics) * 70 // 1000:,} KB on "
            f"every page (pages over ~300 KB are slow to open on a phone); keep the topics to the briefing's main "
            f"subjects and use `tags:` for the rest")))
    return tuple(topics)


def _sources(fields: Fields) -> tuple[Source, ...]:
    """`sources:`. Two entries whose names give one page (sources/<slug>/, `site.urls.slugify`) are an
    error at the later: a trial's outlet listed twice kept only the second entry's url and note,
    without a word, and "Example  Outlet" beside "Example Outlet" would claim the first's page."""
    sources = []
    seen: dict[str, tuple[str, int]] = {}  # slug → (name, line)
    for index, item in fields.mapping_list("sources"):
        f = Fields(item, fields.path, fields.problems, f"sources[{index}].")
        f.reject_unknown(("name", "url", "note"))
        name, url = f.text("name", required=True), f.text("url")
        if name and slugify(name) in seen:
            first, line = seen[slugify(name)]
            f.report("name", f'source "{name}" is listed twice (first on line {line}); keep one entry' if first == name
                     else f'source "{name}" and "{first}" (line {line}) would share one page, '
                          f"sources/{slugify(name)}/; keep one of the two names")
        elif name:
            seen[slugify(name)] = (name, f.line("name"))
        if url and not re.match(r"^https?://[^\s/]+", url, re.I):  # shown as the outlet's website link (source.html)
            f.report("url", f'"{f.where}url" must be an absolute http(s) address of the outlet\'s website, '
                            f'got "{url}"{written_fix(url)}')
            url = ""
        elif url and credentials(url) is not None:
            f.problems.append(warning(f.path, f.line("url"), credentials_message(url)))
            url = credentials(url)[1]
        url = link_address(url, f, f'"{f.where}url" must be an absolute http(s) address of the outlet\'s website')
        warn_of_marks(f, "name", "an outlet's name")
        warn_of_marks(f, "note", "an outlet's note")
        sources.append(Source(name, url, f.text("note", multiline=True, shown=True)))
    return tuple(sources)


def _people(fields: Fields) -> tuple[Person, ...]:
    """`people:`. A spelling (name or alias) given for two entries is an error at the later: the name
    index kept the later one alone (analyse.names._declared), so a trial's "the Minister", an alias of
    two people, credited every quote to the second without a word. A name declared twice (BR24, 2026-12-06:
    not a word) is a warning at the later, an error when the two give different kinds (one is lost, as a
    clash loses a spelling); their aliases all name the person."""
    people = []
    owner: dict[str, tuple[int, str, int]] = {}  # compared as analyse.textmatch.normalise does → (entry, person, line)
    for index, item in fields.mapping_list("people"):
        f = Fields(item, fields.path, fields.problems, f"people[{index}].")
        f.reject_unknown(("name", "aliases", "kind"))
        warn_of_marks(f, "name", "a person's name")
        person = Person(f.text("name", required=True), f.text_list("aliases", list_like="items"), _kind(f))
        for spelling in (person.name, *person.aliases) if person.name else ():
            key = " ".join(spelling.lower().replace("\u2019", "'").split())
            line = f.line("name") if spelling == person.name else f.item_line("aliases", spelling)
            entry, other, first = owner.get(key, (len(people), person.name, line))
            if other != person.name:
                f.problems.append(error(fields.path, line, f'"{spelling}" (of "{person.name}") already names '
                                                           f'"{other}" (line {first}); a spelling can name one '
                                                           "person only: keep it for one of them"))
            elif entry != len(people) and spelling == person.name:
                clash = people[entry].kind != person.kind  # (one kind would be lost: an error, as a clash is)
                f.problems.append((error if clash else warning)(
                    fields.path, line, f'"{person.name}" is declared twice in `people:` (first at line {first})'
                    + (f' with another kind ("{people[entry].kind or "read from the text"}", here "'
                       f'{person.kind or "read from the text"}")' if clash else "")
                    + "; a person is declared once: merge the two entries (their aliases, one kind) into one"))
            else:
                owner.setdefault(key, (len(people), person.name, line))
        people.append(person)
    return tuple(people)


def _kind(f: Fields) -> str:
    """`people[n].kind`: one of `PERSON_KINDS` ("organization" read as "organisation"), or ""."""
    kind = f.text("kind").strip().lower()
    kind = "organisation" if kind == "organization" else kind
    if kind and kind not in PERSON_KINDS:
        f.report("kind", f'"{f.where}kind" must be one of {", ".join(PERSON_KINDS)}, got "{kind}"'
                         f"{did_you_mean(kind, PERSON_KINDS)} (leave it out to have it read from the text)")
        return ""
    return kind


def _listings(fields: Fields) -> Listings:
    data = fields.data.get("listings")
    if data is None:
        return Listings()
    if not isinstance(data, LineMap):
        fields.report("listings", '"listings" must be a mapping like `listings: {page_size: 30}`')
        return Listings()
    f = Fields(data, fields.path, fields.problems, "listings.")
    f.reject_unknown(("page_size", "feed_items", "digest_editions", "edition_size"))
    default = Listings()
    return Listings(f.integer("page_size", default.page_size, 5, 500),
                    f.integer("feed_items", default.feed_items, 1, 1000),
                    f.integer("digest_editions", default.digest_editions, 1, 1000),
                    f.integer("edition_size", default.edition_size, 5, 1000))
