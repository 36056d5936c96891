"""The open article's page right after an edit to its body, before the rebuild re-plans the site.

`serve` shows an edit first on the page of the article edited. A rebuild renders that
page right after planning (build.EarlyPages), but planning alone is linear in the
archive: at 10,000 articles the page came 0.8 s after the save, at 100,000 about 12 s.
Most edits change an article's body and nothing else, and such an edit leaves the site
model as it was but for that article. So, before the rebuild starts, this module takes
the last good build's plan and, when each changed file is such an edit:

    read and parse the changed files (into the memo, where the rebuild finds them)
    → each the same article as before in every field but its revision and summary,
      and without diagnostics
    → its topics and the people it names (per-article analyses) as before
    → the open tabs' pages among those articles' pages: the last plan's page, with the
      new article and body in place of the old, rendered with the last build's templates

The page is then the page the rebuild will write, as every whole-site stage reads only
the articles' fields and analysis results — with one exception taken on purpose: an edit
to what story grouping reads (the title and the first 1,500 characters of the body, all of a
short article: analyse.terms) changes the article's story features, and whether that
moves it to another story is known only by regrouping the archive (~0.5 s at 10,000
articles). Almost always it does not, so the page is handed over anyway. The live
state checks after every rebuild that each page handed over early is the page written
and reloads the tab otherwise (livereload.LiveState.build_finished): a regrouped story
costs a second reload, never a stale tab (so does a change of the editor's advice, which
the early page carries from the last build). A page whose template reads the whole site
model (`briefing`, or a template named only at render time) is never rendered here; nor is
a file that is now anything but a regular file inside the project (load.files.read_source).
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen.diagnostics import Diagnostic
from briefgen.load.documents import Article
from briefgen.load.files import read_source
from briefgen.output.commit import live_bytes
from briefgen.site.model import Body
from briefgen.speed.memo import Memo, digest

if TYPE_CHECKING:
    import jinja2

    from briefgen.build import Plan


@dataclass(frozen=True, slots=True)
class Planned:
    """What the last good build planned, and the templates it rendered with."""

    plan: Plan
    environment: jinja2.Environment
    reads_site: Mapping[str, bool]  # page template → whether it reads the whole site model (`briefing`)


class OpenPages:
    """The `build.EarlyPages` of a `serve` rebuild: the open tabs' pages go to `hand_over`
    (livereload.LiveState.early_page); the plan of each build is kept for `body_edits`."""

    def __init__(self, open_pages: Callable[[], frozenset[str]], hand_over: Callable[[str, bytes], None]) -> None:
        self._open_pages = open_pages
        self._hand_over = hand_over
        self.latest: Planned | None = None  # set by every build that renders; the caller forgets failed ones

    def open_pages(self) -> frozenset[str]:
        return self._open_pages()

    def early_page(self, path: str, data: bytes) -> None:
        self._hand_over(path, data)

    def planned(self, plan: Plan, environment: jinja2.Environment, reads_site: Mapping[str, bool]) -> None:
        self.latest = Planned(plan, environment, reads_site)


def body_edits(last: Planned, changed: Collection[str], wanted: frozenset[str], memo: Memo,
               site_dir: Path) -> dict[str, bytes]:
    """Output path → bytes of the pages in `wanted` that the body edits in `changed` (project-
    relative paths of the files saved since `last` was planned) make, as the rebuild will write them.

    Empty when any changed file is anything but an article of `last` whose body alone changed
    (see the module docstring), and for pages whose bytes are those in `site_dir` already.
    Reads the changed files; raises nothing (a file that cannot be read is the rebuild's to report).
    """
    from briefgen.build import article_analyses
    from briefgen.load.markup import MarkdownRenderer
    from briefgen.render.html import render_page
    from briefgen.render.searchtext import search_analysis
    from briefgen.speed.stages import BodyStore, load_documents, parsed_from, reading, run_analyses

    plan = last.plan
    inputs = plan.inputs
    files = {f.path: f for f in inputs.articles}
    before = {a.path: a for a in plan.content.articles}
    if not changed or not wanted or any(path not in files or path not in before for path in changed):
        return {}
    renderer = MarkdownRenderer(inputs.plugins.markdown)
    edited = []
    for path in sorted(changed):
        try:  # confined, regular files only (a symlink out of the project, a FIFO): the rebuild reports them
            raw = read_source(inputs.root, path, inputs.confine)
        except OSError:
            return {}
        file = files[path]._replace(revision=digest(path, raw))
        parsed_from(memo, file, raw, renderer)  # the rebuild finds it in the memo
        edited.append(file)
    bodies = BodyStore(inputs.root, edited, memo, renderer, inputs.confine)
    loaded = load_documents(inputs.root, edited, inputs.config, memo, bodies, renderer, 1)
    swaps: dict[int, Any] = {}
    olds: list[Article] = []
    news: list[Article] = []
    for file, (new, problems) in zip(edited, loaded):
        old = before[file.path]
        if not isinstance(new, Article) or problems or replace(new, revision=old.revision, summary=old.summary) != old:
            return {}
        olds.append(old)
        news.append(new)
        swaps[id(old)] = new
    analyses = article_analyses(inputs.config, plan.text_settings)
    riders = (reading(search_analysis(inputs.config.language), plan.text_settings),)  # read now, so the rebuild need not read it again
    was = run_analyses(olds, analyses, memo, plan.site.body_html, 1, (), ("people", "stories"))
    now = run_analyses(news, analyses, memo, bodies.html, 1, riders, ("people", "stories"))
    for name in was:
        if name != "stories" and _outcomes(was[name]) != _outcomes(now[name]):
            return {}  # its topics or the people it names changed: so does its page
    bodies_now = {old.revision: Body(new.revision, bodies.html) for old, new in zip(olds, news)}
    pages: dict[str, bytes] = {}
    for page in plan.pages:
        if page.path not in wanted or last.reads_site.get(page.template, True):
            continue
        entry = page.context.get("entry")
        if id(getattr(entry, "article", None)) not in swaps:
            continue  # only an edited article's own page is certain to be otherwise unchanged
        try:
            context = _swapped(page.context, swaps, bodies_now, {})
        except (TypeError, ValueError):  # a plugin's value that cannot be rebuilt field by field
            continue
        data = render_page(last.environment, replace(page, context=context), plan.site)
        if not isinstance(data, Diagnostic) and data != live_bytes(site_dir / page.path):
            pages[page.path] = data
    return pages


def moved_pages(before: Plan, after: Plan) -> dict[str, str]:
    """Output path of each article page of `before` that `after` has not → the page in `after` of
    the same article under another file name (renamed: `mv`, an editor's rename; the same title,
    outlet, date and link, found once on each side). `serve` sends a request for the old page there
    (302), so a tab open on an article renamed follows it instead of showing the site's 404."""
    def articles(plan: Plan) -> dict[str, Any]:
        return {page.path: page.context["entry"].article for page in plan.pages
                if page.template == "article.html" and isinstance(getattr(page.context.get("entry"), "article", None),
                                                                  Article)}

    old, new = articles(before), articles(after)
    gone: dict[tuple[Any, ...], list[str]] = {}
    came: dict[tuple[Any, ...], list[str]] = {}
    for pages, other, found in ((old, new, gone), (new, old, came)):
        for path, article in pages.items():
            if path not in other:
                found.setdefault((article.title, article.source, article.published, article.url), []).append(path)
    return {paths[0]: came[key][0] for key, paths in gone.items() if len(paths) == 1 and len(came.get(key, ())) == 1}


def _outcomes(results: Mapping[str, Any]) -> dict[str, Any]:
    """An analysis's results by slug, by digest where the results keep one (speed.stages.Results)."""
    digests = getattr(results, "digests", None)
    return dict(digests) if digests is not None else dict(results)


def _swapped(value: Any, swaps: dict[int, Any], bodies: dict[str, Body], seen: dict[int, Any]) -> Any:
    """`value` with every object in `swaps` (by identity) replaced and every `Body` of an old
    revision given the new one; shared structure is kept where nothing inside changed.
    Raises TypeError or ValueError for a dataclass that `dataclasses.replace` cannot rebuild."""
    key = id(value)
    if key in swaps:
        return swaps[key]
    if key in seen:
        return seen[key]
    out = value
    if isinstance(value, Body):
        out = bodies.get(value.revision, value)
    elif isinstance(value, (tuple, list)):
        items = [_swapped(item, swaps, bodies, seen) for item in value]
        if any(a is not b for a, b in zip(items, value)):
            out = type(value)(items) if type(value) in (tuple, list) else type(value)(*items)
    elif isinstance(value, dict):
        items = {k: _swapped(v, swaps, bodies, seen) for k, v in value.items()}
        if any(items[k] is not v for k, v in value.items()):
            out = items
    elif is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in fields(value):
            if f.init:
                now = _swapped(getattr(value, f.name), swaps, bodies, seen)
                if now is not getattr(value, f.name):
                    changes[f.name] = now
        if changes:
            out = replace(value, **changes)
    seen[key] = out
    return out
