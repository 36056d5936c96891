"""`briefgen init` and `briefgen new`: files an editor starts from.

Never overwrites: an existing config or content file is an error naming it. Front matter
of new files is written by `load.frontmatter.write`, never by string formatting, so any
title or outlet name (`Reuters: World`, `12:30`, `yes`) stays exactly what it is.

Every file is created complete or not at all (`write_exclusive`: a hidden temporary file,
then a hard link to the final name, which also never replaces a file that appeared
meanwhile). A full disk or a read-only folder is a one-line error and leaves nothing
behind: an empty `config.yaml` left by a failed `init` made every later `init` refuse
("already exists") and every build fail; an empty article left by `new` did the same.
`init` writes `config.yaml` last, so that running it again after a failure completes the
site instead of refusing.
"""
from __future__ import annotations

import os
import datetime as dt
import unicodedata
from pathlib import Path

from briefgen.load.config import load_config
from briefgen.load.emptybody import ARTICLE_PLACEHOLDER, NOTE_PLACEHOLDER, SOURCE_COMMENT
from briefgen.diagnostics import Diagnostic, UsageError, error, has_errors, machine_advice, shown_path, warning
from briefgen.importer.articles import write_exclusive
from briefgen.load.fields import Fields
from briefgen.load.files import linked_folder_refused
from briefgen.load.frontmatter import parse as parse_front, write as write_front
from briefgen.load.onelines import fold_lines
from briefgen.load.titlemarks import title_warnings
from briefgen.output.guards import device_name
from briefgen.site.urls import latin_slug, title_slug

CONFIG = """\
title: My Briefing
base_url: https://example.org/briefing/   # where output/ will be published
language: en
timezone: UTC            # IANA name; dates without an offset are read in it
edition: weekly          # daily | weekly | monthly
topics:
  - id: ceasefire-talks
    title: Ceasefire talks
    description: Negotiations, mediators and their conditions
    keywords: [ceasefire, peace talks, negotiations, truce]
  - id: china-role
    title: China's role
    keywords: [China, Beijing, Xi Jinping, Chinese]
sources:
  - name: Example Outlet
    url: https://example.org
    note: Replace with the outlets you follow
"""

ARTICLE = """\
---
title: "Example: envoys float ceasefire framework"
source: Example Outlet
published: {date}
url: https://example.org/news/ceasefire-framework
author: Jane Doe
---
A short summary in your own words of what the outlet reported, with a brief
quote where it matters: "a ceasefire is not yet on the table," one diplomat said.

Why it matters: negotiations and peace talks are the thread this briefing follows.
"""

NOTE = """\
---
title: Welcome to your briefing
date: {date}
kind: context
pinned: true
---
This is an editor note. Notes carry context, corrections and what to watch;
attach them to topics (`topics: [ceasefire-talks]`) or articles
(`articles: [example-ceasefire-framework]`).
"""

GITIGNORE = "/output/\n/.briefgen-cache/\n"


def init_site(folder: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Scaffold a site in `folder`: the files created, and the problems (a full disk, permissions).

    Files that exist already are kept; `config.yaml` is written last (see the module's docstring).
    Raises UsageError when `folder` holds a site already.
    """
    if (folder / "config.yaml").exists():
        raise UsageError(f"{folder / 'config.yaml'} already exists; briefgen init never overwrites a site")
    today = dt.date.today().isoformat()
    files = {
        "content/articles/example-ceasefire-framework.md": ARTICLE.format(date=today),
        "content/notes/welcome.md": NOTE.format(date=today),
        "templates/README.md": "Put a file here with the name of a built-in template (for example "
                               "partials/masthead.html) to override it. Files in static/ are copied "
                               "as-is into the built site (so no README there: it would be published).\n",
        ".gitignore": GITIGNORE,
        "config.yaml": CONFIG,  # last: its presence means "a site is here"
    }
    created: list[Path] = []
    path = folder / "static"  # empty: everything in it is published
    try:
        _make_folder(path)
        for name, text in files.items():
            path = folder / name
            if path.exists():
                continue
            _make_folder(path.parent)
            if path.is_symlink():  # (exists() follows it: a link to nothing)
                raise _InTheWay(path, "a symbolic link to a file that does not exist is in its place")
            write_exclusive(path, text.encode("utf-8"))
            created.append(path)
    except _InTheWay as exc:  # named as given: the site's folder (or one above it) when that is what is in the way
        what = f"the site's folder {folder}" if exc.path in (folder, *folder.parents) else \
            path.relative_to(folder).as_posix()
        return created, [error(exc.path.as_posix(), 0, f"cannot create {what}: {exc.why}; move it away, then run "
                                                       "`briefgen init` again")]
    except OSError as exc:  # (at the folder mkdir could not make: /proc/x, not the /proc/x/static asked for)
        return created, [error(os.fspath(exc.filename or path), 0, f"cannot create it ({machine_advice(exc)}); "
                                                                   "run `briefgen init` again once that is fixed")]
    return created, []


class _InTheWay(OSError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(why)
        self.path, self.why = path, why


def _make_folder(folder: Path) -> None:
    """mkdir -p, naming what is in the way: a trial's `content/articles` that was a file was reported
    as "content/articles/example-ceasefire-framework.md: cannot create it (File exists)", and a
    file named like the site's folder as "site/static: … (Not a directory)"."""
    for place in (*reversed(folder.parents), folder):
        if (place.exists() or place.is_symlink()) and not place.is_dir():
            raise _InTheWay(place, "a file of that name is in the way" if place.exists()
                            else "a symbolic link to nothing is in the way")
    folder.mkdir(parents=True, exist_ok=True)


def address_note(title: str) -> str:
    """What `briefgen new` adds to "Created …" when the file name (and so the address) leaves out letters or
    digits of `title`, else "": a title of no Latin letter or digit gets a digest (site.urls.slugify; a trial was
    not told why); one of some gets its Latin letters and digits only, and the rest is named (`dropped_letters`;
    BR24, 2026-12-06: "习近平 meets Putin" made meets-putin.md without a word). Every address briefgen makes
    keeps those alone, a person's page's too ("习近平" is people/person-<digest>/), so the note asks for a rename
    rather than the rule changing: a published address never moves."""
    if not latin_slug(title):  # (as slugify decides: `written_id` reads "0\\:" as a path and finds no letter)
        return (" Its file name (its address) is a digest: the title has no letters an address keeps (a-z, 0-9); "
                "rename the file to choose one, in those and hyphens (e.g. geneva-talks.md).")
    dropped = dropped_letters(title)
    if not dropped:
        return ""
    shown = ", ".join(f'"{word}"' for word in dropped[:3]) + (f" and {len(dropped) - 3} more" if len(dropped) > 3 else "")
    return (f" Its file name (its address) keeps Latin letters and digits only, as every address briefgen makes "
            f"does: {shown} {'is' if len(dropped) == 1 else 'are'} not in it; rename the file to spell "
            f"{'it' if len(dropped) == 1 else 'them'} in Latin letters, hyphens between words, if the address "
            f"should name {'it' if len(dropped) == 1 else 'them'} (e.g. xi-jinping-meets-putin.md for \"习近平 meets Putin\").")


def dropped_letters(title: str) -> list[str]:
    """The runs of letters and digits of `title` that its slug (site.urls.latin_slug) leaves out, each once, in
    order: those no accent-stripping or LETTER_FOLD makes Latin ("习近平", "Путин", "٣", "Ə"), with the combining
    marks that follow them (Devanagari's vowel signs)."""
    runs: list[str] = []
    run = ""
    for c in title:
        if (c.isalnum() and not latin_slug(c)) or (run and unicodedata.category(c).startswith("M")):
            run += c
        elif run:
            runs.append(run)
            run = ""
    if run:
        runs.append(run)
    return list(dict.fromkeys(runs))


def new_file(config_path: Path, kind: str, title: str) -> tuple[Path | None, list[Diagnostic]]:
    config, problems = load_config(config_path, config_path.name)
    if config is None or has_errors(problems):
        return None, problems
    undecoded = sorted({ord(c) - 0xDC00 for c in title if "\udc80" <= c <= "\udcff"})  # argv's surrogateescape
    if undecoded or any("\ud800" <= c <= "\udfff" for c in title):  # (no YAML writer, no file can hold them)
        shown = "".join(f"\\x{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff" else repr(c)[1:-1] for c in title)
        raise UsageError(f"cannot use '{shown}' as the title: it holds bytes that are not UTF-8 "
                         f"({', '.join(f'0x{b:02x}' for b in undecoded) or 'a lone surrogate'}); type the title "
                         f'again in UTF-8, e.g. briefgen new {kind} "Envoys meet in Geneva"')
    folded = fold_lines(title)  # (the build folds a one-line field's breaks: load/onelines.py; `new` writes it so)
    title = folded if folded is not None else title
    today = dt.datetime.now(config.tz).date()
    if kind == "article":
        outlet = config.sources[0].name if config.sources else "Outlet name"
        text = write_front({"title": title, "source": outlet, "published": today, "url": None, "draft": True},
                           ARTICLE_PLACEHOLDER + "\n",
                           {"source": SOURCE_COMMENT, "url": "link to the original: https://..."})
    else:
        text = write_front({"title": title, "date": today, "kind": "context", "topics": [], "draft": True},
                           NOTE_PLACEHOLDER + "\n",
                           {"kind": "or why-it-matters, what-to-watch, correction: each shown differently",
                            "topics": "topic ids of config.yaml; and/or articles: [their slugs]"})
    slug = title_slug(title, fallback=kind, language=config.language)  # cut at a hyphen: a long title made a file name the OS refused
    folder = "articles" if kind == "article" else "notes"
    path = config_path.parent / "content" / folder / f"{slug}.md"
    shown = path.relative_to(config_path.parent).as_posix()
    said = _title_problems(text, shown)
    if folded is not None:
        said.append(warning(shown, 0, f'the title held a line break and is written on one line: "{folded}"'))
    if device_name(path.name):  # (the build says so of the page; said now, as the title's other warnings are)
        said.append(warning(shown, 0, f'"{path.name}" is a name Windows keeps for a device: the site cannot be built, '
                                      "copied or checked out on Windows; rename the file (or give it `slug:`) if it "
                                      "may ever be"))
    refused = [p.message for p in said if p.severity == "error"]
    if refused:  # a usage error: nothing is written that the next build would reject
        raise UsageError(f"cannot use {title!r} as the title: {refused[0]}; give the {kind} a title in quotes, "
                         f'e.g. briefgen new {kind} "Envoys meet in Geneva"')
    refused = linked_folder_refused(config_path.parent, f"content/{folder}", config.allow_symlinks_to,
                                    f"briefgen new {kind}")
    if refused is not None:
        return None, [refused]
    try:
        _make_folder(path.parent)  # (a file content/notes made mkdir's FileExistsError read as "already exists")
        write_exclusive(path, text.encode("utf-8"))
    except _InTheWay as exc:
        return None, [error(shown_path(exc.path, config_path.parent), 0, f"cannot create {shown}: {exc.why}; "
                                                                         "move it away; nothing was written")]
    except FileExistsError:
        return None, [error(shown, 1, "already exists; choose another title or edit that file")]
    except OSError as exc:
        return None, [error(shown, 0, f"cannot create the file ({machine_advice(exc)}); nothing was written")]
    return path, said  # (the build's warnings on the title, said now: the file is written as asked)


def _title_problems(text: str, shown: str) -> list[Diagnostic]:
    """What the build says of the title of the new file `text` (at `shown`), by its own rules: an
    error when it refuses it (load/fields.py: empty, only spaces, a character no web page may hold),
    a warning when it holds markup shown as written (load/titlemarks.py: `[x](y)`, `*x*`, `<em>`) or no letter
    or digit."""
    front, _, _, problems = parse_front(text, shown)
    if front is not None:
        fields = Fields(front, shown, problems)
        for message in title_warnings(fields.text("title", required=True)):
            problems.append(warning(shown, fields.line("title"), message))
    return problems
