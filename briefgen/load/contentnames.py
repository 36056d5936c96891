"""Which names in content/ a build reads, and what it says about every other one.

Takes file names (and the project root, for what lies directly in content/); gives
whether a name is read and, when it is not, a warning naming it with what to do. SPEC.md
reads `content/articles/*.md` and `content/notes/*.md`; an article saved as
`gas-deal.markdown`, `Gas-Deal.MD`, `gas-deal.txt` or `gas-deal.md.txt`, or put in
`content/article/`, was left out with no word. Now every such file is named in a warning,
except what tools leave beside the files they edit, which nobody means to publish
(`is_tool_file`: editors' backups, swap and lock files, Office's `~$x.docx`, Vim's `4913`, `sed -i`'s
temporaries, the desktop's `Thumbs.db`, `briefgen fetch`'s `x.md.upstream`), and names
starting with a dot, which are hidden on purpose. Kept free of imports from the rest of
the load stage: `files.discover` (the no-change build's path) and the watcher use it.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from briefgen.diagnostics import Diagnostic, did_you_mean, warning
from briefgen.site.urls import title_slug

CONTENT_FOLDERS = ("articles", "notes")  # the folders of content/ that a build reads (SPEC.md)
CONTENT_EXTRAS = frozenset({"rejected.txt"})  # content/ files of `briefgen fetch` (importer/archive.py)
_NOT_CONTENT = ("#", "_")  # first characters of names left out although they end in .md (with "."; see below)
# Suffixes of names a writer reads as text: the Markdown family (CommonMark's and editors' lists),
# plain text, and none at all (TextEdit and nano save without one).
_TEXT_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext", ".text", ".txt",
                  ".rmd", ".qmd")
# Suffixes of articles written in another markup language, as other generators read them (Pelican: .rst,
# .html; Hugo: .adoc, .org, .rst, .html, .pandoc; Eleventy: .njk, .liquid, .html; Jekyll: .textile):
# "files to publish as they are go in static/" misled a trial's Pelican .rst article.
_OTHER_MARKUP = {  # suffix → (what it is, whether pandoc reads it)
    **dict.fromkeys((".rst", ".rest"), ("reStructuredText (Pelican's and Sphinx's format)", True)),
    ".org": ("Org mode", True), ".textile": ("Textile", True), ".ipynb": ("a Jupyter notebook", True),
    **dict.fromkeys((".html", ".htm"), ("an HTML page", True)),
    **dict.fromkeys((".adoc", ".asciidoc"), ("AsciiDoc", False)),
    **dict.fromkeys((".njk", ".liquid", ".hbs", ".mustache", ".ejs", ".pug", ".haml"), ("a template", False)),
}
_TOOL_SUFFIXES = (
    "~",  # backups: Emacs, gedit, nano, Kate
    ".swp", ".swo", ".swn", ".swx", ".kate-swp",  # swap files (normally dot-files; not for a dot-less copy)
    ".tmp", ".temp", ".bak", ".bck", ".orig", ".rej",  # temporaries, backups, patch and merge leftovers
    "___jb_tmp___", "___jb_old___",  # JetBrains' safe write
    ".crswap", ".crdownload", ".part",  # downloads and browsers' file writes still under way
    ".upstream",  # `briefgen fetch --update` beside an edited file (docs/fetch.md), merged by hand
    ".briefgen-tmp",  # briefgen's own temporaries
)
_TOOL_NAMES = frozenset({"Thumbs.db", "ehthumbs.db", "desktop.ini", "Icon\r"})
_SED_TEMPORARY = re.compile(r"sed[A-Za-z0-9]{6}")  # GNU sed -i writes `sedXXXXXX` beside the file


def is_content_file(name: str) -> bool:
    """Markdown files, minus hidden files and names starting with `#` or `_` (reported: `why_not_read`)."""
    return name.endswith(".md") and name[:1] not in (".", *_NOT_CONTENT)


def is_tool_file(name: str) -> bool:
    """Whether `name` is one that tools leave beside the files they edit (see the module's docs),
    or hidden (a dot-file): never read, and never reported."""
    if name[:1] == "." or name in _TOOL_NAMES:
        return True
    if len(name) > 1 and name[0] == "#" and name[-1] == "#":  # Emacs's auto-save files
        return True
    if name.startswith("~$"):  # Office's lock file beside an open document (~$report.docx; load/litter.py)
        return True
    if name.isascii() and name.isdigit() and int(name) >= 4913 and (int(name) - 4913) % 123 == 0:  # Vim's can-I-write probes
        return True
    return name.lower().endswith(_TOOL_SUFFIXES) or bool(_SED_TEMPORARY.fullmatch(name))


def why_not_read(root: Path, path: str) -> Diagnostic | None:
    """The warning for the file at `path` (relative to the project `root`) under content/articles/
    or content/notes/, which the build does not read; None for a content file or a tool's file."""
    folder, _, name = path.rpartition("/")
    if is_content_file(name) or is_tool_file(name):
        return None
    if name in ("_index.md", "_index.en.md"):  # Hugo's and Zola's list page of a section
        return warning(path, 0, "not read: `_index.md` is Hugo's and Zola's list page of a section; briefgen makes "
                                "every listing itself, so delete it (any text of it for readers can be an editor "
                                "note in content/notes/)")
    if name.endswith(".md"):  # a leading _ or #: a file set aside by hand
        target = _suggested(name.lstrip("_#"))
        there = " (a file of that name is there already)" if _another(root, path, target) else ""
        fix = f"rename it to {target} to publish it{there}"
        return warning(path, 0, f'not read: names starting with "{name[0]}" are left out; {fix} (to keep '
                                "it here unpublished without this warning, set `draft: true` in it, or start "
                                "its name with a dot)")
    stem, suffix = os.path.splitext(name)
    if suffix.lower() in _OTHER_MARKUP:  # a Pelican .rst, an .adoc …: an article in a language briefgen does not read
        markup, pandoc = _OTHER_MARKUP[suffix.lower()]
        how = f" (`pandoc -t gfm -o {_suggested(stem)} {name}` converts the body)" if pandoc else ""
        return warning(path, 0, f"not read: briefgen reads articles and notes written in Markdown only, and this "
                                f"is {markup}; write it as Markdown in {_suggested(stem)}{how}, with front matter "
                                "between `---` lines, and remove this file")
    if suffix and not suffix.lower().endswith(_TEXT_SUFFIXES):
        return warning(path, 0, f"not read: only Markdown files named *.md are read in {folder}/; files to "
                                "publish as they are (images, PDFs) go in static/, others outside content/")
    target = _suggested(name)
    there = " (a file of that name is there already: merge the two)" if _another(root, path, target) else ""
    return warning(path, 0, f"not read: only names ending in `.md` (lower case) are read; rename it to "
                            f"{target} if it is an article or note{there}")


def _another(root: Path, path: str, name: str) -> bool:
    """Whether a file `name` other than `path` is in its folder (on a case-insensitive file system,
    `gas-deal.md` names `Gas-Deal.MD` itself)."""
    other = root / path.rpartition("/")[0] / name
    try:
        return other.exists() and not os.path.samefile(other, root / path)
    except OSError:
        return False


def _suggested(name: str) -> str:
    """`name` as a content file's name: text suffixes off (any case, any number), a slug, `.md`."""
    stem = name
    while True:
        base, suffix = os.path.splitext(stem)
        if not base or not suffix or not suffix.lower().endswith(_TEXT_SUFFIXES):
            break
        stem = base
    return f"{title_slug(stem)}.md"


def stray_entries(root: Path) -> list[Diagnostic]:
    """A warning for each entry directly in content/ that no build reads: a file (`content/gas.md`)
    or a folder (`content/article/`, a misspelt `content/articles/`). None when content/ is missing."""
    try:
        names = sorted(os.listdir(root / "content"))
    except OSError:  # no content/ folder, or not one: discover reports what the build needs
        return []
    problems = []
    for name in names:
        if name in CONTENT_FOLDERS or name in CONTENT_EXTRAS or is_tool_file(name):
            continue
        hint = did_you_mean(name.lower(), CONTENT_FOLDERS)
        problems.append(warning(f"content/{name}", 0, f"not read{hint}: the build reads only content/articles/ "
                                                      "(articles) and content/notes/ (editor notes); move it "
                                                      "there, or out of content/"))
    return problems
