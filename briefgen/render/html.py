"""Rendering: a `Page` → bytes with Jinja2, handed to a writer; template failures → diagnostics.

Rendering is a pure function of the page, the environment and the site model; where
the bytes go is the writer's business (`output.commit.Staging.write`), and which pages
need rendering at all, and in how many processes, is decided around this stage (speed).
"""
from __future__ import annotations

import re
import traceback
from pathlib import Path
from typing import Callable

import jinja2

from briefgen.diagnostics import Diagnostic, error, raced
from briefgen.load.files import THEME_TEMPLATES
from briefgen.render.environment import TemplateChanged, TemplateUnusable
from briefgen.site.model import Page, Site

Writer = Callable[[str, bytes], str]  # (output path, bytes) → identity of what was written


def relative_root(path: str) -> str:
    depth = path.count("/")
    return "../" * depth if depth else "./"


def render_page(env: jinja2.Environment, page: Page, briefing: Site) -> bytes | Diagnostic:
    """The page's bytes (UTF-8), or a diagnostic naming the template file and line that failed.

    Templates see the page's context plus `config` (config.yaml), `briefing` (the whole
    site model), `root` (relative path to the site root, "../../"), `page_path`, and `site`,
    the old name of `config`, kept for templates written before 0.2 (docs/extending.md).
    """
    config = briefing.config
    root = config.base_path if page.path == "404.html" else relative_root(page.path)
    try:
        template = env.get_template(page.template)
        html = template.render(config=config, site=config, briefing=briefing, root=root, page_path=page.path,
                               **page.context)
    except TemplateChanged as exc:
        return changed_template(exc)
    except Exception as exc:  # a user's template override may fail in any way; report, don't crash
        return template_failure(exc, page.path)
    return html.encode("utf-8")


def template_failure(exc: Exception, what: str) -> Diagnostic:
    """The diagnostic for a template that failed while rendering `what`, at the template's file and line."""
    if isinstance(exc, TemplateUnusable):  # (a file at a template's path that cannot be read as one)
        return exc.diagnostic
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return error(template_path(exc.filename), exc.lineno or 0, f"template error: {exc.message}")
    if isinstance(exc, jinja2.TemplateNotFound):
        # At the {% include %} / {% extends %} / {% import %} that names it (the template frame
        # of the traceback); "templates:0" only when the page's own template is missing.
        filename, line = _template_frame(exc)
        return error(filename, line, f'template "{exc.name}" not found in templates/ or the built-in '
                                     "theme; check the name in your {% extends %}, {% include %} or "
                                     "{% import %}")
    if isinstance(exc, RecursionError):
        return _endless(exc, what)
    filename, line = _template_frame(exc)
    return error(filename, line, f"template error while rendering {what}: {type(exc).__name__}: {_plain(exc)}")


def _endless(exc: RecursionError, what: str) -> Diagnostic:
    """A template that includes, extends, imports or calls itself without end, at the site's template line in the
    loop (the built-in theme has none: an override made it); the loop's template lines in order. A
    `{% include "404.html" %}` in templates/404.html was "(built-in theme) base.html:27: … RecursionError:
    maximum recursion depth exceeded in comparison", the theme's line where the loop was when Python stopped it
    (BR12, 2026-12-06)."""
    frames = [(template_path(frame.f_code.co_filename), line) for frame, line in traceback.walk_tb(exc.__traceback__)
              if frame.f_code.co_filename.endswith(".html")]
    if not frames:
        return error("templates", 0, f"template error while rendering {what}: RecursionError: {exc}")
    own = [frame for frame in frames if not frame[0].startswith("(built-in theme)")]
    filename, line = (own or frames)[-1]
    loop: list[tuple[str, int]] = []
    for frame in reversed(frames[-60:]):  # (the innermost: the loop, whatever led into it)
        if frame in loop:
            break
        loop.insert(0, frame)
    shown = " → ".join(f"{path}:{number}" for path, number in loop)
    return error(filename, line, f"template error while rendering {what}: templates include, extend, import or call "
                                 f"each other without end ({shown} → …); break the loop")


_NO_ATTRIBUTE = re.compile(r"'(?P<path>briefgen(?:\.\w+)+)\.(?P<cls>\w+) object' has no attribute '(?P<name>[^']*)'")


def _plain(exc: Exception) -> str:
    """Jinja's words for `exc`, without briefgen's module paths: "'briefgen.load.config.Config object' has
    no attribute 'tagline'" (a trial's template read a config key that does not exist) reads "Config has no
    field 'tagline'; it has: title, base_url, …", the fields a template can read (site/model.py, load/)."""
    text = str(exc)
    match = _NO_ATTRIBUTE.fullmatch(text)
    if match is None:
        return text
    import dataclasses
    import importlib

    try:
        kind = getattr(importlib.import_module(match["path"]), match["cls"])
        fields = [f.name for f in dataclasses.fields(kind) if f.metadata.get("shown", True)]  # (not bookkeeping)
    except (ImportError, AttributeError, TypeError):
        return f"{match['cls']} has no field '{match['name']}'"
    return f"{match['cls']} has no field '{match['name']}'; it has: {', '.join(fields)}"


def merge_failures(problems: list[Diagnostic]) -> list[Diagnostic]:
    """`problems` with the failures of one template line alike on many pages as one diagnostic
    ("... while rendering articles/a/index.html and 9,999 other pages: ..."), in first-seen order.

    A mistake in article.html fails on every article's page in the same way; listed page by
    page, it printed 10,000 lines at 10,000 articles (and filled the preview's overlay).
    """
    groups: dict[tuple[str, int, str], list[str]] = {}
    out: list[Diagnostic | tuple[str, int, str]] = []
    for d in problems:
        match = _RENDERING.fullmatch(d.message)
        if match is None:
            out.append(d)
            continue
        key = (d.path, d.line, match.group("why"))
        if key not in groups:
            groups[key] = []
            out.append(key)
        groups[key].append(match.group("what"))
    merged = []
    for item in out:
        if isinstance(item, Diagnostic):
            merged.append(item)
            continue
        path, line, why = item
        pages = groups[item]
        others = f" and {len(pages) - 1:,} other page{'s' if len(pages) > 2 else ''}" if len(pages) > 1 else ""
        merged.append(error(path, line, f"template error while rendering {min(pages)}{others}: {why}"))
    return merged


_RENDERING = re.compile(r"template error while rendering (?P<what>\S+): (?P<why>.*)", re.S)


def changed_template(exc: TemplateChanged) -> Diagnostic:
    """The error for a template edited, created or removed while the build rendered with it: the
    output stays as it was (a page of bytes no template holds any more was published for good)."""
    return raced(template_path(exc.filename), "changed while this build was rendering with it")


def template_path(filename: str | None) -> str:
    if not filename:
        return "templates"
    path = Path(filename)
    try:
        return "(built-in theme) " + path.relative_to(THEME_TEMPLATES).as_posix()
    except ValueError:
        # The site's own templates, at any depth (templates/partials/x.html), relative to the project.
        parts = path.parts
        if "templates" in parts[:-1]:
            return "/".join(parts[len(parts) - 1 - parts[::-1].index("templates"):])
        return path.as_posix()


def _template_frame(exc: BaseException) -> tuple[str, int]:
    for frame, line in reversed(list(traceback.walk_tb(exc.__traceback__))):
        name = frame.f_code.co_filename
        if name.endswith(".html"):
            return template_path(name), line
    return "templates", 0


def render_into(env: jinja2.Environment, page: Page, briefing: Site, write: Writer) -> str | Diagnostic:
    """Render `page` and hand its bytes to `write`; the writer's identity of the file, or a diagnostic."""
    data = render_page(env, page, briefing)
    return data if isinstance(data, Diagnostic) else write(page.path, data)


class RenderFailed(Exception):
    """A template used outside page rendering (feed items) failed; carries the diagnostic."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def part_renderer(env: jinja2.Environment, briefing: Site) -> Callable[[str, dict], str]:
    """`render(template, context) → str` for fragments such as feed items; raises RenderFailed."""
    config = briefing.config

    def render(name: str, context: dict) -> str:
        try:
            return env.get_template(name).render(config=config, site=config, briefing=briefing, **context)
        except TemplateChanged as exc:
            raise RenderFailed(changed_template(exc)) from None
        except Exception as exc:  # as for pages: a template override may fail in any way
            raise RenderFailed(template_failure(exc, name)) from None

    return render
