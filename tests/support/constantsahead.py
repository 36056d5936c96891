"""Write Hypothesis's constants of briefgen's modules before the test processes start.

    python tests/support/constantsahead.py

At a process's first property (in this suite: the end of its collection, from Hypothesis's pytest
plugin), Hypothesis collects the literals of every local module imported so far, to draw them now and
then (`hypothesis.internal.conjecture.providers._get_local_constants`); it keeps each module's in
`.hypothesis/constants/<hash of the source>` and reads that file when it is there. A fresh clone has
none, so each pytest-xdist worker parsed all of briefgen's ~300 modules itself: 2.13 s CPU, against
0.26 s with the files written (all modules imported, one process, 2026-12-05). tools/test.sh runs this
beside its single-threaded precompile steps. The files are those Hypothesis itself writes (its own
`constants_from_module`, with its default limit), named by the source's hash, so a file this misses or
spoils costs time, never another draw: Hypothesis reads what it would have computed. Test files are
none of them (Hypothesis leaves out modules under tests/).

Likewise its Unicode tables (`hypothesis.internal.charmap`, kept in `.hypothesis/unicode_data/<version>/`): the
characters that UTF-8 can encode, which every `st.text()` and `st.characters()` draws from by default, are found at a
process's first such strategy by encoding each of the 1,114,112 code points, when the file is not there: 1.7-2.0 s of
CPU in each worker of a fresh clone (2026-12-08, a fresh process each, load ~15); 0.00 s read from the file. The
file is Hypothesis's own (`intervals_from_codec`), so a missed or spoiled one costs that time again, never a draw.
"""
from __future__ import annotations

import sys
import types
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "briefgen"


def main() -> int:
    """Write the constants of every module of briefgen's package; always 0: a miss only costs time."""
    from hypothesis.internal.charmap import charmap, intervals_from_codec
    from hypothesis.internal.constants_ast import constants_from_module

    paths = sorted(PACKAGE.rglob("*.py"))
    for path in paths:
        module = types.ModuleType(f"constantsahead_{len(path.parts)}")  # (only its file is read)
        module.__file__ = str(path)
        constants_from_module(module)
    charmap()  # (module docstring: the Unicode tables, written where the workers look: the current folder's)
    intervals_from_codec("utf-8")
    print(f"constantsahead: Hypothesis's constants of {len(paths)} modules in .hypothesis/constants, its Unicode "
          "tables in .hypothesis/unicode_data", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
