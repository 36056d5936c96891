"""How `serve` names things in its messages: the changes a rebuild followed, and the pages of its site.

Takes the paths of a batch of changes (relative to the project, POSIX) or a build's diagnostics; gives text the
editor knows. Two rules, each from a trial (2026-12-04):
- a change is named only when its path exists after the change or was part of the site (a file the last plan
  read, or the config): `sed -i` on a template printed "after a change to templates/partials/masthead.html and
  templates/partials/sedkBIKAf", sed's temporary file, gone before the message; and a folder is not named beside
  a file in it ("templates/partials and templates/partials/masthead.html");
- no diagnostic names serve's scratch folder (preview/scratch.py): a page of the site it builds is named by its
  address in the preview (`http://127.0.0.1:8000/coast/articles/x/`), where `build` names `output/articles/x`:
  "/dev/shm/briefgen-serve-2oxk4h8o/site/articles/cod-cut-coastline: warning: the last build published this page
  …" named a folder the editor never sees, and any other path in the scratch folder (the spare copy of the site
  beside it) is named as "serve's temporary copy of the site".
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefgen.diagnostics import Diagnostic, shown_line
from briefgen.paths import real_path


def described(changed: Iterable[str], root: Path, known: frozenset[str] = frozenset()) -> str:
    """The changes `changed` (project-relative POSIX paths) as "after a change to …" names them: only those that
    exist in `root` now or are in `known` (what the site was made of: `read_paths`), without a folder when a path
    in it is named, each escaped as a diagnostic is (a file named with ESC [2J cleared the editor's terminal: a
    hostile trial, 2026-12-04); "the project" when none is left (a batch of temporary files alone)."""
    kept = {path for path in changed if path in known or os.path.lexists(root / path)}
    kept = {path for path in kept if not any(other.startswith(path.rstrip("/") + "/") for other in kept)}
    return _listed(kept)


def _listed(paths: Iterable[str]) -> str:
    names = [shown_line(name) for name in sorted(paths)]
    if len(names) <= 2:
        return " and ".join(names) or "the project"
    return f"{names[0]} and {len(names) - 1} other files"


def raced(paths: Iterable[str]) -> str:
    """Files a build read while they changed (`Building again: … changed while the build read it`): each named."""
    return _listed(set(paths))


def read_paths(plan: Any, root: Path, config_name: str) -> frozenset[str]:
    """The project-relative paths a build's plan (build.Plan) was made from: the config, content files, the files
    `static/` copies, the site's template files (those inside the project). For `described`."""
    inputs = plan.inputs
    found = {config_name, *(f.path for f in inputs.articles), *(f.path for f in inputs.notes)}
    real_root = real_path(root)
    for source in (*inputs.static.values(), *(inputs.template_sources or {})):
        for base in (root, real_root):
            try:
                found.add(Path(source).relative_to(base).as_posix())
                break
            except ValueError:
                continue
    return frozenset(found)


SPARE_NAME = "serve's temporary copy of the site"


def in_preview(diagnostics: tuple[Diagnostic, ...], scratch: Path, site_dir: Path, address: str
               ) -> tuple[Diagnostic, ...]:
    """`diagnostics` with every path of serve's `scratch` folder named as the editor knows it: one in `site_dir`
    (the site served) by its address, `address` (the preview's URL of the site, ending in "/") followed by the path
    within the site (a page's folder with its "/"), any other as SPARE_NAME; in a diagnostic's path and its
    message alike. The same tuple when none names it."""
    prefixes = []
    for folder, name in ((site_dir, address.rstrip("/")), (scratch, SPARE_NAME)):
        for form in dict.fromkeys((str(folder), str(real_path(folder)))):
            prefixes.append((form, name))
    changed = False
    named = []
    for d in diagnostics:
        path, message = _renamed(d.path, prefixes, page=True), _renamed(d.message, prefixes, page=False)
        if (path, message) != (d.path, d.message):
            changed = True
            d = replace(d, path=path, message=message)
        named.append(d)
    return tuple(named) if changed else diagnostics


def _renamed(text: str, prefixes: list[tuple[str, str]], page: bool) -> str:
    for prefix, name in prefixes:
        if text == prefix:
            return name + "/" if page and name != SPARE_NAME else name
        if text.startswith(prefix + "/"):
            rest = text[len(prefix):]
            # (a page's folder, `articles/x`, is the address `articles/x/`; a file keeps its name)
            if page and name != SPARE_NAME and "." not in rest.rsplit("/", 1)[-1]:
                rest += "/"
            return name + rest
        if not page and prefix in text:
            text = text.replace(prefix, name)
    return text
