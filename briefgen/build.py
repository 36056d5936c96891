"""The table of contents of briefgen: every stage of a build, in order.

    gather inputs (config, plugins, content files, templates, static files)
    → nothing changed? stop
    → load documents → analyse texts → assign topics → find people
    → assemble the site model → plan pages → check collisions
    → render the pages whose inputs changed, with the feeds and machine files
    → commit atomically → save caches

Each stage is a pure function in its own module (load/, analyse/, site/, render/,
output/) that takes and returns plain values; diagnostics are collected, never raised.
Speed (memo, file index, fingerprints, worker processes — `speed/`) wraps the stages
here and in `publish`; deleting `.briefgen-cache/` changes speed, never output.
"""
from __future__ import annotations

import datetime as dt
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Protocol

from briefgen.diagnostics import Diagnostic, error, has_errors, shown_path, warning
from briefgen.load.buildtime import build_time_from_environment
from briefgen.load.config import FALLBACK_BASE_URL, Config, load_config, normalise_base_url
from briefgen.load.files import (Confinement, Lister, SourceFile, cannot_read, confinement, discover_content,
                                 template_digest)
from briefgen.load.staticfiles import static_files, static_stats, unreadable_static, unused_includes
from briefgen.output.commit import SourceUnreadable, marker_inode
from briefgen.output.guards import cannot_finish, cannot_write, check_output_dir, output_folder, vanished_articles
from briefgen.output.lock import LockTimeout, output_lock, project_lock
from briefgen.outputchecks import output_check, start_checks
from briefgen.paths import project_root
from briefgen.plugins import Plugins, load_plugins
from briefgen.speed.cache import CACHE_DIR, BuildCache, kept_cache
from briefgen.speed.files import FileIndex
from briefgen.speed.memo import Memo, digest, version_key
from briefgen.speed.parallel import Pending, WorkerEnded, default_jobs
from briefgen.speed.staticprints import static_identities

if TYPE_CHECKING:
    import jinja2

    from briefgen.analyse.people import PeopleFound
    from briefgen.analyse.spelling import Suggestion
    from briefgen.analyse.storygrouping import StoryGrouping
    from briefgen.analyse.textmatch import TextAnalysis
    from briefgen.analyse.topics import TopicMatch
    from briefgen.load.content import Content
    from briefgen.site.model import Page, Site

# Later stages import Markdown, nh3 and Jinja2 (~0.15 s) where first needed: a no-change build starts and ends fast.

LOCK_WAIT_SECONDS = 600.0


class EarlyPages(Protocol):
    """Who wants some pages before the build ends (`serve`: the pages open in tabs)."""

    def open_pages(self) -> frozenset[str]:
        """Output paths ("articles/x/index.html") to render before every other page."""

    def early_page(self, path: str, data: bytes) -> None:
        """One of them, rendered exactly as the build will write it, before fingerprints and the rest."""

    def planned(self, plan: Plan, environment: jinja2.Environment, reads_site: Mapping[str, bool]) -> None:
        """The build's plan and template environment, once it starts rendering, and which of its page templates
        read the whole site model (serve keeps them: preview/quick.py renders the next body edit's page from them)."""


@dataclass(frozen=True, slots=True)
class BuildOptions:
    output_dir: Path | None = None  # default <project root>/output
    base_url: str | None = None  # overrides config base_url
    drafts: bool = False
    jobs: int | None = None  # worker processes; None = one per core, 1 = no multiprocessing
    progress: Callable[[str], None] | None = None  # told about long steps ("Parsing 10000 files")
    build_time: dt.datetime | None = None  # feeds' lastBuildDate (SOURCE_DATE_EPOCH); None = newest content
    now: dt.datetime | None = None  # judges "dated in the future" (load/futuredates); None: build_time, else the clock
    lock_wait: float = LOCK_WAIT_SECONDS  # how long to wait for another build of the project
    command: str = "briefgen build"  # named in the lock file, so a waiting build can say whom it waits for
    on_commit_step: Callable[[str], None] | None = None  # told before each commit step (fault-injection tests)
    on_listed: Callable[[], None] | None = None  # told under the lock, inputs listed, none read (fault-injection tests)
    advice: bool = False  # also give the editor's advice (briefgen.advice), as `serve` shows it
    preview: bool = False  # output_dir is serve's: a moved content/ is checked against output/ (vanished_articles)
    early: EarlyPages | None = None  # pages to render before the rest and hand over at once (serve's open tabs)
    environment: tuple[Diagnostic, ...] = ()  # what is wrong with the environment (load/buildtime)

    @classmethod
    def from_environment(cls, **fields: object) -> BuildOptions:
        """Options with `build_time` from SOURCE_DATE_EPOCH (reproducible builds), read once here."""
        when, problems = build_time_from_environment()  # (an unusable value: None, and a warning)
        return cls(build_time=when, environment=problems, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class BuildResult:
    diagnostics: tuple[Diagnostic, ...]
    output_dir: Path
    base_path: str  # URL path of base_url, e.g. "/briefing/"
    pages_written: int
    advice: tuple[Diagnostic, ...] | None = None  # with BuildOptions.advice: None when the build had nothing to plan
    static: frozenset[str] = frozenset()  # output paths of the files copied as they are (theme assets, static/)
    watched: tuple[Path, ...] | None = None  # plugin files and template folders (Plugins.watched); None: unknown
    static_include: tuple[str, ...] = ()  # config.yaml's `static_include:` patterns (load/litter.py), for serve's watcher

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything a build reads (file bytes excepted: those are read by the stages that need them)."""

    root: Path
    output: Path
    config: Config
    plugins: Plugins
    articles: tuple[SourceFile, ...]
    notes: tuple[SourceFile, ...]
    static: dict[str, Path]  # output path → source file
    templates: str  # digest of every template
    drafts: bool
    build_time: dt.datetime | None
    confine: Confinement  # where files may be read from (the project, allowed symlink targets)
    now: dt.datetime  # the moment of this build, read once; not in `input_key`: it changes no output
    template_sources: Mapping[str, str] | None = None  # template file → digest of the bytes in `templates`
    published: Path | None = None  # serve's: output/, where `build` publishes; its pages alone are promises (gone.py)


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything a build decides before rendering; `check` stops here."""

    inputs: Inputs
    content: Content
    matches: dict[str, tuple[TopicMatch, ...]]
    site: Site
    pages: list[Page]
    identities: dict[int, str]  # id(document) → digest of what it was made from (speeds fingerprints)
    grouping: StoryGrouping  # with the suggestions for the editor (check -v, serve)
    people: PeopleFound  # its name index without `occurrences` (only `misspellings` needs them)
    misspellings: Callable[[], tuple[Suggestion, ...]]  # likely misspelt names (analyse.spelling), for the editor
    text_settings: str  # what articles' plain texts are made with (Markdown settings): part of every analysis key


def gather(config_path: Path, options: BuildOptions, listing: Lister | None = None
           ) -> tuple[Inputs | None, list[Diagnostic]]:
    """Config, plugins and the list of input files; None when the config cannot be used at all.
    `listing` lists a content folder (`load.files.discover`'s shape; the file index's memory of it)."""
    root = project_root(config_path)
    config, problems = load_config(config_path, config_path.name)
    problems[:0] = options.environment
    if config is None:
        return None, problems
    if options.base_url:
        config = replace(config, base_url=normalise_base_url(options.base_url, None, "--base-url"))
    if not config.base_url and not config.base_url_invalid:  # an invalid one is an error of its own (config.py)
        problems.append(warning(config_path.name, 1, "base_url is not set: feeds and sitemap use "
                                f"{FALLBACK_BASE_URL}; set base_url before publishing"))
    plugins, found = load_plugins(config, root, config_path.name)
    problems += found
    output = output_folder(root, options.output_dir)
    problems += check_output_dir(output, root, "--output" if options.output_dir else "output")
    confine = confinement(root, config.allow_symlinks_to)
    articles, notes, found = discover_content(root, confine, listing)
    problems += found + vanished_articles(root, output_folder(root, None) if options.preview else output, articles)
    sources: dict[str, str] = {}
    templates, found_templates = template_digest(root / "templates", confine, plugins.template_folders, sources)
    static, found = static_files(root, confine, (*kept_cache(root), output), config.static_include, (left := []))
    problems += found_templates + found + unused_includes(config_path.name, config.static_include, static, left)
    now = options.now or options.build_time or dt.datetime.now(dt.timezone.utc)
    return Inputs(root, output, config, plugins, tuple(articles), tuple(notes), static, templates,
                  options.drafts, options.build_time, confine, now, sources,
                  output_folder(root, None) if options.preview else None), problems


def input_key(inputs: Inputs, stats: list[str]) -> str:
    """Equal keys mean byte-identical output: every input's identity, briefgen's own code included.
    `stats`: the static files' identities (`static_identities`)."""
    return digest(version_key(), repr(inputs.config), inputs.plugins.identity, str(inputs.output),
                  inputs.templates, repr((inputs.drafts, inputs.build_time)), *stats,
                  # one part, not 100,000: a digest's update per part was 0.04 s at that size
                  " ".join([f.revision for f in inputs.articles] + [f.revision for f in inputs.notes]))


def plan(inputs: Inputs, cache: BuildCache, jobs: int, progress: Callable[[str], None] | None = None,
         riders: tuple[TextAnalysis, ...] = ()) -> tuple[Plan, list[Diagnostic]]:
    """Load, analyse and assemble: the site model and its pages, or the problems that stop the build.

    `riders`: analyses to memoise for the articles read anyway (the search index's terms, for `build`).
    """
    from briefgen.analyse.names import NameIndex
    from briefgen.analyse.firmsources import outlet_noted
    from briefgen.analyse.people import article_mentions, people_of
    from briefgen.analyse.topics import assign_topics
    from briefgen.load.content import collect_content
    from briefgen.load.futuredates import future_dated
    from briefgen.load.importedmedia import folded, imported
    from briefgen.analyse.viaoutlets import misnamed_vias, resolved_outlets
    from briefgen.load.markup import MarkdownRenderer
    from briefgen.claims import planned_claims
    from briefgen.output.guards import check_collisions
    from briefgen.site.assemble import assemble
    from briefgen.site.pages import BUILT_IN, plan_pages
    from briefgen.site.sitelinks import SiteFiles, body_link_problems
    from briefgen.speed.stages import (BodyStore, Comparer, cached, load_documents, of_pairs, reading, run_analyses,
                                       site_key, whole_site)
    from briefgen.speed.storyarchive import KEYS as ARCHIVE_KEYS
    from briefgen.publish import checked_templates
    from briefgen.storytypos import story_typos, typo_warnings
    config, root = inputs.config, inputs.root
    cache.memo.begin()
    renderer = MarkdownRenderer(inputs.plugins.markdown)
    files = inputs.articles + inputs.notes
    bodies = BodyStore(root, files, cache.memo, renderer, inputs.confine)
    identities: dict[int, str] = {}
    loaded = load_documents(root, files, config, cache.memo, bodies, renderer, jobs, progress, identities)
    content = collect_content(loaded[:len(inputs.articles)], loaded[len(inputs.articles):], inputs.drafts, inputs.articles)
    # `source: AIP`, `via: PAI` are the sources "… (AIP)", "… (PAI)", as the credits read them (viaoutlets.resolved_outlets)
    articles, via_problems = resolved_outlets(content.articles, config)
    articles = tuple(a for a in articles if inputs.drafts or not a.draft)
    notes = tuple(n for n in content.notes if inputs.drafts or not n.draft)
    text = renderer.settings_key  # plain texts are made from rendered bodies: their settings count in every analysis
    found = run_analyses(articles, article_analyses(config, text), cache.memo, bodies.html, jobs,
                         tuple(reading(a, text) for a in riders), ("people", "stories"))
    matches = assign_topics(articles, found["topics"], config.topics)
    # Whole-site stages, memoised by everything they read (speed/stages.whole_site): the article
    # fields named and their one per-article analysis, by result (story features come from the lead
    # alone, so an edit further down the body leaves the grouping as it was):
    outlets = sorted({a.source for a in articles} | {a.via for a in articles if a.via} | {s.name for s in config.sources})
    people_key = site_key("people", articles, ("source", "via"), repr((config.people, config.sources)), found["people"])
    people = cached(cache.memo, ("people", people_key),
                    lambda: people_of(articles, found["people"], config.people, outlets,
                                      tuple(s.name for s in config.sources if outlet_noted(s.note))).without_occurrences())

    def misspelt() -> tuple[Suggestion, ...]:  # of the same inputs as the people, so memoised by their key
        from briefgen.analyse.spelling import misspellings  # rapidfuzz: 30 ms of imports, for check and serve

        return cached(cache.memo, ("misspellings", people_key), lambda: misspellings(replace(
            people.index, occurrences=NameIndex.occurrences_of(article_mentions(articles, found["people"])))))

    def regrouped() -> StoryGrouping:  # (the grouping's and the comparison's modules are imported only when used:
        from briefgen.analyse.stories import group_stories  # a build that reuses the kept grouping and compares no
        from briefgen.speed.storyarchive import story_archive  # story loads neither, docs/log/performance.md SP7)

        # Regrouping reads every article's features, prepared once and updated by what changed:
        return group_stories(articles, found["stories"], config, story_archive(
            cache.memo, sorted(articles, key=lambda a: a.slug), found["stories"]))

    def compared(reports: tuple[tuple[str, str], ...]) -> Any:
        from briefgen.analyse.compare import compare_reports
        from briefgen.site.stories import comparison_view

        return comparison_view(compare_reports(reports, [headline(s) for s, _ in reports]))

    grouping = whole_site(cache.memo, "stories", articles,  # (a live blog's clocks are read on its written offset)
                          ("published", "has_time", "written_offset", "source", "via", "story"),
                          repr((config.sources, config.story_threshold, config.story_window, config.story_suggest,
                                config.title)),  # (the title's words are no key terms: analyse/briefingwords.py)
                          regrouped, found["stories"])
    cache.memo.keep_all(ARCHIVE_KEYS)  # kept for the next regrouping, also by builds that need none
    headline = {a.slug: a.title for a in articles}.__getitem__  # (compared too: slips.headline_slips)
    comparer = Comparer(cache.memo, bodies.html, compared, text)
    site = assemble(config, articles, notes, matches, people, grouping, bodies.html, comparer)
    pages, problems_of_pages = plan_pages(site, BUILT_IN + inputs.plugins.page_families)
    problems = folded(content.diagnostics, imported(content))[0]  # (imported articles' remote images: one warning)
    problems += future_dated(articles, notes, inputs.now) + via_problems + misnamed_vias(articles, config)
    problems += typo_warnings(root, story_typos(site))  # (a `story:` id a letter or two from another: storytypos.py)
    pages, written, static = planned_claims(inputs, pages)  # (less the redirects something else is in the way of)
    problems += problems_of_pages + checked_templates(inputs, cache.memo, {p.template for p in pages}) + of_pairs(
        cache.memo, "collisions", check_collisions, written + static)
    claimed = [path for path, _ in written]  # files, and folders (ending in "/") claimed whole
    site_files = SiteFiles([p for p in claimed if not p.endswith("/")] + list(inputs.static),
                           [p for p in claimed if p.endswith("/")])
    problems += body_link_problems(inputs, articles + notes, site_files,
                                   [a for a in content.articles if a.draft and not inputs.drafts])
    return Plan(inputs, content, matches, site, pages, identities, grouping, people, misspelt, text), problems


def article_analyses(config: Config, text_settings: str) -> tuple[TextAnalysis, ...]:
    """The per-article analyses the site model is made from (topics by keyword, people, story
    features), each reading plain texts made with `text_settings` (the Markdown settings)."""
    from briefgen.analyse.people import people_analysis
    from briefgen.analyse.storyfeatures import story_analysis
    from briefgen.analyse.topics import keyword_analysis
    from briefgen.speed.stages import reading

    return tuple(reading(a, text_settings) for a in (keyword_analysis(config.topics), people_analysis(
        config.people, config.sources, config.language), story_analysis(config)))


def build(config_path: Path, options: BuildOptions = BuildOptions(), memo: Memo | None = None) -> BuildResult:
    """Build the site of `config_path` into its output folder; `memo` is a long-lived memo (serve)."""
    root = project_root(config_path)
    intact = output_check(root, output_folder(root, options.output_dir), options.jobs or default_jobs())
    try:
        files = FileIndex(root / CACHE_DIR / FileIndex.NAME)  # (only read: nothing is made for a folder with no config)
        inputs, problems = gather(config_path, options, files.discover)
        if inputs is None:
            return _result(problems, inputs, 0)
        cache = BuildCache(inputs.root, inputs.output, memo, files)
        advice: list[tuple[Diagnostic, ...]] = []  # filled when the build planned and advice was asked for
        written, before = 0, marker_inode(inputs.output)
        waits: list[str] = []  # "Waiting for the build held by …": another run holds the lock

        def waiting(message: str) -> None:
            waits.append(message)
            if options.progress:
                options.progress(message)
        try:
            refused = any(d.path in ("output", "--output") and d.severity == "error" for d in problems)
            with (project_lock(inputs.root, cache.holder, options.command, options.lock_wait, waiting),
                  nullcontext() if refused else  # (its lock file would be made in a place refused: a trial)
                  output_lock(inputs.output, options.command, inputs.root, options.lock_wait, waiting)):
                before = marker_inode(inputs.output)  # (another project's build may have swapped it meanwhile)
                if waits:  # the inputs as they are now, not as they were before the wait (a helper's trial:
                    intact.abandon()  # an article added meanwhile failed the build as "removed while it ran")
                    intact = output_check(root, inputs.output, options.jobs or default_jobs())
                    inputs, problems = gather(config_path, options, files.discover)
                    if inputs is None:
                        return _result(problems, inputs, 0)
                written = _locked_build(inputs, options, cache, problems, advice, intact)
        except LockTimeout as exc:
            problems.append(error(config_path.name, 0, str(exc)))
        except SourceUnreadable as exc:  # a static file, read while copying: the editor's to fix
            problems.append(cannot_read(shown_path(exc.source, inputs.root), exc.error))
        except OSError as exc:
            problems.append(cannot_write(exc, inputs.output, inputs.root, cache.dir))
        except (MemoryError, WorkerEnded) as exc:  # the machine's doing, not a bug to report
            problems.append(cannot_finish(exc, inputs.output, inputs.root, marker_inode(inputs.output) != before))
    finally:
        intact.abandon()
    result = _result(problems + cache.warnings(), inputs, written)
    return replace(result, advice=advice[0]) if advice else result


def _locked_build(inputs: Inputs, options: BuildOptions, cache: BuildCache, problems: list[Diagnostic],
                  advice: list[tuple[Diagnostic, ...]], intact: Pending[bool]) -> int:
    cache.sweep()
    if options.on_listed:
        options.on_listed()
    articles, found = cache.files.revisions(inputs.root, list(inputs.articles), inputs.confine)
    notes, more = cache.files.revisions(inputs.root, list(inputs.notes), inputs.confine)
    problems += found + more
    inputs = replace(inputs, articles=tuple(articles), notes=tuple(notes))
    found_static, gone = static_stats(inputs.static, inputs.root)
    problems += gone
    key = input_key(inputs, static_identities(inputs.static, found_static, inputs.root, problems))
    last = cache.read("last-build")  # (input key, the content warnings that build gave)
    if (not has_errors(problems) and cache.output_state is not None and isinstance(last, tuple) and len(last) == 2
            and last[0] == key and intact()):
        if cache.files.changed:  # files hashed again (recently edited, or touched): remember them now
            cache.save_file_index()
        problems += last[1]  # said again: a warning must not vanish because nothing changed since
        return 0  # same inputs, output exactly as the last build left it: nothing to do
    from briefgen import publish
    from briefgen.render.searchtext import search_analysis
    jobs, start = options.jobs or default_jobs(), len(problems)  # (what follows is said again by no-change builds)
    checks = start_checks(inputs.output, cache.output_state, jobs if not has_errors(problems) else 1)  # while planning
    try:
        planned, found = plan(inputs, cache, jobs, options.progress, (search_analysis(inputs.config.language),))
        problems += found
        problems += [d for d in unreadable_static(inputs.static, inputs.root) if d not in problems]  # (a removed one too)
        if options.advice:
            from briefgen.advice import editor_advice
            advice.append(tuple(editor_advice(inputs.root, planned)))
        if has_errors(problems):
            return 0
        written, found = publish.publish(planned, cache, jobs, options.progress, options.on_commit_step, options.early,
                                         checks)
    finally:
        checks.abandon()  # (a child not asked: the content had errors)
    problems += [] if has_errors(found) else publish.drafts_held(inputs, planned.site, options.early)  # (said again)
    said, problems[len(problems):] = len(problems), found  # (publish's own warnings: of this build, not said again)
    if has_errors(problems):
        return 0
    cache.write("last-build", (key, tuple(problems[start:said])))
    cache.save()
    return written


def _result(problems: list[Diagnostic], inputs: Inputs | None, written: int) -> BuildResult:
    problems = list(dict.fromkeys(problems))  # each once: serve printed a template's error twice (two readers of it)
    if inputs is None:
        return BuildResult(tuple(problems), output_folder(Path.cwd(), None), "/", 0)
    return BuildResult(tuple(problems), inputs.output, inputs.config.base_path, written, static=frozenset(inputs.static),
                       watched=inputs.plugins.watched, static_include=inputs.config.static_include)
