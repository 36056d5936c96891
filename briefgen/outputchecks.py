"""The output trees checked early, in forked children while the build does other work: whether `output/` is still
as the last build left it (`output_check`, before the project lock: a no-change build stops on it), and what both
output trees hold that no build wrote (`start_checks`, while the build plans; publish.py takes the answer).

Both only read the trees and their record (output/commit.py, output/strays.py); they are here, beside build.py and
publish.py, because the forking is speed's (speed/parallel.py), which the output stage does not import.
"""
from __future__ import annotations

from pathlib import Path

from briefgen.output.commit import OutputTree, marker_inode
from briefgen.output.record import OutputRecord, all_intact
from briefgen.output.strays import TreeChecks
from briefgen.speed.cache import BuildCache
from briefgen.speed.parallel import Pending, in_background

EARLY_CHECK_MIN_RECORD = 8 << 20  # bytes of output record (~40,000 files, ~0.15 s of stat calls) worth a fork


def output_check(root: Path, output: Path, jobs: int, min_record: int = EARLY_CHECK_MIN_RECORD) -> Pending[bool]:
    """Whether `output` is still exactly as the last build left it (`OutputTree.intact`), on its way.

    The check is a stat call for every output file (0.4 s, and 0.17 s to load the record, at
    100,000 articles: py-spy of a no-change build). When the record is at least `min_record`
    bytes and a second core is there, a forked child does it while this process walks and
    hashes the inputs, before the project lock is taken: it only reads, and a build that
    commits meanwhile writes the last-build key the caller compares with under the lock, so
    the answer can only be wrong for an output folder that was just written by such a build
    (another project's build into it writes no key of ours: when its marker is not the one the
    child saw, the check is done again). Else it is done when asked for. Never raises.
    """
    state = BuildCache.state_dir(root, output)

    def intact() -> bool:  # (`OutputTree(output, state).intact`, without the tree's other work: `all_intact`)
        try:
            recorded = OutputRecord.load(state / "record.pickle").of(output)
            return recorded is not None and all_intact(output, recorded)
        except OSError:
            return False

    try:
        big = jobs > 1 and (state / "record.pickle").stat().st_size >= min_record
    except OSError:
        big = False
    early = (in_background if big else Pending)(lambda: (marker_inode(output), intact()))  # (the marker it saw)
    def answer() -> bool:
        marker, ok = early()
        return ok if marker == marker_inode(output) else intact()
    return Pending(answer, early.abandon)


MIN_RECORD = 1 << 20  # bytes of output record (~4,500 files a tree, ~0.1 s of checks) worth a forked child (~5 ms)


def start_checks(output: Path, state_dir: Path | None, jobs: int, min_record: int | None = None) -> Pending[TreeChecks]:
    """Both trees' checks (`OutputTree.checks`), started: in a forked child (`in_background`) when `jobs` > 1 and the
    output record is at least `min_record` bytes (None: `MIN_RECORD`; a build wrote that output, so its folders
    exist and the checks make none), else done in the caller when first asked for. The caller (build.py) starts
    them before it plans and abandons them when the build stops before publishing (errors in the content);
    publish.py asks, after removing what interrupted builds left beside the trees (`commit.sweep`: never the trees
    themselves). Asking raises OSError as the checks in this process would (a folder that cannot be read), and
    `parallel.WorkerFailed` when the child failed.

    The checks are a scandir per folder of each tree, a stat per recorded file of the spare and a read of each file
    changed since it was written: at 10,000 articles (14,215 files a tree) 0.13-0.14 s of CPU for the live tree and
    0.19-0.21 s for the spare (best of 3, 2026-12-06), a seventh of a one-edit rebuild, done by the build itself
    after planning until then. Nothing of briefgen's changes the trees or their record before the commit (the build
    holds the project and output locks); what is added to or changed in `output/` by hand while the build runs is
    named by the next build, as before (output/strays.py) — the window is only longer.
    """
    work = lambda: OutputTree(output, state_dir).checks()  # noqa: E731
    try:
        least = MIN_RECORD if min_record is None else min_record
        big = jobs > 1 and state_dir is not None and (state_dir / "record.pickle").stat().st_size >= least
    except OSError:
        big = False
    return in_background(work) if big else Pending(work)
