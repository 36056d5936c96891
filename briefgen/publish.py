"""Render and commit: the planned site → the output folder, writing only what changed.

    fingerprint every page and feed item → meanwhile the search index's changed files
    (speed/searchstate) and the sitemap → feeds (the items whose fingerprint changed:
    speed/feeditems) → render the pages whose fingerprint changed (in worker processes when many;
    each writes its page into the staged tree itself) → keep every other file from the
    live tree → swap the staged tree in (output/commit)

A page is rendered again when its fingerprint (speed/fingerprint) differs from the last
build's or when the live output no longer holds the file exactly as written (missing,
edited by hand). When nothing differs, `output/` is not touched at all.
"""
from __future__ import annotations

import functools
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

from briefgen.diagnostics import Diagnostic, shown_path, warning
from briefgen.gone import gone_addresses
from briefgen.output.commit import (OutputTree, SourceUnreadable, Step, content_hash, live_bytes, source_stat,
                                    sweep)
from briefgen.output.record import DIGEST
from briefgen.output.strays import TreeChecks, added_by_hand, changed_by_hand, removed_by_hand, unrecorded
from briefgen.outputchecks import start_checks
from briefgen.render.environment import TemplateChanged, make_environment, template_variables
from briefgen.render.feeds import ITEM_TEMPLATES, item_inputs
from briefgen.render.html import (RenderFailed, changed_template, merge_failures, part_renderer, render_into,
                                  render_page)
from briefgen.render.machine import feed_files, index_files
from briefgen.render.searchindex import build_index, update_index
from briefgen.render.searchtext import search_analysis
from briefgen.render.templatecheck import template_problems
from briefgen.site.searchdocs import search_documents
from briefgen.speed.cache import BuildCache
from briefgen.speed.feeditems import ITEMS, FeedItems
from briefgen.speed.fingerprint import Fingerprinter
from briefgen.speed.memo import Memo, version_key
from briefgen.speed.parallel import Pending, in_background, share_work
from briefgen.speed.searchstate import index_search
from briefgen.speed.staticprints import settled, static_print
from briefgen.speed.stages import cached, reading

if TYPE_CHECKING:
    from briefgen.build import Inputs

PARALLEL_MIN_PAGES = 300
# Memo namespaces rendering may still use (speed/stages: the what-each-adds comparisons of story
# pages, and a body parsed again when the memo lost it); saved with the caches at the end.
RENDERING_MEMO = frozenset({"compare", "parse"})
PROGRESS_MIN = 200  # report rendering when at least this many pages are due


def publish(planned, cache: BuildCache, jobs: int, progress: Callable[[str], None] | None,  # type: ignore[no-untyped-def]
            on_step: Step | None, early=None, checks: Pending[TreeChecks] | None = None) -> tuple[int, list[Diagnostic]]:
    """Render what changed and commit; the number of files whose bytes changed (new, other bytes, removed) and any
    template problems.

    `early` (a build.EarlyPages) gets the pages it names rendered before anything else here. `checks`: the output
    trees' checks, started by the caller before it planned (outputchecks.py); None: started here.
    """
    inputs, site, pages = planned.inputs, planned.site, planned.pages
    plugins = inputs.plugins
    environment = functools.cache(lambda: make_environment(
        inputs.root / "templates", cache.templates, plugins.templates, plugins.filters, plugins.globals,
        inputs.confine.allows, site.config.language, inputs.template_sources))
    # Which templates read the whole site model: a function of the template set, memoised with it.
    names = sorted({p.template for p in pages} | set(ITEM_TEMPLATES))
    try:
        reads_site = cached(cache.memo, ("template-reads", inputs.templates, plugins.identity, *names),
                            lambda: {name: "briefing" in read for name, read in template_variables(environment(), names).items()})
    except TemplateChanged as exc:  # (not remembered under the identity of other bytes)
        return 0, [changed_template(exc)]
    # Feed items are kept by their inputs (speed/feeditems) unless their templates read the whole site:
    items = {} if any(reads_site[name] for name in ITEM_TEMPLATES) else item_inputs(site)
    fingerprints = Fingerprinter.over(version_key(), inputs.templates, plugins.identity, inputs.config,
                                      plugins.globals,
                                      extra=lambda page: {"briefing": site} if reads_site[page.template] else {})
    fingerprints.seed(planned.identities, planned.content)  # documents: by what they were made from
    previous = cache.read("fingerprints")
    previous = previous if isinstance(previous, dict) else {}
    # Fingerprinting every page (~0.6 s at 10,000 articles) overlaps with everything below up to
    # `page_prints()` (the templates, the output record and the search index) when a
    # second core is there to take it — on rebuilds only: a first build renders every page anyway,
    # and its forked child would copy the parent's memory as it reads it (peak memory of a cold
    # build at 10,000 articles, all processes added up: 1.05 → 1.64 GiB). (Sharing the pages between
    # the child and this process once its own work is done was tried and measured no faster, 10,000
    # articles: each process digests the objects that many pages share — entries, topics — on its own.)
    background = in_background if jobs > 1 and previous else Pending  # (Pending: done here, when asked)
    if early is not None:  # `serve`: the open tabs' pages, before ~1 s of the rest
        wanted = early.open_pages()
        for page in pages:
            if page.path in wanted:
                data = render_page(environment(), page, site)
                # A failing page is reported by the build as usual; an unchanged one needs no reload.
                if not isinstance(data, Diagnostic) and data != live_bytes(inputs.output / page.path):
                    early.early_page(page.path, data)
        early.planned(planned, environment(), reads_site)
    sweep(inputs.output, cache.output_state)  # (what interrupted builds and refused removals left)
    checks = checks or start_checks(inputs.output, cache.output_state, 1)
    page_prints = background(functools.partial(_page_prints, fingerprints, pages, items, os.getpid()))
    try:  # until the prints are in, a failure stops the child: it must not go on working for nothing
        env = environment()
        # The output record and a stat of each live file (`record.verified`: ~0.1 s of CPU at 10,000 articles, 14,215
        # files) while the prints come in, not before the child starts: the build waited for the child more often than
        # not (stage_times.py's `Pending.__call__`, 2026-12-06), and nothing above reads the tree.
        tree = OutputTree(inputs.output, cache.output_state, on_step)
        search = index_search(search_documents(site), reading(search_analysis(site.config.language), planned.text_settings),
                              build_index, update_index, cache.memo, cache.output_state, jobs, content_hash)
        # What the memo learnt is settled but for rendering's own parts: saved while the prints come in
        # (~0.15 s of a one-edit rebuild at 10,000 articles, in its last step until then).
        cache.save_settled(RENDERING_MEMO)
        # (they need no prints: made while they come in; HTML files of static/ are pages of the site too)
        files = index_files(site, [p.path for p in pages if not _elsewhere(p)]  # (no redirect, no duplicate)
                            + [path for path in inputs.static if path.endswith(".html")])
        tree.take_checks(checks())  # (both trees', checked while this process planned: outputchecks.py)
        prints, item_prints = page_prints()
    except BaseException:
        page_prints.abandon()
        checks.abandon()
        raise
    kept_items = FeedItems(item_prints, cache.read(ITEMS) if previous else None)
    try:
        files.update(feed_files(site, part_renderer(env, site), inputs.build_time, kept_items.reuse))
    except RenderFailed as exc:
        return 0, [exc.diagnostic]
    if kept_items.changed:
        cache.write(ITEMS, kept_items.kept)
    now = time.time_ns()
    prints.update({path: f"{source}:{_static_print(Path(source), now)}" for path, source in inputs.static.items()})
    due = [page for page in pages if previous.get(page.path) != prints[page.path] or page.path not in tree.live]
    changed_files = {path: data for path, data in files.items()
                     if path not in tree.live or tree.live[path][DIGEST] != content_hash(data)}
    changed_files.update((path, search.read(path)) for path, digest in search.digests.items()
                         if path not in tree.live or tree.live[path][DIGEST] != digest)
    static_due = [path for path in inputs.static
                  if (previous.get(path) != prints[path] and not _settled(previous.get(path), prints[path],
                                                                             Path(inputs.static[path])))
                  or path not in tree.live]
    paths = {p.path for p in pages} | set(files) | set(search.digests) | set(inputs.static)
    # (against every file the last build wrote, not only those still intact: a file edited or touched by hand whose
    # source was deleted in the same step stayed published, "nothing changed": a tester, 2026-12-05)
    if not due and not changed_files and not static_due and paths == set(tree.published):
        cache.write("fingerprints", prints)
        _saved(search.save(), cache)
        return 0, []
    if progress and len(due) >= PROGRESS_MIN:
        progress(f"Rendering {len(due)} of {len(pages)} pages ({jobs} process{'es' if jobs > 1 else ''}) ...")
    before = dict(tree.live)  # the last build's files (when recorded and intact), with their digests
    tree_published = tree.published  # (all it wrote; the commit makes `published` the new site's)
    for attempt in range(2):  # (a second time only with a fresh spare: `OutputTree.distrust_spare`)
        staging = tree.stage()
        try:
            # (what the workers' memos learnt, story pages' comparisons mostly, comes back with the pages: Memo.recording)
            results = cache.memo.learn(share_work(len(due), jobs if len(due) >= PARALLEL_MIN_PAGES else 1,
                                                  cache.memo.recording(lambda i: render_into(env, due[i], site,
                                                                                             staging.write))))
            problems = merge_failures(list(dict.fromkeys(r for r in results if isinstance(r, Diagnostic))))
            if problems:
                return 0, problems  # the live output is untouched; the spare is rebuilt next time
            changed = 0  # files whose bytes this build changes: new, or written anew with other bytes
            for page, written in zip(due, results):
                staging.written(page.path, written)
                changed += _differs(before, page.path, written)
            rendered = {page.path for page in due}
            for page in pages:
                if page.path not in rendered:
                    staging.keep(page.path)
            for path in (*files, *search.digests):
                if path in changed_files:
                    staging.written(path, staging.write(path, changed_files[path]))
                else:
                    staging.keep(path)
            for path in inputs.static:
                if path in static_due:
                    copied = staging.copy(path, Path(inputs.static[path]))
                    staging.written(path, copied)
                    changed += _differs(before, path, copied)
                else:
                    staging.keep(path)
            # With no record of the live tree (its cache gone), what it holds beyond the new site leaves unrecorded:
            # an output/CNAME added by hand went without a word (a hostile trial, 2026-12-04); named after the swap.
            left = ([] if tree.complete or not inputs.output.is_dir()
                    else unrecorded(inputs.output, dict.fromkeys(paths)))
            gone = (gone_addresses(inputs.output, inputs.root, tree.published, paths, site, inputs.published)
                    if tree.complete else [])
            tree.commit(staging, paths)
            break
        except OSError as exc:  # a full disk, permissions: the live output is untouched
            tree.discard()  # and the space the spare's new files took is the editor's again
            # A folder made read-only in output/ and swapped into the spare by the last build: the spare is
            # briefgen's own copy and starts afresh (a hostile trial, 2026-12-04: the build after next failed,
            # naming .briefgen-cache/…/spare/articles/x, a folder the editor never touched)
            if attempt or not tree.distrust_spare(exc):
                raise
    _saved(search.save(), cache)
    failure = tree.save_record()
    if failure is not None:  # (the next build rewrites every file)
        cache.unsaved(f"the record of {inputs.output.name}/", failure)
    cache.write("fingerprints", prints)
    removed = len(set(tree_published) - paths)  # (files of the last build's site this one has not: a deleted static file)
    said = [removed_by_hand(inputs.output, path, inputs.root, paths, tree.spare) for path in tree.removed]
    said += [added_by_hand(inputs.output, Path(full).relative_to(inputs.output).as_posix(), inputs.root, paths,
                           tree.spare) for full in tree.strays.added]
    said += [changed_by_hand(inputs.output, path, inputs.root, path in paths) for path in tree.strays.edited]
    said += left_unrecorded(inputs.output, [Path(path).relative_to(inputs.output).as_posix() for path in left],
                            inputs.root)
    # (what changed, not what was rewritten: a static file touched, or pages rendered again with the same bytes
    # after an unused template was added, were counted, and serve reloaded its tabs for them: a hostile re-test)
    return changed + len(changed_files) + removed, said + gone


def _settled(previous: str | None, current: str, source: Path) -> bool:
    """`staticprints.settled` over the "source:print" strings the fingerprints hold."""
    prefix = f"{source}:"
    if previous is None or not previous.startswith(prefix) or not current.startswith(prefix):
        return False
    try:
        return settled(previous[len(prefix):], current[len(prefix):], source)
    except OSError as exc:
        raise SourceUnreadable(source, exc) from exc


def _static_print(source: Path, now_ns: int) -> str:
    """`static_print` of a static file as it is now; raises SourceUnreadable (the editor's file)."""
    found = source_stat(source)
    try:
        return static_print(source, found, now_ns)
    except OSError as exc:
        raise SourceUnreadable(source, exc) from exc


def checked_templates(inputs: Inputs, memo: Memo, pages: Iterable[str]) -> list[Diagnostic]:
    """`render.templatecheck.template_problems` of the build's templates, from the page templates
    `pages` and the feed items'; called by `build.plan` (build, check, serve) before anything is
    rendered, and memoised with the template set."""
    plugins, names = inputs.plugins, sorted(set(pages) | set(ITEM_TEMPLATES))
    try:
        return cached(memo, ("template-check", inputs.templates, plugins.identity, *names),
                      lambda: template_problems(make_environment(
                          inputs.root / "templates", None, plugins.templates, plugins.filters, plugins.globals,
                          inputs.confine.allows, inputs.config.language, inputs.template_sources), names))
    except TemplateChanged as exc:
        return [changed_template(exc)]


def _page_prints(fingerprinter: Fingerprinter, pages: Sequence[Any], items: Mapping[str, Any], parent: int
                 ) -> tuple[dict[str, str], dict[str, str]]:
    """The fingerprints of `pages` (by output path) and of the feed `items` (by key). In the build's own process
    (`parent`) the fingerprinter then lets go of what it kept (before rendering: the peak of a cold build's memory);
    a forked child ends right after sending them, and freeing ~70,000 digests and references first only delayed the
    build (10,000 articles)."""
    prints = ({page.path: fingerprinter.page(page) for page in pages},
              {key: fingerprinter.value(key, value) for key, value in items.items()})
    if os.getpid() == parent:
        fingerprinter.release()
    return prints


LEFT_SHOWN = 10  # files named in the warning of what left an output folder no record knew


def left_unrecorded(output: Path, paths: list[str], root: Path) -> list[Diagnostic]:
    """One warning for what an output folder held beyond the new site when no record said what the previous build
    wrote (the cache deleted, or the project copied elsewhere): it has left the site, and may have been an earlier
    build's page as well as a file added by hand. [] for none."""
    if not paths:
        return []
    named = ", ".join(sorted(paths)[:LEFT_SHOWN]) + (f" and {len(paths) - LEFT_SHOWN} more" if len(paths) > LEFT_SHOWN
                                                       else "")
    return [warning(shown_path(output, root), 0, f"held what this build's site does not, now removed: {named}. Without "
                    f"its record (.briefgen-cache was deleted or is new) briefgen cannot tell an earlier build's pages "
                    "from files added by hand; to publish a file of your own (a CNAME), put it in static/")]


def _differs(before: Mapping[str, Any], path: str, digest: str) -> int:
    """1 when the file at `path` is new or its bytes (`digest`, content_hash) differ from the last build's, else 0."""
    record = before.get(path)
    return int(record is None or record[DIGEST] != digest)


def drafts_held(inputs: Any, site: Any, early: Any) -> list[Diagnostic]:
    """The warning of a `build --drafts` whose output holds drafts (a peer-bug trial, 2026-12-04: drafts went into
    output/, its feeds, sitemap and search without a word). Their pages say Draft, carry noindex and are in no
    sitemap (render/), but output/ is then a preview, not the site to publish. `serve --drafts` (`early`: its open
    pages) builds into a scratch folder of its own and is not warned. [] for none. Given by `build` with the
    content's warnings, so that a no-change `build --drafts` says it again (output/ still holds them: a trial,
    2026-12-04, got "nothing changed" alone)."""
    if not inputs.drafts or early is not None:
        return []
    count = sum(e.article.draft for e in site.entries) + sum(n.note.draft for n in site.notes)
    return [warning(shown_path(inputs.output, inputs.root), 0, f"holds {count} draft{'s' if count != 1 else ''} "
                    "(built with --drafts): each is marked Draft and noindex, but publish a build without --drafts")
            ] if count else []


def _elsewhere(page: Any) -> bool:
    """Whether a page is no page of its own for the sitemap and the search engines reading it: a redirect, or a
    listing's landing page whose canonical address is its newest numbered page's (site/listing.py; the sitemap
    listed both, a duplicate the canonical denies)."""
    listing = page.context.get("listing")
    return bool(page.redirect or getattr(listing, "canonical", ""))


def _saved(failure: Exception | None, cache: BuildCache) -> None:
    if failure is not None:  # (the next build indexes every document again)
        cache.unsaved("the search index's state", failure)
