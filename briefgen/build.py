"""The table of contents of briefgen: every stage of a build, in order.

gather inputs (config, content files, templates, static) → load content → classify
topics → find people → assemble the site model → plan pages → machine files (feeds,
sitemap, search) → check collisions → render (skipping pages whose inputs did not
change) → commit atomically → save caches.
Each stage takes and returns plain values; diagnostics are collected, never raised.
"""
from __future__ import annotations

import os
import pickle
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from typing import TYPE_CHECKING

from briefgen.speed.memo import Memo, digest, version_key
from briefgen.load.config import FALLBACK_BASE_URL, Config, load_config, normalise_base_url
from briefgen.diagnostics import Diagnostic, has_errors, warning
from briefgen.load.files import SourceFile, discover, static_files, template_digest
from briefgen.speed.parallel import paused_gc
from briefgen.output.commit import check_collisions, check_output_dir, commit, discard, output_token, publish, stage

if TYPE_CHECKING:
    from briefgen.load.content import Content
    from briefgen.site.model import Page, Site
    from briefgen.analyse.topics import TopicMatch

# The stages after `gather` import Markdown, nh3 and Jinja2 (~0.15 s): they are imported
# where first needed, so that a build whose inputs did not change starts and ends fast.

CACHE_DIR = ".briefgen-cache"
PROGRESS_MIN = 200  # report steps that handle at least this many files


@dataclass(frozen=True, slots=True)
class BuildOptions:
    output_dir: Path | None = None  # default <project root>/output
    base_url: str | None = None  # overrides config base_url
    drafts: bool = False
    jobs: int | None = None  # worker processes; None = one per core, 1 = no multiprocessing
    progress: Callable[[str], None] | None = None  # told about long steps ("Parsing 10000 files")


@dataclass(frozen=True, slots=True)
class BuildResult:
    diagnostics: tuple[Diagnostic, ...]
    output_dir: Path
    base_path: str  # URL path of base_url, e.g. "/briefing/"
    pages_written: int

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything a build reads; equal keys mean byte-identical output."""

    root: Path
    output: Path
    config: Config
    articles: list[SourceFile]
    notes: list[SourceFile]
    static: dict[str, Path]  # output path → source file
    templates: str  # digest of every template
    key: str


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything a build decides before rendering; `check` stops here."""

    inputs: Inputs
    content: Content
    matches: dict[str, tuple[TopicMatch, ...]]
    site: Site
    pages: list[Page]
    files: dict[str, bytes]  # feeds, sitemap, robots.txt, search.json


def gather(config_path: Path, options: BuildOptions) -> tuple[Inputs | None, list[Diagnostic]]:
    root = config_path.resolve().parent
    config, problems = load_config(config_path, config_path.name)
    if config is None:
        return None, problems
    if options.base_url:
        config = replace(config, base_url=normalise_base_url(options.base_url, None, "--base-url"))
    if not config.base_url:
        problems.append(warning(config_path.name, 1, "base_url is not set: feeds and sitemap use "
                                f"{FALLBACK_BASE_URL}; set base_url before publishing"))
    output = (options.output_dir or root / "output").resolve()
    problems += check_output_dir(output, root, "--output" if options.output_dir else "output")
    articles, notes = discover(root, "articles"), discover(root, "notes")
    static = static_files(root)
    templates = template_digest(root / "templates")
    stats = [f"{path}:{s.st_size}:{s.st_mtime_ns}" for path, s in
             ((path, source.stat()) for path, source in static.items())]
    key = digest(version_key(), repr(config), repr((options.drafts, options.base_url)), str(output), templates,
                 os.environ.get("SOURCE_DATE_EPOCH", ""), *stats,
                 *(f.key for f in articles), *(f.key for f in notes))
    return Inputs(root, output, config, articles, notes, static, templates, key), problems


def plan(inputs: Inputs, options: BuildOptions, memo: Memo) -> tuple[Plan, list[Diagnostic]]:
    from briefgen.speed.analysis import analyse
    from briefgen.render.feeds import machine_files
    from briefgen.load.content import load_content
    from briefgen.site.pages import plan_pages
    from briefgen.analyse.people import mention_analysis, mentions_by_article
    from briefgen.site.model import assemble
    from briefgen.analyse.topics import assign_topics, keyword_analysis

    config = inputs.config
    memo.begin()
    content = load_content(inputs.root, inputs.articles, inputs.notes, config, memo, _jobs(options),
                           options.progress)
    articles = tuple(a for a in content.articles if options.drafts or not a.draft)
    notes = tuple(n for n in content.notes if options.drafts or not n.draft)
    # Both stages scan whole texts: compute what the memo lacks in one parallel pass first.
    analyse(articles, (keyword_analysis(config.topics), mention_analysis(config.people)), memo,
            content.bodies.text, _jobs(options))
    matches = assign_topics(articles, config.topics, memo, content.bodies.text)
    mentions = mentions_by_article(articles, config.people, memo, content.bodies.text)
    content.bodies.release_text()
    # Story grouping across outlets (stories/<id>/) is a stage of its own, to come here.
    site = assemble(config, articles, notes, matches, mentions)
    pages = plan_pages(site, content.bodies.html)
    files = machine_files(site, [p.path for p in pages])
    static_sources = inputs.root / "static"
    problems = list(content.diagnostics) + check_collisions(
        [(p.path, p.origin) for p in pages]
        + [(path, "generated " + path) for path in files]
        + [(path, f"static/{path}") for path, source in inputs.static.items()
           if static_sources in source.parents])
    # The files' bytes are not needed any more: drop them before rendering forks workers.
    return Plan(replace(inputs, articles=[], notes=[]), content, matches, site, pages, files), problems


def build(config_path: Path, options: BuildOptions = BuildOptions(), memo: Memo | None = None) -> BuildResult:
    with paused_gc():
        return _build(config_path, options, memo)


def _build(config_path: Path, options: BuildOptions, memo: Memo | None) -> BuildResult:
    inputs, problems = gather(config_path, options)
    if inputs is None:
        return _result(problems, inputs, 0)
    cache_dir = inputs.root / CACHE_DIR
    last_build = cache_dir / f"last-{digest(str(inputs.output))[:16]}"
    if not has_errors(problems) and _read(last_build) == f"{inputs.key} {output_token(inputs.output)}":
        return _result(problems, inputs, 0)  # same inputs, untouched output: nothing to do
    disk_memo = memo is None
    if memo is None:
        memo = Memo(cache_dir / "memo")
    planned, found = plan(inputs, options, memo)
    inputs = planned.inputs
    problems += found
    if has_errors(problems):
        return _result(problems, inputs, 0)
    from briefgen.render.html import make_environment

    env = make_environment(inputs.root / "templates", cache_dir / "templates")
    written, render_problems = _render_and_commit(planned, env, cache_dir, _jobs(options), options.progress)
    problems += render_problems
    if not has_errors(problems):
        if disk_memo:
            memo.save()
        else:
            memo.prune()  # a long-lived memo (serve) forgets what this build no longer uses
        cache_dir.mkdir(parents=True, exist_ok=True)
        last_build.write_text(f"{inputs.key} {output_token(inputs.output)}")
    return _result(problems, inputs, written)


def _result(problems: list[Diagnostic], inputs: Inputs | None, written: int) -> BuildResult:
    if inputs is None:
        return BuildResult(tuple(problems), Path("output").resolve(), "/", 0)
    return BuildResult(tuple(problems), inputs.output, inputs.config.base_path, written)


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("ascii")
    except (OSError, ValueError):  # missing or damaged: the cache is only ever a hint
        return None


def _jobs(options: BuildOptions) -> int:
    return options.jobs or os.cpu_count() or 1


def _load_manifest(path: Path, output: Path) -> dict[str, tuple[str, str]]:
    """path → (fingerprint, identity) from the previous build, if `output` is still what it wrote."""
    try:
        with open(path, "rb") as handle:
            token, entries = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        return {}
    return entries if token == output_token(output) else {}


def _render_and_commit(planned: Plan, env, cache_dir: Path, jobs: int,
                       progress: Callable[[str], None] | None) -> tuple[int, list[Diagnostic]]:
    from briefgen.render.html import Fingerprinter, content_hash, render_pages

    inputs = planned.inputs
    manifest_file = cache_dir / f"output-{digest(str(inputs.output))[:16]}.pickle"
    previous = _load_manifest(manifest_file, inputs.output)
    fingerprints = Fingerprinter(inputs.templates, inputs.config)
    page_prints = {p.path: fingerprints.page(p) for p in planned.pages}
    todo = [p for p in planned.pages if previous.get(p.path, ("",))[0] != page_prints[p.path]]
    if progress and len(todo) >= PROGRESS_MIN:
        progress(f"Rendering {len(todo)} of {len(planned.pages)} pages ({jobs} process{'es' if jobs > 1 else ''}) ...")
    if not previous:  # nothing to keep: pages are written straight into a new tree
        return _render_fresh(planned, env, page_prints, manifest_file, jobs)
    rendered, problems = render_pages(env, todo, inputs.config, jobs)
    if problems:
        return 0, problems
    entries: dict[str, tuple[str, str]] = {}
    keep: set[str] = set()
    write: dict[str, bytes | Path] = {}
    for page in planned.pages:
        data = rendered.get(page.path)
        assert not isinstance(data, str)
        identity = content_hash(data) if data is not None else previous[page.path][1]
        entries[page.path] = (page_prints[page.path], identity)
        _decide(page.path, identity, data, previous, keep, write)
    for path, data in planned.files.items():
        identity = content_hash(data)
        entries[path] = (identity, identity)
        _decide(path, identity, data, previous, keep, write)
    for path, source in inputs.static.items():
        identity = _static_identity(source)
        entries[path] = (identity, identity)
        _decide(path, identity, source, previous, keep, write)
    if not write and entries.keys() == previous.keys():
        return 0, []  # nothing changed: output/ is not touched at all
    written = commit(inputs.output, keep, write, set(previous) - set(entries), trusted=True)
    _record_output(manifest_file, inputs.output, entries)
    return written, []


def _render_fresh(planned: Plan, env, page_prints: dict[str, str], manifest_file: Path,
                  jobs: int) -> tuple[int, list[Diagnostic]]:
    """A first (or untrusted) build: every file is new, assembled in a staged tree and swapped in."""
    from briefgen.render.html import content_hash, render_pages

    inputs = planned.inputs
    staging = stage(inputs.output)
    try:
        rendered, problems = render_pages(env, planned.pages, inputs.config, jobs, into=staging)
        if problems:
            discard(staging)
            return 0, problems
        entries = {page.path: (page_prints[page.path], str(rendered[page.path])) for page in planned.pages}
        for path, data in planned.files.items():
            (staging / path).parent.mkdir(parents=True, exist_ok=True)
            (staging / path).write_bytes(data)
            entries[path] = (content_hash(data),) * 2
        for path, source in inputs.static.items():
            (staging / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, staging / path)
            entries[path] = (_static_identity(source),) * 2
        publish(staging, inputs.output, len(entries))
    except BaseException:
        discard(staging)
        raise
    _record_output(manifest_file, inputs.output, entries)
    return len(entries), []


def _static_identity(source: Path) -> str:
    stat = source.stat()
    return f"{source}:{stat.st_size}:{stat.st_mtime_ns}"


def _record_output(manifest_file: Path, output: Path, entries: dict[str, tuple[str, str]]) -> None:
    """What the output folder now holds, for the next build to keep what did not change."""
    manifest_file.parent.mkdir(parents=True, exist_ok=True)
    with open(manifest_file, "wb") as handle:
        pickle.dump((output_token(output), entries), handle, protocol=pickle.HIGHEST_PROTOCOL)
    _forget_old_outputs(manifest_file.parent)


def _forget_old_outputs(cache_dir: Path, keep: int = 4) -> None:
    """Records of output folders are per folder; each `serve` session uses a new one."""
    records = sorted(cache_dir.glob("output-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in records[keep:]:
        stale.unlink(missing_ok=True)
        (cache_dir / ("last-" + stale.stem[len("output-"):])).unlink(missing_ok=True)


def _decide(path: str, identity: str, data: bytes | Path | None, previous: dict, keep: set[str],
            write: dict[str, bytes | Path]) -> None:
    if path in previous and previous[path][1] == identity:
        keep.add(path)
    else:
        write[path] = data

