"""The command line runs in Python's UTF-8 mode, whatever the locale says.

A project is UTF-8: its content, config, templates and feeds are read as UTF-8 bytes everywhere
(`load/text.py`). What Python decodes for us follows the locale unless UTF-8 mode is on: file names
(`os.scandir`), the command's arguments (a title given to `briefgen new`) and the standard streams. Under
`LC_ALL=C` (cron, CI containers, `ssh` from a machine with another locale) with `PYTHONUTF8=0`, or a Latin-1
locale, that encoding is ASCII or Latin-1: `content/articles/café.md` was "not valid UTF-8", `briefgen new
article "Café"` stopped with an "unexpected error", and a project in `~/Übersicht/` could not be named in a
message. PEP 538 and 540 turn UTF-8 on for the C locale only when `LC_ALL` is unset and `PYTHONUTF8` is not 0;
Python 3.15 makes it the default (PEP 686).

`run_in_utf8_mode` starts the same command again, once, in an interpreter with `-X utf8` (PYTHONUTF8=1 for
the processes it starts): the bytes of the arguments and the environment are passed on unchanged.
"""
from __future__ import annotations

import codecs
import os
import sys

_AGAIN = "BRIEFGEN_UTF8_MODE"  # set in the command started again: never a second time


def run_in_utf8_mode(argv: list[str] | None = None) -> None:
    """Replace this process with the same command in UTF-8 mode when Python decodes file names with another
    encoding than UTF-8 (module docstring); return when it already is, or cannot be started (then names that
    are not ASCII are reported as not UTF-8, as before), or when `argv` is given: the command line is not this
    process's (`cli.main(argv)` called from Python). Call it before anything reads a name or an argument."""
    if argv is not None or sys.flags.utf8_mode or _is_utf8(sys.getfilesystemencoding()) or os.environ.get(_AGAIN):
        return
    if not sys.executable or not getattr(sys, "orig_argv", None):
        return
    os.environ["PYTHONUTF8"] = "1"
    os.environ[_AGAIN] = "1"
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    try:
        os.execv(sys.executable, [sys.executable, "-X", "utf8", *sys.orig_argv[1:]])
    except OSError:
        del os.environ[_AGAIN]


def _is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False
