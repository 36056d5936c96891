"""The files of static/ (and the theme's assets), copied into the site as they are: which there are,
and whether this build may read each one.

Takes the project root; gives paths and stats only (the copy is `output/commit`'s). Split from
`load.files`, whose walk and confinement rules it uses.
"""
from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from urllib.parse import quote

from briefgen.diagnostics import Diagnostic, did_you_mean, error, shown_path, warning
from briefgen.load.confinement import PUBLISHED_DOTFILES, Confinement
from briefgen.load.filenames import refused_part, windows_name, windows_part
from briefgen.load.files import THEME_STATIC, Reader, cannot_read, is_folder, not_a_folder, refused, walk
from briefgen.load.litter import included, is_tools_dotfile, litter_part


def static_stats(static: dict[str, Path], root: Path) -> tuple[dict[str, os.stat_result], list[Diagnostic]]:
    """Each static file's `os.stat` (output path → source file in `static`; speed/staticprints
    makes its print of it), and an error for each one gone since it was listed (removed while the
    build ran) or that this process may not read, all in one run. Only a file whose mode bits deny
    this process reading it is opened to make sure (root reads it all the same): the others cost
    their stat alone."""
    stats: dict[str, os.stat_result] = {}
    problems: list[Diagnostic] = []
    bit = Reader.current().read_bit
    for path, source in static.items():
        try:
            found = source.stat()
            if not found.st_mode & bit(found.st_uid, found.st_gid):
                _open_to_check(source)
        except OSError as exc:
            problems.append(cannot_read(shown_path(source, root), exc))
            continue
        stats[path] = found
    return stats, problems


def _same_name(path: str, first: str, published: str) -> Diagnostic:
    """The error for a second static file whose name, composed, is that of `first`'s."""
    def form(name: str) -> str:
        return "composed" if unicodedata.is_normalized("NFC", name) else "decomposed, as macOS saves names"
    return error(path, 1, f"{path} ({form(path)}) and {first} ({form(first)}) are both published as {published}: "
                          "their names differ only in the Unicode form of their accented letters, which browsers "
                          "and macOS read as one name; remove or rename one of them")


def _open_to_check(source: Path) -> None:
    """Whether `source` opens for reading: raises OSError if not. Without blocking (on a pipe)."""
    os.close(os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)))


def unreadable_static(static: dict[str, Path], root: Path) -> list[Diagnostic]:
    """An error for each static file (output path → source) that cannot be opened for reading, so
    that the build reports it with every other problem, and `check` at all, instead of the copy
    failing alone at the end of a build. Opened without blocking (a file is not read here)."""
    problems = []
    for source in static.values():
        try:
            _open_to_check(source)
        except OSError as exc:
            problems.append(cannot_read(shown_path(source, root), exc))
    return problems


_CONFIG_LIKE = re.compile(r"^[#.]*config(?:[.~#_-]|$)", re.I)  # config.yaml~, config.orig, .config.yaml.swp …


def _project_own(path: str, resolved: str, site_static: Path, static_real: str, root_real: str) -> str | None:
    """"the project folder (…)" when static/'s `path`, resolved to `resolved` outside static/, is one of the
    project's own files: reached through a link to a folder that holds static/ itself (the project, or
    above it), or a file beside config.yaml named like it (its backups and editors' swap files); else None."""
    step, parts = site_static, Path(path).parts
    for depth, name in enumerate(parts[1:-1], 2):  # the first link on the way decides
        step = step / name
        if step.is_symlink():
            target = os.path.realpath(step)
            if static_real == target or static_real.startswith(target + os.sep):
                return f"the project folder (through {'/'.join(parts[:depth])}, a link to a folder that holds static/)"
            break
    if os.path.dirname(resolved) == root_real and _CONFIG_LIKE.match(os.path.basename(resolved)):
        return f"the project folder ({os.path.basename(resolved)}, beside config.yaml)"
    return None


_SOURCE_ENDINGS = (".md", ".upstream", ".txt", ".yaml", ".yml")  # content/'s texts: articles, notes, rejected.txt


def static_files(root: Path, confine: Confinement, machine: tuple[Path, ...] = (), include: tuple[str, ...] = (),
                 left_out: list[tuple[str, str]] | None = None) -> tuple[dict[str, Path], list[Diagnostic]]:
    """Theme assets under assets/, then the site's static/ copied as-is (winning over the theme).

    Dot-files are published only when named in PUBLISHED_DOTFILES; any other (the tools' own
    excepted) is a warning, never left out silently (a `.well-known/security.txt` was).

    What systems, desktops and editors leave in folders (`Thumbs.db`, `desktop.ini`, `~$x.docx`, `x~`,
    `#x#`, `$RECYCLE.BIN/`: load/litter.py) is left out without a word, unless a pattern of `include`
    (config.yaml's `static_include:`) names it; `left_out` gets (path, what it is) for each such file or
    folder, and for each tools' dot-file (`.DS_Store`, `.git/`), for `check -v` to name.

    A file is published under its name composed (Unicode NFC), whatever form the disk gave: macOS
    (HFS+, and files copied from it) saves "Zoë.pdf" decomposed (NFD), while the editor's link to it,
    like every text briefgen reads, is composed, and so are the addresses browsers ask for; the file
    was published decomposed, so the link was reported as leading nowhere and answered 404 once the
    site was copied to a Linux host (Hugo issues 2203, 4853). Two files whose names differ only in
    that form are an error naming both: one name on macOS, one address on the web. A name holding a
    control character is an error (macOS's `Icon\\r` left out unsaid); a name Windows cannot hold
    (`< > : " \\ | ? *`, a part ending in a dot or a space) is published with a warning; a bidi control or an
    invisible character (U+202E, U+200B …) is an error (load/filenames.py).

    Nothing under the `machine` folders (the build's cache and its output) is published: a
    trial's `static/cache -> ../.briefgen-cache` published the cache (drafts in the memo, the
    previous site in the spare tree), and the site grew with every build. Nor is content/ or
    config.yaml through a link (`static/raw -> ../content` published drafts' sources, a hostile trial,
    2026-12-04). Nor is anything through a link to the project folder or a folder above static/
    (`static/proj -> ..` published config.yaml's backups, `config.yaml~`, `config.orig`, and templates/,
    a trial), templates/, or a file beside config.yaml named like it (`_project_own`). Warned once per link.
    """
    found = {f"assets/{p.name}": p for p in sorted(THEME_STATIC.iterdir()) if p.is_file()}
    problems: list[Diagnostic] = []
    site_static = root / "static"
    if not is_folder(site_static):
        problems += not_a_folder(site_static, "static", False)
    else:
        if site_static.is_symlink() and not confine.allows(os.path.realpath(site_static)):
            return found, [refused("static", os.path.realpath(site_static), confine)]
        sources = tuple(os.path.realpath(root / name) for name in ("content", "config.yaml", "templates"))
        static_real, root_real = os.path.realpath(site_static), os.path.realpath(root)
        # (a machine folder that holds static/ itself, `--output .`, is refused by the build's guard, and no
        # file of static/ is a link into it: `_project_own` below)
        own = tuple(f for f in map(os.path.realpath, machine) if not static_real.startswith(f + os.sep)) + sources
        skipped: dict[str, str] = {}
        hidden: list[str] = []
        spelled: dict[str, str] = {}  # output path → the static/ path that gave it
        warned: set[str] = set()  # names reported (a control character; one Windows cannot hold): once a folder
        for path, real in walk(site_static, "static", confine, problems, PUBLISHED_DOTFILES, hidden):
            if not (path.isascii() and path.isprintable()):  # (two C calls; ~every name passes)
                named = refused_part(path)  # a control or an invisible character
                if named is not None:
                    if named[1] is not None and named[0] not in warned:  # (once for a folder so named)
                        warned.add(named[0])
                        problems.append(named[1])
                    continue
            left = litter_part(path[7:])  # (path[7:]: without "static/")
            if left is not None and not included(left[1], include):
                if left_out is not None and (not left_out or left_out[-1][0] != "static/" + left[1]):
                    left_out.append(("static/" + left[1], left[0]))
                continue
            resolved = os.path.realpath(real)  # (inside a linked folder, `real` is the path through the link)
            linked = not resolved.startswith(static_real + os.sep)  # reached through a link (or static/ is one)
            inside = _project_own(path, resolved, site_static, static_real, root_real) if linked else None
            inside = inside or next((f for f in own if resolved == f or resolved.startswith(f + os.sep)), None)
            if inside == sources[0] and not resolved.endswith(_SOURCE_ENDINGS):
                inside = None  # (an image kept beside the articles is no source)
            if inside is None:
                published = unicodedata.normalize("NFC", path.removeprefix("static/"))
                first = spelled.setdefault(published, path)
                if first == path:
                    found[published] = Path(real)
                    odd = windows_part(path)  # (published: see load/filenames.py)
                    if odd is not None and odd[1] not in warned:  # (once for a folder so named)
                        warned.add(odd[1])
                        problems.append(windows_name(odd[1], quote(odd[1].removeprefix("static/")), odd[0]))
                else:
                    problems.append(_same_name(path, first, published))
            else:
                skipped.setdefault(inside, path)
        problems += [warning(path, 0, f"not published: it is in {folder}, " + (
            "the project's sources (drafts, and config.yaml's private feed addresses, would be published)"
            if folder in sources[:2] else "the theme overrides' sources" if folder == sources[2]
            else "where the project's own files are (config.yaml and its backups, templates/, content/, .git/, "
            "the cache: none is meant for readers; nothing under the link is published)"
            if folder.startswith("the project") else "which the build itself writes")
            + " (remove the link to it from static/)") for folder, path in skipped.items()]
        tools = {path: None for path in hidden if is_tools_dotfile(path.rpartition("/")[2])}
        if left_out is not None:
            left_out += [(path, "version control's, a desktop's or an editor's hidden file") for path in tools]
        problems += [warning(path, 0, "not published: names starting with a dot are kept out of the site, "
                                      f"except {', '.join(sorted(PUBLISHED_DOTFILES))}; rename it if it belongs "
                                      "in the site") for path in hidden if path not in tools]
    return found, problems


def unused_includes(config_name: str, patterns: tuple[str, ...], published: dict[str, object],
                    left_out: list[tuple[str, str]]) -> list[Diagnostic]:
    """A warning at `config_name` for each of `patterns` (`static_include:`) that publishes nothing of the
    `published` static files (output path → source): a misspelt pattern would leave its file out unsaid. It
    suggests the nearest of the names left out (`left_out`: (path, what it is), as `static_files` gives them)."""
    named = [part for part in (litter_part(path) for path in published) if part is not None]
    paths = {path.removeprefix("static/") for path, _ in left_out}
    left = paths | {path.rpartition("/")[2] for path in paths}
    return [warning(config_name, 0, f"static_include: {pattern}{did_you_mean(pattern, left)} names no file of static/ "
                                    "that systems or editors leave (Thumbs.db, desktop.ini, ~$x.docx, x~, #x#, x.tmp "
                                    "…), so it publishes nothing; correct it or remove it (any other file of static/ "
                                    "is published without being listed)")
            for pattern in patterns if not any(included(path, (pattern,)) for _, path in named)]
