"""Room for a file in the spare tree (output/commit.py), which is briefgen's own: whatever stands in its place goes."""
from __future__ import annotations

import os
import shutil


def make_room(full: str) -> None:
    """Make room for a file at `full` in the spare tree, which is briefgen's own: whatever is in its place goes
    (a file, a link, a pipe, and a folder: a hostile trial put one where the front page belongs, and the build
    failed with "Is a directory", 2026-12-04), and so does a file or link where one of its folders belongs."""
    try:
        os.unlink(full)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(full), exist_ok=True)
    except IsADirectoryError:
        shutil.rmtree(full)
    except NotADirectoryError:  # a folder of the path is a file (or a link to one): the nearest such goes
        folder = os.path.dirname(full)
        while (os.path.isdir(folder) and not os.path.islink(folder) or not os.path.lexists(folder)) and (
                folder != os.path.dirname(folder)):
            folder = os.path.dirname(folder)
        if folder == os.path.dirname(folder):
            raise
        os.unlink(folder)
        os.makedirs(os.path.dirname(full), exist_ok=True)
