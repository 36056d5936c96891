"""python-markdown's own code failing on a body: an error at the body's line, not "unexpected error".

python-markdown (3.x) has inputs it cannot convert: its `footnotes` extension raises "RuntimeError:
OrderedDict mutated during iteration" when a footnote's definition holds another one, indented under it
("[^1]: foot\\n\\n    [^2]: more", found by a contract audit, 2026-12-03). The editor cannot fix the library,
but can write the text differently, and the build must say which file and where, with the other errors of
the run, the previous output untouched. A failure raised in briefgen's own code (its Markdown extensions
included) is still briefgen's: reported as unexpected, with a traceback under --debug.

`library_failure(exc, source)` gives (0-based line of `source`, message) when the innermost frame of `exc`'s
traceback is in python-markdown's package, else None.
"""
from __future__ import annotations

import os
import re
import traceback

import markdown

_PACKAGE = os.path.dirname(os.path.abspath(markdown.__file__)) + os.sep
# A footnote's definition indented under another's: the input python-markdown's footnotes fail on.
_NESTED_DEFINITION = re.compile(r"^(?:[ ]{4}|\t)[ \t]*\[\^[^\]\n]+\]:", re.M)


def library_failure(exc: BaseException, source: str) -> tuple[int, str] | None:
    """(line, message) when python-markdown's own code raised `exc` on `source` (module docstring), else None."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames or not os.path.abspath(frames[-1].filename).startswith(_PACKAGE):
        return None
    where = f"{os.path.relpath(frames[-1].filename, os.path.dirname(os.path.dirname(_PACKAGE)))}:{frames[-1].lineno}"
    what = f"python-markdown could not convert this text ({type(exc).__name__}: {exc}, in {where})"
    nested = _NESTED_DEFINITION.search(source) if "footnotes" in frames[-1].filename else None
    if nested is not None:
        return (source.count("\n", 0, nested.start()),
                f"{what}: a footnote's definition indented under another footnote is one it cannot read; "
                "write it unindented, on a line of its own after the first")
    return 0, f"{what}; write the Markdown around the construct it names differently"
