"""`briefgen check`: everything a build checks, without writing output (build.py's stages up to
planning, with the build's caches read but never saved, then a trial rendering of one page of each
template and of the feeds, in memory: render/trialrender.py)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from briefgen.build import BuildOptions, Plan, gather, plan
from briefgen.diagnostics import Diagnostic, has_errors
from briefgen.load.staticfiles import unreadable_static
from briefgen.paths import project_root
from briefgen.speed.cache import CACHE_DIR, BuildCache
from briefgen.speed.files import FileIndex
from briefgen.speed.parallel import default_jobs


@dataclass(frozen=True, slots=True)
class CheckResult:
    diagnostics: tuple[Diagnostic, ...]
    plan: Plan | None  # None when the config could not be read


def check(config_path: Path, options: BuildOptions = BuildOptions()) -> CheckResult:
    """Everything a build checks, without writing output; reads the build's caches but never saves them."""
    files = FileIndex(project_root(config_path) / CACHE_DIR / FileIndex.NAME, save=False)
    inputs, problems = gather(config_path, options, files.discover)
    if inputs is None:
        return CheckResult(tuple(problems), None)
    cache = BuildCache(inputs.root, inputs.output, files=files, read_only=True)
    articles, found = cache.files.revisions(inputs.root, list(inputs.articles), inputs.confine)
    notes, more = cache.files.revisions(inputs.root, list(inputs.notes), inputs.confine)
    inputs = replace(inputs, articles=tuple(articles), notes=tuple(notes))
    planned, planning = plan(inputs, cache, options.jobs or default_jobs(), options.progress)
    unreadable = unreadable_static(inputs.static, inputs.root)
    found_all = problems + found + more + planning + unreadable
    if not has_errors(found_all):  # (a page of a broken site would fail for the reasons already given)
        found_all += _trial(planned)
    return CheckResult(tuple(found_all + cache.warnings()), planned)


def _trial(planned: Plan) -> list[Diagnostic]:
    from briefgen.render.environment import make_environment
    from briefgen.render.trialrender import trial_render

    inputs, plugins = planned.inputs, planned.inputs.plugins
    env = make_environment(inputs.root / "templates", None, plugins.templates, plugins.filters, plugins.globals,
                           inputs.confine.allows, planned.site.config.language, inputs.template_sources)
    return trial_render(env, planned.pages, planned.site, inputs.build_time)


def left_out_static(planned: Plan) -> list[str]:
    """`check -v`'s lines for what static/ holds that the build leaves out without a word: what systems,
    desktops and editors leave there (`Thumbs.db`, `~$x.docx`, `x~`: load/litter.py) and their dot-files
    (`.DS_Store`, `.git/`), one line a file or folder (a folder's files are not listed)."""
    from briefgen.load.staticfiles import static_files

    inputs, left = planned.inputs, []
    static_files(inputs.root, inputs.confine, (), inputs.config.static_include, left)
    return [f"{path}: not published: {what}" + ("; a dot-file is never published but the web's own (.htaccess, "
                                                 ".nojekyll, .well-known/)" if path.rpartition("/")[2][:1] == "." else
                                                 "; list it under `static_include:` in config.yaml to publish it")
            for path, what in sorted(left)]


def imported_media(planned: Plan) -> list[str]:
    """`check -v`'s lines for the images and media imported articles load from other sites, which the build and
    `check` sum up in one warning (load/importedmedia.py): each as a hand-written article's would be said."""
    from briefgen.load.importedmedia import folded, imported, listing

    return listing(folded(planned.content.diagnostics, imported(planned.content))[1])


def verdict(diagnostics: tuple[Diagnostic, ...], advice: list[Diagnostic]) -> str:
    """The end of `check`'s summary line: "no errors" or "errors found", with the warnings printed above it counted
    (each once, as cli.print_diagnostics prints them): "no errors, 2 warnings above". UX1 (2026-12-07): "no errors."
    under warnings read as if there were none."""
    said = dict.fromkeys((*diagnostics, *advice))
    warned = sum(1 for d in said if d.severity == "warning")
    return (("errors found" if has_errors(diagnostics) else "no errors")
            + (f", {warned} warning{'s' if warned != 1 else ''} above" if warned else ""))
