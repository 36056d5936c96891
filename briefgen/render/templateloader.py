"""Reading a template file by its name: name → (text, file), or the diagnostic of what stands there.

Every template Jinja reads — a page's, what it extends, includes and imports, at check and render
time alike — is read here (`ConfinedLoader`, one for the site's templates/, one for each plugin's folder,
one for the theme), so every way a file at a template's path can be unusable is said once, as
`path:line: what is wrong and how to fix it`, never as an exception:

- anything there that is not a readable regular file — a folder, a named pipe, a socket, a device, a
  symlink that leads nowhere — is an error (`TemplateUnusable`). Jinja's own loader passed over such an
  entry to the theme's file of the same name, silently for a folder (a trial's `mkdir templates/partials/
  masthead.html` published the theme's masthead) and never opens it (a pipe would block the build);
- a file that is not UTF-8 is an error at its line (`load.text.decode`, as for content files: a trial's
  Latin-1 `templates/article.html` gave "unexpected error: UnicodeDecodeError … please report it", and a
  traceback in serve). A BOM and CRLF line endings are accepted, and the text is read in NFC, as content is;
- a character no web page may hold (C0 and C1 controls but tab, line feed, form feed and carriage
  return; noncharacters: `load.codepoints.FORBIDDEN`) is replaced with U+FFFD as the template is compiled
  (`ForbiddenCharacters`) and reported at its line by the template check (`forbidden_characters`).
"""
from __future__ import annotations

import os
import posixpath
import stat
from typing import Callable, Mapping

import jinja2
from jinja2.ext import Extension
from jinja2.loaders import split_template_path

from briefgen.diagnostics import Diagnostic, error, warning
from briefgen.load.codepoints import FORBIDDEN, replace_forbidden
from briefgen.load.files import cannot_read, not_regular, source_digest
from briefgen.load.text import decode


class TemplateChanged(Exception):
    """A template file's bytes are not those the build identified its templates by (`load.files.
    template_digest`): it was edited, created or removed while the build ran. `filename` as Jinja
    names it. Never a template error of the page: the build reports it (`changed_while_building`)."""

    def __init__(self, filename: str) -> None:
        super().__init__(f"{filename} changed while the build ran")
        self.filename = filename


class TemplateUnusable(jinja2.TemplateError):
    """What stands at a template's path cannot be used as a template (see the module docstring);
    carries the diagnostic. Not a TemplateNotFound: Jinja would then use the next loader's (the
    theme's) template of that name, as if the editor's entry were not there."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


class ConfinedLoader(jinja2.FileSystemLoader):
    """Templates of one folder, read as the module docstring says; refuses templates whose real
    path `allowed` rejects (a symlink out of the project), so `{% include %}` can never publish a
    file from elsewhere. `shown`: the folder as diagnostics name it ("templates", a plugin's path).

    With `expected` (file → `source_digest`, from `template_digest`), it raises TemplateChanged for a
    template whose bytes are not those the build's template identity was made from, or that is gone.
    Pages are fingerprinted by that identity: a page rendered from other bytes was published under
    it, and an edit undone before the next build (identity as before) left that page published for
    good, the next build finding "nothing changed" (found by a helper's trial: save a template while
    a build runs, undo the save)."""

    def __init__(self, folder: os.PathLike[str] | str, allowed: Callable[[str], bool],
                 expected: Mapping[str, str] | None = None, shown: str = "templates") -> None:
        super().__init__(str(folder))
        self._allowed = allowed
        self._expected = expected
        self._shown = shown

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # (TemplateNotFound for "../x")
        filename = os.path.normpath(os.path.join(self.searchpath[0], *pieces))
        shown = posixpath.join(self._shown, *pieces)
        try:
            os.lstat(filename)
        except (FileNotFoundError, NotADirectoryError):
            if self._expected is not None and filename in self._expected:
                raise TemplateChanged(filename) from None
            raise jinja2.TemplateNotFound(template) from None
        except OSError as exc:  # a folder on the way that may not be entered
            raise TemplateUnusable(cannot_read(shown, exc)) from None
        if not self._allowed(os.path.realpath(filename)):  # (an error where the templates are walked)
            raise jinja2.TemplateNotFound(template, f"{template} is a symlink to a file outside the project")
        data, mtime = _read(filename, shown)
        if self._expected is not None:
            known = self._expected.get(filename)
            if known is None and not any(part.startswith(".") for part in pieces):
                raise TemplateChanged(filename)  # created since (dot-names are not walked, so never known)
            if known is not None and known != source_digest(data):
                raise TemplateChanged(filename)
        text, problems = decode(data, shown)
        if text is None:
            raise TemplateUnusable(problems[0])

        def uptodate() -> bool:
            try:
                return os.path.getmtime(filename) == mtime
            except OSError:
                return False
        return text, filename, uptodate


def _read(filename: str, shown: str) -> tuple[bytes, float]:
    """The bytes and modification time of the regular file `filename`; raises TemplateUnusable.
    Opened without blocking (a named pipe nobody writes to), and looked at once opened."""
    try:
        handle = os.open(filename, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) or exc.errno == getattr(os, "ELOOP", None):
            raise TemplateUnusable(not_regular(shown, filename, True)) from None  # (a symlink to nowhere)
        raise TemplateUnusable(cannot_read(shown, exc)) from None
    try:
        found = os.fstat(handle)
        if stat.S_ISDIR(found.st_mode):
            raise TemplateUnusable(error(shown, 0, "not read: it is a folder, where a template file of this "
                                                   "name is looked for (a template is found by name, and the "
                                                   "theme's would not be used either); move the folder away, "
                                                   "or remove it"))
        if not stat.S_ISREG(found.st_mode):
            raise TemplateUnusable(not_regular(shown, filename, True))
        with os.fdopen(handle, "rb", closefd=False) as stream:
            return stream.read(), found.st_mtime
    except OSError as exc:
        raise TemplateUnusable(cannot_read(shown, exc)) from None
    finally:
        os.close(handle)


class ForbiddenCharacters(Extension):
    """Replaces each character no web page may hold (`load.codepoints.FORBIDDEN`) with U+FFFD before
    a template is lexed, whichever loader gave it (a plugin's template given as text too): a template's
    text is copied into pages as it is, and the Nu Html Checker rejects every page holding one
    ("Forbidden code point"). One character for one, so every line number stays."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return replace_forbidden(source)


def forbidden_characters(source: str, shown: str) -> list[Diagnostic]:
    """A warning at each line of the template `source` (its path `shown`) that holds characters no web
    page may hold, naming them (as U+XXXX) and saying they are published as U+FFFD."""
    lines: dict[int, list[str]] = {}
    for match in FORBIDDEN.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        code = f"U+{ord(match.group()):04X}"
        if code not in lines.setdefault(line, []):
            lines[line].append(code)
    return [warning(shown, line, _forbidden_message(codes)) for line, codes in sorted(lines.items())]


def _forbidden_message(codes: list[str]) -> str:
    many = len(codes) > 1
    kinds = sorted({"noncharacter" if int(code[2:], 16) >= 0xFDD0 else "control character" for code in codes})
    what = " or ".join(kind + ("s" if many else "") for kind in kinds)
    return (f"the {what} {', '.join(codes)} {'are' if many else 'is'} published as U+FFFD, the replacement "
            f"character (a question mark in a diamond), as HTML forbids {'them' if many else 'it'} in a page; "
            f"delete {'them' if many else 'it'}, or write what was meant")


EXTENSIONS: tuple[type[Extension], ...] = (ForbiddenCharacters,)
