"""The table of contents of briefgen: every stage of a build, in order.

config → load content → classify topics → find people → assemble the site model →
plan pages → machine files (feeds, sitemap, search) → check collisions → render
(skipping pages whose inputs did not change) → commit atomically → save caches.
Each stage takes and returns plain values; diagnostics are collected, never raised.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, replace
from pathlib import Path

from .cache import Memo, digest
from .config import Config, load_config, normalise_base_url
from .diagnostics import Diagnostic, has_errors, warning
from .feeds import FALLBACK_BASE_URL, machine_files
from .loader import Content, load_content
from .output import check_collisions, check_output_dir, commit, output_token
from .pages import plan_pages
from .people import mentions_by_article
from .render import Fingerprinter, make_environment, render_pages, template_digest
from .site import Page, Site, assemble
from .topics import TopicMatch, assign_topics

CACHE_DIR = ".briefgen-cache"
THEME_STATIC = Path(__file__).parent / "theme" / "static"


@dataclass(frozen=True, slots=True)
class BuildOptions:
    output_dir: Path | None = None  # default <project root>/output
    base_url: str | None = None  # overrides config base_url
    drafts: bool = False
    jobs: int | None = None  # worker processes; None = one per core, 1 = no multiprocessing


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
class Plan:
    """Everything a build decides before rendering; `check` stops here."""

    root: Path
    config: Config
    content: Content
    matches: dict[str, tuple[TopicMatch, ...]]
    site: Site
    pages: list[Page]
    files: dict[str, bytes]  # feeds, sitemap, robots.txt, search.json
    static: dict[str, Path]  # output path → source file


def plan(config_path: Path, options: BuildOptions, memo: Memo) -> tuple[Plan | None, list[Diagnostic]]:
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
    memo.begin()
    content = load_content(root, config, memo, _jobs(options))
    problems += content.diagnostics
    articles = tuple(a for a in content.articles if options.drafts or not a.draft)
    notes = tuple(n for n in content.notes if options.drafts or not n.draft)
    matches = assign_topics(articles, config.topics, memo)
    mentions = mentions_by_article(articles, config.people, memo)
    # Story grouping across outlets (stories/<id>/) is a stage of its own, to come here.
    site = assemble(config, articles, notes, matches, mentions)
    pages = plan_pages(site)
    files = machine_files(site, [p.path for p in pages])
    static = _static_files(root)
    problems += check_collisions([(p.path, p.origin) for p in pages]
                                 + [(path, "generated " + path) for path in files]
                                 + [(path, f"static/{path}") for path in static
                                    if (root / "static" / path).is_file()])
    return Plan(root, config, content, matches, site, pages, files, static), problems


def build(config_path: Path, options: BuildOptions = BuildOptions(), memo: Memo | None = None) -> BuildResult:
    root = config_path.resolve().parent
    output = (options.output_dir or root / "output").resolve()
    cache_dir = root / CACHE_DIR
    disk_memo = memo is None
    if memo is None:
        memo = Memo()
        memo.load(cache_dir / "content.pickle")
    planned, problems = plan(config_path, options, memo)
    if planned is None or has_errors(problems):
        return _result(problems, output, planned, 0)
    env = make_environment(root / "templates")
    written, render_problems = _render_and_commit(planned, env, output, cache_dir, _jobs(options))
    problems += render_problems
    if disk_memo and not has_errors(problems):
        memo.save(cache_dir / "content.pickle")
    return _result(problems, output, planned, written)


def _result(problems, output, planned, written) -> BuildResult:
    base_path = planned.config.base_path if planned else "/"
    return BuildResult(tuple(problems), output, base_path, written)


def _jobs(options: BuildOptions) -> int:
    return options.jobs or os.cpu_count() or 1


def _static_files(root: Path) -> dict[str, Path]:
    """Theme assets under assets/, then the site's static/ copied as-is (winning over the theme)."""
    found = {f"assets/{p.name}": p for p in sorted(THEME_STATIC.iterdir()) if p.is_file()}
    site_static = root / "static"
    if site_static.is_dir():
        for path in sorted(site_static.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                found[path.relative_to(site_static).as_posix()] = path
    return found


def _manifest_path(cache_dir: Path, output: Path) -> Path:
    return cache_dir / f"output-{digest(str(output))[:16]}.pickle"


def _load_manifest(path: Path, output: Path) -> dict[str, tuple[str, str]]:
    """path → (fingerprint, identity) from the previous build, if `output` is still what it wrote."""
    try:
        with open(path, "rb") as handle:
            token, entries = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        return {}
    return entries if token == output_token(output) else {}


def _render_and_commit(planned: Plan, env, output: Path, cache_dir: Path,
                       jobs: int) -> tuple[int, list[Diagnostic]]:
    manifest_file = _manifest_path(cache_dir, output)
    previous = _load_manifest(manifest_file, output)
    fingerprints = Fingerprinter(template_digest(planned.root / "templates"))
    page_prints = {p.path: fingerprints.page(p, planned.config) for p in planned.pages}
    todo = [p for p in planned.pages if previous.get(p.path, ("",))[0] != page_prints[p.path]]
    rendered, problems = render_pages(env, todo, planned.config, jobs)
    if problems:
        return 0, problems
    entries: dict[str, tuple[str, str]] = {}
    keep: set[str] = set()
    write: dict[str, bytes | Path] = {}
    for page in planned.pages:
        data = rendered.get(page.path)
        identity = _hash(data) if data is not None else previous[page.path][1]
        entries[page.path] = (page_prints[page.path], identity)
        _decide(page.path, identity, data, previous, keep, write)
    for path, data in planned.files.items():
        identity = _hash(data)
        entries[path] = (identity, identity)
        _decide(path, identity, data, previous, keep, write)
    for path, source in planned.static.items():
        stat = source.stat()
        identity = f"{source}:{stat.st_size}:{stat.st_mtime_ns}"
        entries[path] = (identity, identity)
        _decide(path, identity, source, previous, keep, write)
    if not write and entries.keys() == previous.keys():
        return 0, []  # nothing changed: output/ is not touched at all
    written = commit(output, keep, write)
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(manifest_file, "wb") as handle:
        pickle.dump((output_token(output), entries), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return written, []


def _decide(path, identity, data, previous, keep, write) -> None:
    if path in previous and previous[path][1] == identity:
        keep.add(path)
    else:
        write[path] = data


def _hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()
