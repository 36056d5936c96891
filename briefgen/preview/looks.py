"""Which open tabs a rebuild must reload: only those whose page looks different (a trial, 2026-12-04: adding a
static SVG reloaded all six open tabs, each losing its scroll position, though no page had changed).

A page's look (`look`) is a digest of its bytes and of the files of the site it loads as it opens: stylesheets,
icons and preloads (`<link rel=… href>`; not `rel=alternate`: a feed), scripts, images and media (`src`), by the address each resolves to. Links to
other pages (`<a href>`) are not part of it; the files under a folder its script fetches from (`data-search`: the
search index) are. `serve` takes the looks of the open tabs' pages before and after
each build; `Steps` remembers, for each change of the visible build (livereload's generation), which pages it left
looking the same, and `spared` answers whether a tab showing a page since an older generation may stay as it is.
A change that every page shows (the error overlay appearing, changing or going, the advice panel, the base path)
spares none; nor does a generation too old to be remembered, or one of another `serve`.
"""
from __future__ import annotations

import hashlib
import os
import posixpath
import re
from collections import deque
from pathlib import Path
from urllib.parse import unquote, urlsplit

STEPS_KEPT = 1000  # generations remembered; a tab older than that reloads
_SRC = re.compile(rb"""<[a-z]+\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_LINK = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
# A folder a page's script fetches from as it runs: the search page's index (`data-search`, search.html) changes
# with the articles while the page's own bytes do not (a CI run: an open search tab kept an edited word's results)
_FETCHES = re.compile(rb"""\sdata-search\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_HREF = re.compile(rb"""\shref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
# (what a page loads as it opens; not rel=alternate: a feed changes with every edit, and no page shows it)
_LOADED_REL = re.compile(rb"""\srel\s*=\s*["'][^"']*\b(?:stylesheet|icon|preload|modulepreload|manifest)\b""",
                         re.IGNORECASE)


def look(site_dir: Path, path: str, base_path: str = "/") -> str | None:
    """The digest (hex) of the page at output path `path` ("articles/x/index.html") in `site_dir` and of the files
    of the site it loads (see the module docstring), `base_path` the URL path the site is served under; None when
    the page cannot be read."""
    try:
        page = (site_dir / path).read_bytes()
    except OSError:
        return None
    digest = hashlib.blake2b(page, digest_size=16)
    refs = {m.group(1) for m in _SRC.finditer(page)}
    refs |= {href.group(1) for tag in _LINK.finditer(page) if _LOADED_REL.search(tag.group(0))
             and (href := _HREF.search(tag.group(0)))}
    for folder in sorted({m.group(1).decode("utf-8", "replace") for m in _FETCHES.finditer(page)}):
        target = _resolved(folder.rstrip("/") + "/", path, base_path)  # (what its script fetches as it runs)
        if target is not None:
            digest.update(_folder_state(site_dir / posixpath.dirname(target)))
    for ref in sorted(r.decode("utf-8", "replace") for r in refs):
        target = _resolved(ref, path, base_path)
        if target is None:
            continue
        try:
            data = (site_dir / target).read_bytes()
        except OSError:
            data = b"\0missing"
        digest.update(target.encode() + b"\0" + hashlib.blake2b(data, digest_size=16).digest())
    return digest.hexdigest()


def _folder_state(folder: Path) -> bytes:
    """The names, sizes and modification times (ns) of every file under `folder`, as bytes to digest: a file
    rewritten with other bytes changes it. b"" when the folder cannot be read."""
    found: list[str] = []
    stack = [folder]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(Path(entry.path))
                    else:
                        stat = entry.stat(follow_symlinks=False)
                        found.append(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}")
        except OSError:
            continue
    return "\n".join(sorted(found)).encode("utf-8", "surrogateescape")


def _resolved(ref: str, page: str, base_path: str) -> str | None:
    """The output path an address `ref` on the page at output path `page` names, or None (another site, data:)."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    if parts.path.startswith("/"):
        if not parts.path.startswith(base_path):
            return None
        target = parts.path[len(base_path):]
    else:
        target = posixpath.join(posixpath.dirname(page), parts.path)
    target = posixpath.normpath(unquote(target))
    if target.startswith("..") or target == ".":
        return None
    return target + "/index.html" if parts.path.endswith("/") else target


class Steps:
    """The changes of the visible build that a `serve` made, newest last: (generation before, generation after,
    the output paths of the pages that look the same after it, or None: every page may look different)."""

    def __init__(self, kept: int = STEPS_KEPT) -> None:
        self._steps: deque[tuple[int, int, frozenset[str] | None]] = deque(maxlen=kept)

    def record(self, before: int, after: int, same: frozenset[str] | None) -> None:
        """The visible build went from generation `before` to `after`, leaving the pages `same` looking as they did."""
        if after != before:
            self._steps.append((before, after, same))

    def spared(self, generation: int, path: str | None) -> bool:
        """Whether a tab showing the page at output path `path` since `generation` needs no reload: every step
        since left that page looking the same, and the steps since are all remembered (a generation never reached,
        a token handed out early and retired, is not spared)."""
        if path is None or not self._steps or not self._steps[0][0] <= generation <= self._steps[-1][1]:
            return False
        return all(same is not None and path in same for _, after, same in self._steps if after > generation)
