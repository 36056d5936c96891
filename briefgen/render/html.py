"""Rendering: `Page`s → HTML bytes with Jinja2, skipping pages whose inputs did not change.

A page's fingerprint is the hash of its template set and its context; when it equals
the fingerprint recorded by the previous build, the old file is kept. Pages that do
need rendering are spread over worker processes when there are enough of them to pay
for the start-up.
"""
from __future__ import annotations

import io
import pickle
import datetime as dt
import hashlib
import traceback
from pathlib import Path
from typing import Any

import jinja2

from briefgen import __version__
from briefgen.diagnostics import Diagnostic, error
from briefgen.site.editions import long_date
from briefgen.load.files import THEME_TEMPLATES
from briefgen.speed.parallel import share_work
from briefgen.site.pages import article_jsonld
from briefgen.site.model import Page, slugify

PARALLEL_MIN_PAGES = 300
NOTE_KINDS = {"context": "Context", "why-it-matters": "Why it matters",
              "what-to-watch": "What to watch", "correction": "Correction"}


def make_environment(site_templates: Path, cache_dir: Path | None = None) -> jinja2.Environment:
    """Site templates override the built-in theme file by file (same names).

    Compiled templates are kept in `cache_dir` (Jinja checks each source's checksum),
    which saves compiling fifteen templates on every build.
    """
    bytecode = None
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        bytecode = jinja2.FileSystemBytecodeCache(str(cache_dir))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(site_templates), str(THEME_TEMPLATES)]),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, bytecode_cache=bytecode)
    env.filters["long_date"] = _long_date
    env.filters["iso"] = _iso
    env.filters["slugify"] = slugify
    env.globals["note_kinds"] = NOTE_KINDS
    env.globals["briefgen_version"] = __version__
    env.globals["article_jsonld"] = article_jsonld
    return env


def _long_date(value: dt.date | dt.datetime) -> str:
    return long_date(value.date() if isinstance(value, dt.datetime) else value)


def _iso(value: dt.date | dt.datetime) -> str:
    return value.isoformat()


class _DigestPickler(pickle.Pickler):
    """Pickles a context, writing objects that carry a `digest` (articles, notes, bodies) as it."""

    def reducer_override(self, obj: Any) -> Any:
        found = getattr(obj, "digest", None)
        if isinstance(found, str):
            return str, (found,)
        return NotImplemented


class Fingerprinter:
    """Hashes what a page is made from: the template set, the site config and its context.

    Equal bytes mean equal inputs, so an unchanged fingerprint safely skips rendering.
    (Pickle is used as a fast canonical encoding; the same build code always builds the
    same object graph, and a spurious difference only costs a re-render.)
    """

    def __init__(self, templates: str, site: Any) -> None:
        self._base = templates.encode() + self._dump(site)

    def page(self, page: Page) -> str:
        h = hashlib.blake2b(self._base, digest_size=16)
        h.update(page.path.encode() + b"\0" + page.template.encode() + b"\0")
        h.update(self._dump(page.context))
        return h.hexdigest()

    @staticmethod
    def _dump(value: Any) -> bytes:
        buffer = io.BytesIO()
        _DigestPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        return buffer.getvalue()


def relative_root(path: str) -> str:
    depth = path.count("/")
    return "../" * depth if depth else "./"


def render_page(env: jinja2.Environment, page: Page, site: Any) -> bytes | Diagnostic:
    root = site.base_path if page.path == "404.html" else relative_root(page.path)
    try:
        template = env.get_template(page.template)
        html = template.render(site=site, root=root, page_path=page.path, **page.context)
    except jinja2.TemplateSyntaxError as exc:
        return error(_template_path(exc.filename), exc.lineno or 0, f"template error: {exc.message}")
    except jinja2.TemplateNotFound as exc:
        return error("templates", 0, f'template "{exc.name}" not found in templates/ or the built-in '
                                     "theme; check the name in your {% extends %} or {% include %}")
    except Exception as exc:  # a user's template override may fail in any way; report, don't crash
        filename, line = _template_frame(exc)
        return error(filename, line, f"template error while rendering {page.path}: "
                                     f"{type(exc).__name__}: {exc}")
    return html.encode("utf-8")


def _template_path(filename: str | None) -> str:
    if not filename:
        return "templates"
    path = Path(filename)
    try:
        return "(built-in theme) " + path.relative_to(THEME_TEMPLATES).as_posix()
    except ValueError:
        return f"templates/{path.name}" if path.parent.name == "templates" else path.as_posix()


def _template_frame(exc: BaseException) -> tuple[str, int]:
    for frame, line in reversed(list(traceback.walk_tb(exc.__traceback__))):
        name = frame.f_code.co_filename
        if name.endswith(".html"):
            return _template_path(name), line
    return "templates", 0


def render_pages(env: jinja2.Environment, pages: list[Page], site: Any, jobs: int,
                 into: Path | None = None) -> tuple[dict[str, bytes | str], list[Diagnostic]]:
    """Rendered pages by output path: their bytes or, when `into` is a folder, their hash.

    With `into` (a first build, where every page is new), whichever process renders a
    page writes it there itself, so only hashes cross the pipe instead of the whole site.
    """
    # Forked workers inherit env, pages and site: only indexes and results cross the pipe.
    results = share_work(len(pages), jobs if len(pages) >= PARALLEL_MIN_PAGES else 1,
                         lambda i: _render_one(env, pages[i], site, into))
    rendered: dict[str, bytes | str] = {}
    problems: list[Diagnostic] = []
    for page, result in zip(pages, results):
        if isinstance(result, Diagnostic):
            if result not in problems:
                problems.append(result)
        else:
            rendered[page.path] = result
    return rendered, problems


def _render_one(env: jinja2.Environment, page: Page, site: Any, into: Path | None) -> bytes | str | Diagnostic:
    data = render_page(env, page, site)
    if into is None or isinstance(data, Diagnostic):
        return data
    target = into / page.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return content_hash(data)


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()
