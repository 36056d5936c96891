"""The Jinja2 environment: template lookup (site over plugins over theme), filters, globals.

Autoescaping and StrictUndefined are always on. Compiled templates are cached on disk
(saves compiling the theme on every build); a cache entry that fails its integrity
check or does not load is discarded and compiled again, never blamed on a template.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import jinja2
from markupsafe import Markup, escape

from briefgen import __version__, sealed
from briefgen.load.notekinds import NOTE_KINDS, note_label
from briefgen.load.files import THEME_TEMPLATES
from briefgen.load.headings import headings_below
from briefgen.render.bidi import INTERFACE_LANGUAGE, content_attributes, direct_blocks, isolator
from briefgen.render.scrollers import reachable_scrollers
from briefgen.render.sharedcompile import SharedCompileEnvironment
from briefgen.render.templateloader import (ConfinedLoader, ForbiddenCharacters, TemplateChanged,  # noqa: F401
                                             TemplateUnusable)
from briefgen.render.themecache import ThemeCache, theme_cache_folder
from briefgen.durations import apart_words
from briefgen.render.dates import iso
from briefgen.analyse.scripts import fits, written_in
from briefgen.render.feeds import directed_blocks, direction_filter, isolated_filter, xml_filter, xmlattr_filter
from briefgen.render.counts import counted, counted_words
from briefgen.render.jsonld import article_jsonld, story_jsonld
from briefgen.render.links import relink
from briefgen.site.editions import long_date
from briefgen.site.stories import unnamed_speaker
from briefgen.site.urls import ascii_url, slugify


class CheckedBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates in files of `directory`, each with a hash of its contents.

    Jinja's FileSystemBytecodeCache loads whatever bytes it finds: a damaged file became
    a `UnicodeDecodeError` blamed on a theme template. Here a file that fails its hash,
    does not unmarshal or cannot be read is ignored (the template is compiled again), and
    a file that cannot be written is simply not cached.
    """

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    def _path(self, bucket: jinja2.bccache.Bucket) -> Path:
        return self._directory / f"{bucket.key}.cache"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            data = sealed.read_file(self._path(bucket))
            check, payload = data[:32], data[32:]
            if hashlib.blake2b(payload, digest_size=32).digest() != check:
                return
            checksum, code = marshal.loads(payload)
            if checksum == bucket.checksum:
                bucket.code = code
        except Exception:  # missing, unreadable or damaged: compile again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        payload = marshal.dumps((bucket.checksum, bucket.code))
        try:
            sealed.own_folder(self._directory)
            handle, temp = tempfile.mkstemp(dir=self._directory, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(hashlib.blake2b(payload, digest_size=32).digest() + payload)
                sealed.install(temp, self._path(bucket))
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # a cache that cannot be written only costs compile time


def make_environment(site_templates: Path, bytecode_dir: Path | None = None,
                     extra_templates: tuple[Path | Mapping[str, str], ...] = (),
                     filters: Mapping[str, Callable[..., Any]] | None = None,
                     globals: Mapping[str, Any] | None = None,
                     allowed: Callable[[str], bool] = lambda real: True,
                     content_language: str = INTERFACE_LANGUAGE,
                     expected: Mapping[str, str] | None = None,
                     write_theme_cache: bool | None = None) -> SharedCompileEnvironment:
    """Site templates override plugin templates, which override the built-in theme, file by file.

    `allowed(real path)` says which template files may be read (see `load.files.Confinement`).
    `expected`: the template files' digests the build identified them by (`ConfinedLoader`).
    `content_language` (config.yaml's `language:`) is what `|isolate` and `content_attrs()`
    mark content with (render.bidi), also inside imported macros, which see no `config`.
    `write_theme_cache`: whether a theme template compiled here is kept for other processes; None:
    as Python writes bytecode (`theme_cache_folder`).
    """
    loaders: list[jinja2.BaseLoader] = [ConfinedLoader(site_templates, allowed, expected)]
    for extra in extra_templates:
        loaders.append(jinja2.DictLoader(dict(extra)) if isinstance(extra, Mapping)
                       else ConfinedLoader(extra, allowed, expected, str(extra)))
    loaders.append(ConfinedLoader(THEME_TEMPLATES, lambda real: True, expected, "(built-in theme)"))
    options: dict[str, Any] = dict(autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                                   extensions=[ForbiddenCharacters])  # (render/templateloader.py)
    folder, writable = theme_cache_folder(THEME_TEMPLATES)
    env = SharedCompileEnvironment(  # (a template compiled for `template_variables` is not compiled again)
        # The theme compiled once per installation (render/themecache.py). Its code depends on its
        # source and these options only: no theme template calls a filter whose result depends on
        # the site over a constant, which Jinja would fold while compiling (test_theme_cache.py).
        ThemeCache(THEME_TEMPLATES, folder, writable if write_theme_cache is None else write_theme_cache,
                   repr(sorted(options.items()))),
        loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined, **options,
        bytecode_cache=CheckedBytecodeCache(bytecode_dir) if bytecode_dir is not None else None)
    env.filters["long_date"] = _long_date
    env.filters["counted"] = counted  # "1 outlet", "6 reports": every count phrase (render/counts.py)
    env.filters["counted_words"] = counted_words  # "one report re-tells it": a count inside a sentence
    env.filters["iso"] = _iso
    env.filters["apart"] = apart  # a story's reports "published within 2 hours of each other" (briefgen/durations.py)
    env.filters["slugify"] = slugify
    env.filters["uri"] = ascii_url
    env.filters["xml"] = xml_filter
    env.filters["xmlattr"] = xmlattr_filter
    env.filters["isolated"] = isolated_filter  # feeds: Unicode isolates, where `isolate` writes <bdi>
    env.filters["dir_auto"] = direction_filter  # feeds: dir="auto" where the text is right-to-left
    env.filters["blocks_dir_auto"] = directed_blocks
    env.filters["relink"] = relink
    env.filters["headings_below"] = headings_below
    env.filters["isolate"] = isolator(content_language)
    # `{{ content_attrs(outlet.name|language_of(outlet.language)) }}`: the tag only where the text's letters allow it
    env.filters["language_of"] = lambda text, language: language if language and fits(str(text), language) else ""
    # a name's spelling in its script's language, from the languages of the articles it was seen in (or "")
    env.filters["written_in"] = lambda text, seen_in=(): written_in(str(text), seen_in, content_language)
    # A page's body: each block in its direction, and what may scroll sideways reachable by keyboard.
    env.filters["directed"] = lambda html: Markup(reachable_scrollers(direct_blocks(str(escape(html)))))
    env.globals["content_attrs"] = content_attributes(content_language)
    env.globals["interface_language"] = INTERFACE_LANGUAGE
    env.globals["note_kinds"] = NOTE_KINDS
    env.globals["note_label"] = note_label
    env.globals["unnamed_speaker"] = unnamed_speaker
    env.globals["briefgen_version"] = __version__
    env.globals["article_jsonld"] = article_jsonld
    env.globals["story_jsonld"] = story_jsonld
    env.filters.update(filters or {})
    env.globals.update(globals or {})
    return env


def own_names() -> tuple[frozenset[str], frozenset[str]]:
    """(filter names, global names) every template has before plugins add theirs: Jinja's own and
    briefgen's (`make_environment`). A plugin's filter or global of such a name would change what
    the theme prints (plugins.py refuses it)."""
    env = make_environment(THEME_TEMPLATES)
    return frozenset(env.filters), frozenset(env.globals)


def template_variables(env: SharedCompileEnvironment, names: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each template of `names`: every variable it can read that it does not define itself,
    through what it extends, includes and imports (so a fingerprint knows, e.g., whether a page
    reads `briefing`, the whole site model). Missing templates and templates that do not compile
    (syntax, or what only the compiler checks) are skipped here; rendering reports them at their line.

    A template named only at render time (`{% include "partials/" ~ name %}`) could be any
    template, so one that has such a name counts as reading everything there is to read:
    `briefing` is among what it returns (found by a helper's trial: the page of an edit was
    otherwise not rendered again when the site model it showed through such an include changed).

    Each template is parsed and walked once for all of `names` (the page templates share their
    partials: 98 parses for 28 templates when asked one name at a time, ~0.3 s of a cold build
    of the sample briefing, in tests/test_build.py's timing)."""
    own: dict[str, tuple[frozenset[str], tuple[str | None, ...]] | None] = {}

    def read(name: str) -> tuple[frozenset[str], tuple[str | None, ...]] | None:
        if name not in own:
            try:
                source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
                # Compiles the template: a mistake only the compiler sees (TemplateAssertionError: an
                # {% extends %} inside a block, an unknown filter or test) is raised here, not by parse.
                # The code is kept for rendering (render/sharedcompile.py).
                variables, referenced = env.analyse(source, name, filename)
                own[name] = variables, tuple(r if isinstance(r, str) else None for r in referenced)
            except (jinja2.TemplateNotFound, jinja2.TemplateSyntaxError, TemplateUnusable):
                own[name] = None
        return own[name]

    result: dict[str, frozenset[str]] = {}
    for name in names:
        seen: set[str] = set()
        found: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            parsed = read(current)
            if parsed is None:
                continue
            found |= parsed[0]
            for referenced in parsed[1]:
                if referenced is not None:
                    todo.append(referenced)
                else:  # a name computed at render time: it may read the whole site model
                    found.add("briefing")
        result[name] = frozenset(found)
    return result


def _long_date(value: dt.date | dt.datetime) -> str:
    return long_date(value.date() if isinstance(value, dt.datetime) else value)


def _iso(value: dt.date | dt.datetime) -> str:
    return iso(value)


def apart(story: Any) -> str:
    """Jinja filter `apart`: how far apart a story's (`site.model.Story`) first and last reports were
    published, in days of the calendar when one of them has a date only (`durations.apart_words`)."""
    timed = all(report.entry.article.has_time for report in story.reports)
    return apart_words(story.first, story.last, timed)
