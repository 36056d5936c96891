"""Files that systems, desktops and editors leave in folders by themselves: static/ does not publish them.

Takes names (and static/-relative paths, for `static_include:`); gives what each one is, or None. TR17
(2026-12-06): a static/ copied from a Windows share, a Mac or an editor's session published `Thumbs.db`,
`desktop.ini`, Word's `~$report.docx` lock file, `notes.txt~` and `#notes.txt#` backups, Vim's `4913` probe and
a Windows volume's `$RECYCLE.BIN/` with the site; the dot-files (`.DS_Store`, `._photo.jpg`, `.notes.txt.swp`,
`.git/`, `.svn/`) were already left out, and now macOS's volume folders (`.Trashes/`, `.Spotlight-V100/` …) and
LibreOffice's `.~lock.x#` are too, without the warning other dot-files get.

No editor writes these names for readers: they hold a folder's thumbnails (pictures the editor deleted among
them), who has a document open, or an older copy of a file. They are left out without a word in the build
(`.DS_Store` would be named in every build of every Mac user's site), and named by `briefgen check -v`. A site
that means to publish one lists it under `static_include:` in config.yaml (a name, or a pattern of one, such
as `samples/*~`: `fnmatch`'s `*`, `?`, `[…]`); a dot-file cannot be listed (load/confinement.py).

Names that only look alike are published: `notes~draft.txt`, `#hashtags.png`, `~report.pdf` (a `~` or `#`
inside or at one end only), `backup.bak`, `photo.orig.jpg`, `data.old` (a copy an editor names is for the
editor to publish or not).
"""
from __future__ import annotations

from fnmatch import fnmatchcase

# (file names compared in any case: Windows writes `Thumbs.db`, `thumbs.db` and `Desktop.ini`)
_NAMES = {"thumbs.db": "Windows Explorer's thumbnail cache (it may hold pictures deleted since)",
          "ehthumbs.db": "Windows Media Center's thumbnail cache", "ehthumbs_vista.db": "Windows' thumbnail cache",
          "desktop.ini": "Windows Explorer's settings for the folder"}
_FOLDERS = {"$RECYCLE.BIN": "the Windows recycle bin of a drive (deleted files)",
            "System Volume Information": "a Windows drive's system folder"}
_ENDINGS = (("~", "an editor's backup copy (Emacs, gedit, nano, Kate)"),
            (".swp", "Vim's swap file"), (".swo", "Vim's swap file"), (".swx", "Vim's swap file"),
            (".kate-swp", "Kate's swap file"),
            ("___jb_tmp___", "a JetBrains editor's file while saving"), ("___jb_old___", "a JetBrains editor's file while saving"),
            (".crdownload", "a browser's unfinished download"), (".crswap", "a browser's file while saving"),
            (".part", "a browser's unfinished download"),
            (".tmp", "a temporary file (Word's ~WRL0001.tmp, an editor's while saving)"),
            (".bck", "an editor's backup copy"))
_SUFFIXES = tuple(ending for ending, _ in _ENDINGS)
# Dot-files left out without the warning other dot-files get (load/staticfiles.py): version control, desktops
# and editors. (Every dot-file but the web's own is left out: load/confinement.py.)
_DOTFILES = frozenset({".git", ".gitignore", ".gitkeep", ".gitattributes", ".gitmodules", ".hg", ".hgignore",
                       ".svn", ".bzr", ".keep", ".DS_Store", ".directory", ".localized", ".Trashes",
                       ".Spotlight-V100", ".fseventsd", ".TemporaryItems", ".DocumentRevisions-V100", ".apdisk",
                       ".VolumeIcon.icns", ".AppleDouble", ".AppleDB", ".AppleDesktop", ".LSOverride"})
_DOT_STARTS = (".#", "._", ".~lock.", ".Trash-", ".fuse_hidden")


def is_tools_dotfile(name: str) -> bool:
    """Whether the dot-file `name` is one version control, a desktop or an editor leaves (`.git`, `.DS_Store`,
    macOS's `._x` AppleDouble files and volume folders, `.#x` and LibreOffice's `.~lock.x#` locks, Vim's
    `.x.swp`), or briefgen's own hidden temporary file: left out of static/ without a warning."""
    return (name in _DOTFILES or name.startswith(_DOT_STARTS)
            or name.endswith((".swp", ".swo", ".swx", ".swn", ".kate-swp", ".briefgen-tmp")))


def litter(name: str, folder: bool = False) -> str | None:
    """What the file (or, with `folder`, the folder) `name` is when a system, desktop or editor left it (see the
    module's docs: "Windows Explorer's thumbnail cache …", "an Office lock file …"); None for any other name,
    and for every dot-file (those have their own rule: `is_tools_dotfile`)."""
    if folder:
        return _FOLDERS.get(name)
    first = name[:1]
    if first == ".":
        return None
    if first == "~" and name[1:2] == "$":
        return "an Office lock file (Word, Excel and PowerPoint keep one beside a document while it is open)"
    if first == "#" and len(name) > 2 and name[-1] == "#":
        return "an Emacs auto-save file"
    if name.endswith(_SUFFIXES):
        return next(what for ending, what in _ENDINGS if name.endswith(ending))
    if name.isdigit() and name.isascii() and int(name) >= 4913 and (int(name) - 4913) % 123 == 0:
        return "Vim's probe of whether it may write in the folder"
    return _NAMES.get(name.lower()) if first in "TtEeDd" else None


def included(path: str, patterns: tuple[str, ...]) -> str | None:
    """The first of `patterns` (`static_include:`) that names the static/-relative `path`: a pattern without a
    `/` matches the last part's name, one with a `/` the whole path (`fnmatch`, case as written); else None."""
    name = path.rpartition("/")[2]
    return next((p for p in patterns if fnmatchcase(path if "/" in p else name, p)), None)


def litter_part(path: str) -> tuple[str, str] | None:
    """(what it is, `path` up to the part a system, desktop or editor left: a folder's or the file's own) for the
    static/-relative file `path`; None when no part is `litter`. (Per static file of a build: the folders'
    names are looked at only when the path holds one.)"""
    if "$RECYCLE.BIN/" in path or "System Volume Information/" in path:
        parts = path.split("/")
        for depth, part in enumerate(parts[:-1], 1):
            if part in _FOLDERS:
                return _FOLDERS[part], "/".join(parts[:depth])
    what = litter(path[path.rfind("/") + 1:])
    return None if what is None else (what, path)

