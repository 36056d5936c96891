"""While `serve`'s first build runs: an article's page made from its file alone, marked provisional.

Without a cache, the first build of a large archive takes a while (29 s at 10,000
articles: docs/serve.md), and every page of the site depends on the whole archive
(topics, stories, people, editions). What an editor opening the preview wants first is
usually the article being worked on — and that page can be made at once from the
article's file alone: this module runs the build's own stages (`build.gather`,
`build.plan`, `render.html.render_page`, with the project's templates, plugins and
config) over a site of that one article, and marks the page it gets as provisional:

- `article(slug)`: the page of `articles/<slug>/`, made from the one content file whose
  name is `<slug>.md` (or, among the recently changed ones, whose `slug:` is it), with a
  note at its top saying what it lacks — its story, the other reports, notes and people as
  the whole archive shows them — and a `<meta http-equiv="refresh">`, so the tab turns into
  the site's own page once the build is done. Links to other pages lead to the waiting page.
  Where the build will stop on an error in what the page is made from (the file, a second
  file claiming the slug, config.yaml, a plugin), `Held` with the errors instead: a page
  made anyway showed a date it could not read as 1 January 1970, a body over the limit as none.
- `recent()`: the articles whose files changed last (by mtime), titles and addresses, which
  the waiting page lists (`preview.waiting.waiting_page`).
- `static(path)`: a file of `static/` or of the theme, byte for byte (the build copies
  them as they are), so the provisional page has its stylesheet.

Nothing here is older than the content: each answer reads the files as they are at the
request. Nothing is written (the build's caches are read, never saved) and nothing is
forked (the stages run with one job). Everything runs in `WaitingPage`'s child process;
a failure of any kind gives None, and the child answers with the waiting page instead.
"""
from __future__ import annotations

import heapq
import html
import os
import re
import stat
import time
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.paths import project_root
from briefgen.speed.memo import Memo

if TYPE_CHECKING:
    from briefgen.build import Inputs, Plan
    from briefgen.diagnostics import Diagnostic
    from briefgen.load.files import SourceFile
    from briefgen.speed.files import FileIndex

RECENT = 8  # articles listed on the waiting page
RECENT_SECONDS = 5.0  # how long the list is reused before the content is looked at again
REFRESH_SECONDS = 3  # a provisional page reloads this often, until the site's own page replaces it
MAX_STATIC = 8 << 20  # bytes: a larger static file waits for the build
MARK_SCAN = 256 << 10  # characters of a page looked through for its head's end and body's start
MAX_PROBLEMS = 10  # of an article's errors shown on the waiting page
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


# What the build's planning and rendering import where first needed (build.plan, publish): `prepare`.
_STAGES = ("briefgen.build", "briefgen.publish", "briefgen.analyse.compare", "briefgen.analyse.people",
           "briefgen.analyse.stories", "briefgen.analyse.topics", "briefgen.analyse.viaoutlets",
           "briefgen.load.content", "briefgen.load.futuredates", "briefgen.load.markup", "briefgen.output.guards",
           "briefgen.render.environment", "briefgen.render.html", "briefgen.render.machine", "briefgen.site.assemble",
           "briefgen.site.pages", "briefgen.site.sitelinks", "briefgen.site.stories", "briefgen.speed.stages",
           "briefgen.speed.storyarchive")


def prepare() -> None:
    """Import the build's stages now, before `serve` forks the waiting page's child: both processes
    then have them (the build imports them anyway), and the child's first pages are not held up by
    the imports (0.25 s of CPU, measured) while the build keeps both cores busy."""
    import importlib

    for name in _STAGES:
        importlib.import_module(name)


@dataclass(frozen=True, slots=True)
class Recent:
    """An article whose file changed recently: where its page will be, and its title."""

    href: str  # relative to the site's base path: "articles/<slug>/"
    title: str
    source: str  # the outlet: re-tellings of one report often share its headline


@dataclass(frozen=True, slots=True)
class Held:
    """Why an article's page is not made provisionally: the errors the build will stop on, found in
    what making it read (its file, a second file claiming its slug, config.yaml, a plugin), each
    one line `path:line: what is wrong and how to fix it` as the build prints it."""

    problems: tuple[str, ...]


class Provisional:
    """Provisional pages of the project of `config_path` (module docstring). Not thread-safe;
    used by one process (the waiting page's child). No method raises for anything in the
    project or the machine: a problem gives None (or no recent articles)."""

    def __init__(self, config_path: Path, drafts: bool = False) -> None:
        self._config_path = config_path
        self._drafts = drafts
        # (made, list, slug → paths of the recent files giving that slug: two are a clash the build stops on)
        self._recent: tuple[float, tuple[Recent, ...], dict[str, frozenset[str]]] | None = None
        self._listed: tuple[float, Inputs | None] | None = None  # (made, inputs): reused RECENT_SECONDS
        # Parses and template checks, by what they read: one memo for the recent list, one for article
        # pages, each pruned after use to what its last plan read (a reloading tab's page stays warm;
        # asking for page after page, or saving edit after edit, does not make it grow).
        self._memos: dict[str, Memo] = {}
        self._index: FileIndex | None = None  # read only (the build owns it); its walks of content/ reused

    def base_path(self) -> str | None:
        """The URL path the site will be served under ("/briefing/"); None without a usable config.
        From config.yaml alone: the whole listing (`_listing`) walks `content/`, and the first waiting
        page of a 100,000-article archive waited ~0.6 s for that walk (benchmarks/serve_start.py)."""
        from briefgen.load.config import load_config

        config, _ = load_config(self._config_path, self._config_path.name)
        return None if config is None else config.base_path

    def config_errors(self) -> tuple[str, ...]:
        """config.yaml's errors (`path:line: message`) when it gives no config at all (YAML that does
        not parse, no mapping, a file that cannot be read): the build stops on them before anything
        else, so every page waits on them; () when it gives one (its errors held per article)."""
        from briefgen.load.config import load_config

        config, problems = load_config(self._config_path, self._config_path.name)
        return () if config is not None else _errors(problems)

    def recent(self, make: bool = True) -> tuple[Recent, ...]:
        """Up to RECENT published articles, the most recently changed file first; with `make` false,
        only a list made before (`()` before the first), made again when older than RECENT_SECONDS."""
        now = time.monotonic()
        if self._recent is None and not make:
            return ()
        if self._recent is None or now - self._recent[0] > RECENT_SECONDS:
            self._recent = (now, *self._make_recent())
        return self._recent[1]

    def article(self, slug: str, status: str = "") -> bytes | Held | None:
        """The provisional page of `articles/<slug>/`, with `status` (the build's progress) in its
        note; `Held` when the build will stop on an error in what it is made from (its file, a second
        file claiming the slug); None when no content file makes that page, or it cannot be made.

        The files claiming the slug: those named `<slug>.md`, and the recent ones (`recent`) whose
        `slug:` is it. With two or more, the build's own duplicate check runs over them together."""
        if not _SLUG.fullmatch(slug):
            return None
        found = self._inputs()
        if found is None:
            return None
        inputs, index, gathered = found
        claims = self._recent[2].get(slug, frozenset()) if self._recent is not None else frozenset()
        chosen = [f for f in inputs.articles if f.stem == slug or f.path in claims]
        if not chosen:
            return None
        memo = self._memory("article")
        try:
            planned, problems = _plan(inputs, index, chosen, memo)
            errors = _errors(gathered + _at(problems, chosen))
            if not errors and planned is not None and len(chosen) > 1:  # one gives the slug: its page, made from it alone
                mine = [e.article.path for e in planned.site.entries if e.article.slug == slug]
                chosen = [f for f in chosen if f.path in mine]
                planned, problems = _plan(inputs, index, chosen, memo) if len(chosen) == 1 else (None, [])
                errors = _errors(_at(problems, chosen))
        finally:
            memo.prune()
        if errors:
            return Held(errors)
        path = f"articles/{slug}/index.html"
        page = None if planned is None else next((p for p in planned.pages if p.path == path), None)
        if page is None:
            return None
        from briefgen.render.environment import make_environment
        from briefgen.render.html import render_page

        plugins = inputs.plugins
        environment = make_environment(inputs.root / "templates", None, plugins.templates, plugins.filters,
                                       plugins.globals, inputs.confine.allows, inputs.config.language,
                                       inputs.template_sources)
        data = render_page(environment, page, planned.site)
        return _marked(data, status) if isinstance(data, bytes) else None  # (else a template failed: the build says)

    def static(self, path: str) -> bytes | None:
        """The bytes of the static file the site will have at `path` ("style.css"), if small enough.
        Opened without blocking and checked on what was opened: the file may have been replaced
        since it was listed, by a pipe (whose read would block the child for good) or a folder."""
        inputs = self._listing()  # (where each file is may be seconds old; its bytes are read now)
        source = None if inputs is None else inputs.static.get(path)
        if source is None:
            return None
        try:
            fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        try:
            found = os.fstat(fd)
            if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_STATIC:
                return None
            with os.fdopen(fd, "rb") as handle:
                fd = -1  # closed by the handle
                data = handle.read(MAX_STATIC + 1)
            return data if len(data) <= MAX_STATIC else None
        except OSError:
            return None
        finally:
            if fd >= 0:
                os.close(fd)

    def _memory(self, purpose: str) -> Memo:
        return self._memos.setdefault(purpose, Memo())

    def _listing(self) -> Inputs | None:
        """The inputs as listed at most RECENT_SECONDS ago: for where things are, never for what they say."""
        now = time.monotonic()
        if self._listed is None or now - self._listed[0] > RECENT_SECONDS:
            found = self._inputs()
            self._listed = (now, None if found is None else found[0])
        return self._listed[1]

    def _inputs(self) -> tuple[Inputs, FileIndex, list[Diagnostic]] | None:
        from briefgen.build import BuildOptions, gather
        from briefgen.speed.cache import CACHE_DIR
        from briefgen.speed.files import FileIndex

        root = project_root(self._config_path)
        if self._index is None:  # (a walk is reused while no folder of content/ changed: speed/files.py)
            self._index = FileIndex(root / CACHE_DIR / FileIndex.NAME, save=False, reuse=True)
        index = self._index
        inputs, problems = gather(self._config_path, BuildOptions(drafts=self._drafts), index.discover)
        return None if inputs is None else (inputs, index, problems)

    def _make_recent(self) -> tuple[tuple[Recent, ...], dict[str, frozenset[str]]]:
        found = self._inputs()
        if found is None:
            return (), {}
        inputs, index, _ = found
        # The RECENT newest by mtime, ties in path order. Strings, not a Path per file, and no sort of
        # the whole list: 1.5 and 0.3 of 4.9 s of CPU at 100,000 articles (cProfile).
        base, files = f"{inputs.root}{os.sep}", sorted(inputs.articles)  # (path first: unique)
        mtimes: list[int] = []
        for file in files:
            try:
                mtimes.append(os.stat(base + file.path).st_mtime_ns)
            except OSError:
                mtimes.append(-1)  # (gone since it was listed: last, and left out below)
        newest = heapq.nlargest(RECENT, range(len(files)), key=mtimes.__getitem__)  # (stable: ties by path)
        chosen = [files[n] for n in newest if mtimes[n] >= 0]
        memo = self._memory("recent")
        planned = _plan(inputs, index, chosen, memo)[0] if chosen else None
        memo.prune()
        if planned is None:
            return (), {}
        order = {file.path: n for n, file in enumerate(chosen)}
        entries = sorted(planned.site.entries, key=lambda e: order.get(e.article.path, len(order)))
        claims = {e.article.slug: {e.article.path} for e in entries}
        listed = set().union(*claims.values())
        for file in chosen:  # left out of the list: a draft, a file with errors, or a second claim to a slug
            if file.path not in listed:  # (a memo of its own: the list's stays what the list read)
                alone = _plan(inputs, index, [file], Memo())[0]
                for entry in () if alone is None else alone.site.entries:
                    claims.setdefault(entry.article.slug, set()).add(file.path)
        return (tuple(Recent(e.url, e.article.title, e.article.source) for e in entries),
                {slug: frozenset(paths) for slug, paths in claims.items()})


def _plan(inputs: Inputs, index: FileIndex, files: list[SourceFile], memo: Memo) -> tuple[Plan | None, list[Diagnostic]]:
    """The build's plan of a site of `files` alone (no notes), with no cache saved and no worker forked,
    and what it found wrong; `memo` is kept in memory only (what it holds is keyed by what it was made
    from, as in a build)."""
    from briefgen.build import plan
    from briefgen.speed.cache import BuildCache

    cache = BuildCache(inputs.root, inputs.output, memo, index, read_only=True)
    hashed, problems = index.revisions(inputs.root, files, inputs.confine)
    if not hashed:
        return None, problems
    planned, found = plan(replace(inputs, articles=tuple(hashed), notes=()), cache, 1)
    return planned, problems + found


def _at(problems: list[Diagnostic], files: list[SourceFile]) -> list[Diagnostic]:
    """The problems found in `files` themselves: what else a site of a few articles runs into (a
    plugin's page family that wants more articles) is not necessarily the whole site's problem."""
    paths = {f.path for f in files}
    return [d for d in problems if d.path in paths]


def _errors(problems: list[Diagnostic]) -> tuple[str, ...]:
    """The errors among `problems` (warnings do not stop a build), as printed, MAX_PROBLEMS at most."""
    return tuple(str(d) for d in problems if d.severity == "error")[:MAX_PROBLEMS]


class _Places(HTMLParser):
    """Where a page's head ends and its body starts, as a browser parses it: a `</head>` or `<body>`
    in a comment, a script or a style is none (the offsets are of the page decoded as UTF-8)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.head_end: tuple[int, int] | None = None  # (line, column) of `</head>`
        self.body_start: tuple[int, int] | None = None  # (line, column) just after `<body …>`

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self.body_start is None:
            line, column = self.getpos()
            text = self.get_starttag_text() or ""
            self.body_start = (line, column + len(text))

    def handle_endtag(self, tag: str) -> None:
        if tag == "head" and self.head_end is None:
            self.head_end = self.getpos()


def _offset(text: str, place: tuple[int, int]) -> int:
    line, column = place
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + column


def _marked(page: bytes, status: str) -> bytes:
    """`page` with a note at the top of its body saying it is provisional, and reloading itself
    (a `<meta http-equiv="refresh">` in its head; the HTTP answer also carries `Refresh`, so the
    tab turns into the site's page also where the template leaves `</head>` out)."""
    note = ('<p role="status" style="margin:0;padding:.6em 1em;background:#fff3c4;color:#222;'
            'border-bottom:1px solid #c9a400;font:1rem/1.4 system-ui,sans-serif">'
            "<strong>Provisional preview.</strong> briefgen is building the site for the first time; this is "
            "the article made from its file alone, without the story, other reports, notes and people the "
            "whole archive gives it. It turns into the site's page once the build is done"
            + (f" ({html.escape(status)})" if status else "") + ".</p>")
    refresh = f'<meta http-equiv="refresh" content="{REFRESH_SECONDS}">'
    text = page.decode("utf-8", "replace")
    places = _Places()
    try:  # up to the body's start only (3 s of CPU for a whole page at the body's limit, measured)
        for start in range(0, min(len(text), MARK_SCAN), 8192):
            places.feed(text[start:start + 8192])
            if places.body_start is not None:
                break
    except Exception:  # (html.parser gives up on little; a page it cannot read is marked at its start)
        pass
    body = None if places.body_start is None else _offset(text, places.body_start)
    head = None if places.head_end is None else _offset(text, places.head_end)
    inserts = [(at, what) for at, what in ((body, note), (head, refresh)) if at is not None]
    for at, what in sorted(inserts, key=lambda pair: pair[0], reverse=True):  # (the later first: offsets hold)
        text = text[:at] + what + text[at:]
    if body is None:
        text = note + text  # (no <body> tag: the note still shows first)
    return text.encode()
