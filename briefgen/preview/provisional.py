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
- `recent()`: the articles whose files changed last (by mtime), titles and addresses, which
  the waiting page lists (`preview.startup.waiting_page`).
- `static(path)`: a file of `static/` or of the theme, byte for byte (the build copies
  them as they are), so the provisional page has its stylesheet.

Nothing here is older than the content: each answer reads the files as they are at the
request. Nothing is written (the build's caches are read, never saved) and nothing is
forked (the stages run with one job). Everything runs in `WaitingPage`'s child process;
a failure of any kind gives None, and the child answers with the waiting page instead.
"""
from __future__ import annotations

import html
import os
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.build import Inputs, Plan
    from briefgen.load.files import SourceFile
    from briefgen.speed.files import FileIndex
    from briefgen.speed.memo import Memo

RECENT = 8  # articles listed on the waiting page
RECENT_SECONDS = 5.0  # how long the list is reused before the content is looked at again
REFRESH_SECONDS = 3  # a provisional page reloads this often, until the site's own page replaces it
MAX_STATIC = 8 << 20  # bytes: a larger static file waits for the build
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_BODY_START = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)


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


class Provisional:
    """Provisional pages of the project of `config_path` (module docstring). Not thread-safe;
    used by one process (the waiting page's child). No method raises for anything in the
    project or the machine: a problem gives None (or no recent articles)."""

    def __init__(self, config_path: Path, drafts: bool = False) -> None:
        self._config_path = config_path
        self._drafts = drafts
        self._recent: tuple[float, tuple[Recent, ...], dict[str, str]] | None = None  # (made, list, slug → path)
        self._listed: tuple[float, Inputs | None] | None = None  # (made, inputs): reused RECENT_SECONDS
        self._memo: Memo | None = None  # this process's memo: parses and template checks, by what they read

    def base_path(self) -> str | None:
        """The URL path the site will be served under ("/briefing/"); None without a usable config."""
        inputs = self._listing()
        return None if inputs is None else inputs.config.base_path

    def recent(self, make: bool = True) -> tuple[Recent, ...]:
        """Up to RECENT published articles, the most recently changed file first; with `make` false,
        only a list made before (`()` before the first), made again when older than RECENT_SECONDS."""
        now = time.monotonic()
        if self._recent is None and not make:
            return ()
        if self._recent is None or now - self._recent[0] > RECENT_SECONDS:
            self._recent = (now, *self._make_recent())
        return self._recent[1]

    def article(self, slug: str, status: str = "") -> bytes | None:
        """The provisional page of `articles/<slug>/`, with `status` (the build's progress) in its
        note; None when no single content file makes that page, or it cannot be made."""
        if not _SLUG.fullmatch(slug):
            return None
        found = self._inputs()
        if found is None:
            return None
        inputs, index = found
        known = self._recent[2].get(slug) if self._recent is not None else None
        chosen = [f for f in inputs.articles if f.stem == slug] or [f for f in inputs.articles if f.path == known]
        if len(chosen) != 1:
            return None
        planned = _plan(inputs, index, chosen, self._memory())
        if planned is None:
            return None
        path = f"articles/{slug}/index.html"
        page = next((p for p in planned.pages if p.path == path), None)
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
        """The bytes of the static file the site will have at `path` ("style.css"), if small enough."""
        inputs = self._listing()  # (where each file is may be seconds old; its bytes are read now)
        source = None if inputs is None else inputs.static.get(path)
        if source is None:
            return None
        try:
            if os.stat(source).st_size > MAX_STATIC:
                return None
            return source.read_bytes()
        except OSError:
            return None

    def _memory(self) -> Memo:
        from briefgen.speed.memo import Memo

        if self._memo is None:
            self._memo = Memo()
        return self._memo

    def _listing(self) -> Inputs | None:
        """The inputs as listed at most RECENT_SECONDS ago: for where things are, never for what they say."""
        now = time.monotonic()
        if self._listed is None or now - self._listed[0] > RECENT_SECONDS:
            found = self._inputs()
            self._listed = (now, None if found is None else found[0])
        return self._listed[1]

    def _inputs(self) -> tuple[Inputs, FileIndex] | None:
        from briefgen.build import BuildOptions, gather
        from briefgen.speed.cache import CACHE_DIR
        from briefgen.speed.files import FileIndex

        root = self._config_path.parent
        index = FileIndex(root / CACHE_DIR / FileIndex.NAME, save=False)  # read only: the build owns it
        inputs, _ = gather(self._config_path, BuildOptions(drafts=self._drafts), index.discover)
        return None if inputs is None else (inputs, index)

    def _make_recent(self) -> tuple[tuple[Recent, ...], dict[str, str]]:
        found = self._inputs()
        if found is None:
            return (), {}
        inputs, index = found
        changed: list[tuple[int, SourceFile]] = []
        for file in inputs.articles:
            try:
                changed.append((os.stat(inputs.root / file.path).st_mtime_ns, file))
            except OSError:
                continue
        changed.sort(key=lambda pair: (-pair[0], pair[1].path))
        chosen = [file for _, file in changed[:RECENT]]
        planned = _plan(inputs, index, chosen, self._memory()) if chosen else None
        if planned is None:
            return (), {}
        order = {file.path: n for n, file in enumerate(chosen)}
        entries = sorted(planned.site.entries, key=lambda e: order.get(e.article.path, len(order)))
        return (tuple(Recent(e.url, e.article.title) for e in entries),
                {e.article.slug: e.article.path for e in entries})


def _plan(inputs: Inputs, index: FileIndex, files: list[SourceFile], memo: Memo) -> Plan | None:
    """The build's plan of a site of `files` alone (no notes), with no cache saved and no worker forked;
    `memo` is kept in memory only (what it holds is keyed by what it was made from, as in a build)."""
    from briefgen.build import plan
    from briefgen.speed.cache import BuildCache

    cache = BuildCache(inputs.root, inputs.output, memo, index, read_only=True)
    hashed, _ = index.revisions(inputs.root, files, inputs.confine)
    if not hashed:
        return None
    planned, _ = plan(replace(inputs, articles=tuple(hashed), notes=()), cache, 1)
    return planned


def _marked(page: bytes, status: str) -> bytes:
    """`page` with a note at the top of its body saying it is provisional, and reloading itself."""
    note = ('<p role="status" style="margin:0;padding:.6em 1em;background:#fff3c4;color:#222;'
            'border-bottom:1px solid #c9a400;font:1rem/1.4 system-ui,sans-serif">'
            "<strong>Provisional preview.</strong> briefgen is building the site for the first time; this is "
            "the article made from its file alone, without the story, other reports, notes and people the "
            "whole archive gives it. It turns into the site's page once the build is done"
            + (f" ({html.escape(status)})" if status else "") + ".</p>").encode()
    refresh = f'<meta http-equiv="refresh" content="{REFRESH_SECONDS}">'.encode()
    head = _HEAD_END.search(page)
    if head is not None:
        page = page[:head.start()] + refresh + page[head.start():]
    body = _BODY_START.search(page)
    return page[:body.end()] + note + page[body.end():] if body is not None else note + page
