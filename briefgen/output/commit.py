"""Committing a build: `output/` becomes the complete new site in one atomic step, or stays as it was.

Two trees are kept: the live `output/` and a spare one beside it holding the previous
build. A build brings the spare up to date with the new site — files that did not
change are hard links shared with the live tree, changed ones are written as new
files — and then the two trees swap places with one `renameat2(RENAME_EXCHANGE)`.
Nothing inside `output/` is ever written, so a build killed at any moment leaves the
complete old site (before the swap) or the complete new one (after), and never a
temporary file in it; the cost of a commit is that of the files that changed, not of
the whole site (measured: linking a 100,000-page tree afresh costs 1.3 s on tmpfs and
4.2 s on this machine's disk). Where the exchange is not available (not Linux, or a
file system without it) the swap is two renames, and `output/` is briefly absent.

The spare is trusted only while its marker is one the record knows: before the first
change to it the marker goes, so a build interrupted half-way leaves a spare the next
build rebuilds from scratch instead of trusting. A symbolic link in the spare's place (a
damaged cache) is never trusted: it is removed, not followed, and a real folder made.
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path
from typing import Callable, Mapping

from briefgen import sealed
from briefgen.output import trash
from briefgen.output.guards import MARKER
from briefgen.output.mounts import mount_of
from briefgen.output.room import make_room
from briefgen.output.record import DIGEST, FileRecord, OutputRecord, marker_inode, stat_record, verified
from briefgen.output.strays import ANNOUNCED, Checked, Strays, TreeChecks, strays

MARKER_TEXT = "This folder is built by briefgen and replaced on every build; do not edit it.\n"
COPY_PIECE = 1 << 20  # bytes read and written at a time when copying a static file
Step = Callable[[str], None]  # told before each step of a commit (fault-injection tests kill there)


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def live_bytes(path: Path) -> bytes | None:
    """The bytes of an output file as they are now, or None when there is none (or it cannot be read)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def spare_location(output: Path, state_dir: Path | None) -> Path:
    """Where the spare tree lives: in the state folder when it is on the output's mount, else beside it."""
    if state_dir is not None:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            sealed.own_folder(state_dir)  # a file in its place (a damaged cache) is cleared
            if (os.stat(state_dir).st_dev == os.stat(output.parent).st_dev  # else rename fails: EXDEV,
                    and mount_of(state_dir) == mount_of(output.parent)):  # also across binds
                return state_dir / "spare"
        except OSError:
            pass
    return output.parent / f".{output.name}.briefgen-spare"


class SourceUnreadable(Exception):
    """A file to be copied into the site could not be read: the editor's file, not the output."""

    def __init__(self, source: Path, error: OSError) -> None:
        super().__init__(f"{source}: {error.strerror}")
        self.source, self.error = source, error


def source_stat(source: Path) -> os.stat_result:
    """`os.stat` of a file to be copied into the site; raises SourceUnreadable (the editor's file,
    removed while the build ran: not a failure to write the site)."""
    try:
        return source.stat()
    except OSError as exc:
        raise SourceUnreadable(source, exc) from exc


class OutputTree:
    """An output folder with its record and spare tree; `stage()` starts a commit into it."""

    def __init__(self, output: Path, state_dir: Path | None, on_step: Step | None = None) -> None:
        self.output = output
        self._record_path = state_dir / "record.pickle" if state_dir is not None else None
        self._spare = spare_location(output, state_dir)
        self._on_step = on_step or (lambda step: None)
        self.record = OutputRecord.load(self._record_path)
        recorded = self.record.of(output)
        self.complete = recorded is not None  # the live tree is one this record knows
        self.live = verified(output, recorded) if recorded is not None else {}
        self.intact = recorded is not None and len(self.live) == len(recorded)
        self._recorded = recorded
        # Every file the last build wrote into the live tree, whatever was done to it by hand since (edited,
        # touched, removed): the addresses it published (gone.py), where `live` holds only the intact ones.
        self.published: Mapping[str, FileRecord] = recorded if recorded is not None else {}
        self.strays = Strays()  # what the live tree holds that no build wrote, or not as written (`check_live`)
        self._live_checked = False
        self._spare_files: dict[str, FileRecord] | None = None  # the spare's files as verified (`check`)
        self._spare_extra: list[str] = []  # what else the spare holds (`check`): removed by `stage`
        self._spare_unannounced: set[str] = set()  # those of them no build has named (`strays`)
        self.removed: list[str] = []  # those, relative to the tree, once `stage` removed them (the build says so)
        self._spare_checked = False

    @property
    def spare(self) -> Path:
        """Where the spare tree lies (`spare_location`): the warnings of what it holds name it (output/strays.py)."""
        return self._spare

    def check_live(self) -> None:
        """What the live tree holds that no build wrote, or not as written (`strays`): the swap takes it out, so the
        build that swaps names it (publish.py). A scandir per folder (~0.14 s of CPU at 10,000 articles, 2026-12-06)."""
        self.strays = strays(self.output, self._recorded, self.live, compare=True)
        self._live_checked = True

    def checks(self) -> TreeChecks:
        """Both trees' checks (`check_live`, `check`), as plain data for `take_checks` here or in another process
        (outputchecks.py: a forked child checks them while the build plans)."""
        return TreeChecks(strays(self.output, self._recorded, self.live, compare=True), self.check())

    def take_checks(self, found: TreeChecks) -> None:
        """Use what `checks` found (here or in a child)."""
        self.strays, self._live_checked = found.live, True
        self.take(found.spare)

    def check(self) -> Checked:
        """The spare tree against the record, read only (a stat call per file and a scandir per folder). The build
        holds the project lock, so nothing of briefgen's changes it before `stage`."""
        # A link in the spare's place (a damaged cache) is never trusted: the swap would put the link,
        # not a tree, where output/ was. One to output/ itself was trusted as the live tree: the build
        # wrote into the live site, swapped, left output/ a link to itself and said it had succeeded.
        recorded = None if os.path.islink(self._spare) else self.record.of(self._spare)
        files = verified(self._spare, recorded) if recorded is not None else None
        # Everything not as recorded goes, also a recorded file changed since: one edited in output/ (shared with
        # the spare by a hard link) whose page the next site no longer had stayed, and the swap published it
        # (a tester, 2026-12-05: a deleted article's page edited by hand came back).
        return Checked(files, strays(self._spare, recorded, files or {}))

    def take(self, checked: Checked) -> None:
        """Use what `check` found (here or in a child)."""
        self._spare_files, found = checked.spare_files, checked.spare
        self._spare_extra = [*found.added, *found.hollow, *(os.path.join(self._spare, path) for path in found.changed)]
        self._spare_unannounced = set(found.added)
        self._spare_checked = True

    def check_spare(self) -> None:
        """`check` and `take` here (a build without a child to do it)."""
        self.take(self.check())

    def distrust_spare(self, exc: OSError) -> bool:
        """After a failed commit (`discard`): whether `exc` is a permission error inside the spare tree — a folder
        made read-only in output/, swapped into the spare by the last build — and then forget the spare, so that
        the next `stage` makes a fresh one (publish.py tries once more)."""
        name = os.fspath(exc.filename or "")
        if exc.errno not in (errno.EACCES, errno.EPERM) or not name.startswith(f"{self._spare}{os.sep}"):
            return False
        self._spare_files, self._spare_extra, self._spare_checked = None, [], True
        self._spare_unannounced = set()
        return True

    def stage(self) -> Staging:
        """Prepare the spare tree to receive this build (empty it when it cannot be trusted)."""
        if not self._live_checked:
            self.check_live()
        if not self._spare_checked:
            self.check_spare()
        files, self._spare_files, self._spare_checked = self._spare_files, None, False  # (checked once per stage)
        for extra in self._spare_extra:  # (what was added to the live tree by hand, swapped out with it)
            if os.path.isdir(extra) and not os.path.islink(extra):
                shutil.rmtree(extra)  # (not `_remove_tree`: its trash would lie in the tree while it is swapped in)
            elif os.path.lexists(extra):  # (a changed file inside an added folder: gone with it)
                os.unlink(extra)
            _prune_empty_dirs(Path(extra).parent, self._spare)  # (an empty folder left would be a stray of its own)
            if extra in self._spare_unannounced:
                self.removed.append(Path(extra).relative_to(self._spare).as_posix())
        if files is None:
            trash.remove_tree(self._spare)
            self._spare.parent.mkdir(parents=True, exist_ok=True)
            self._spare.mkdir()
            files = {}
        self._step("stage")
        (self._spare / MARKER).unlink(missing_ok=True)  # from here on the spare is not trusted until swapped
        return Staging(self._spare, self.output, files, self.live, self._step)

    def commit(self, staging: Staging, paths: set[str]) -> None:
        """Make the staged tree hold exactly `paths`, mark it, swap it in, remember both trees.

        Raises OSError if the tree cannot be finished (disk full, permissions): `output/`
        is then untouched. After the swap, a failure to save the record is only reported
        to the caller through the return of `save_record` (the site is already published).
        """
        staging.finish(paths)
        marker = self._spare / MARKER
        temp = self._spare / f".{MARKER}.{trash.unique()}"
        temp.write_text(MARKER_TEXT)
        os.replace(temp, marker)
        self._step("marker")
        new_tree = {path: record for path, record in staging.files.items() if path in paths}
        new_ino = os.stat(marker).st_ino
        old_ino = marker_inode(self.output)
        self.record.trees = {new_ino: new_tree}
        if old_ino is not None and self.complete:  # (what the swap takes out was named: the next build says no more)
            named = [Path(full).relative_to(self.output).as_posix() for full in self.strays.added]
            self.record.trees[old_ino] = {**dict.fromkeys([*named, *self.strays.changed], ANNOUNCED), **self.live}
        self._save_record_quietly()  # before the swap: a kill right after it still finds the new tree known
        self._step("swap")
        _exchange(self._spare, self.output)
        self._step("swapped")
        if self._record_path is None:  # nowhere to remember the spare: it will never be trusted
            trash.remove_tree(self._spare)
        self.live, self.complete, self.intact, self.published = new_tree, True, True, new_tree

    def discard(self) -> None:
        """Remove the spare tree after a commit failed (a full disk): untrusted from `stage()` on,
        it would be emptied by the next build anyway, and meanwhile its new files held the space
        the editor needs to save a file. Best effort; never raises."""
        try:
            trash.remove_tree(self._spare)
        except OSError:
            pass

    def save_record(self) -> OSError | None:
        """Save the record again (after the swap); the error, if any, for the caller to warn about."""
        if self._record_path is None:
            return None
        try:
            self.record.save(self._record_path)
        except OSError as exc:
            return exc
        return None

    def _save_record_quietly(self) -> None:
        if self._record_path is not None:
            try:
                self.record.save(self._record_path)
            except OSError:
                pass  # the swap still happens; the next build just trusts less

    def _step(self, name: str) -> None:
        self._on_step(name)


class Staging:
    """The spare tree being brought to the new site's content. `write`/`copy` are safe in forked workers."""

    def __init__(self, root: Path, live_root: Path, files: dict[str, FileRecord],
                 live: dict[str, FileRecord], step: Step) -> None:
        self.root = root
        self._base = str(root)
        self._live_base = str(live_root)
        self.files = files  # path → what the spare holds now (verified)
        self._live = live
        self._step = step
        self._written: dict[str, str] = {}  # path → digest, written in this process

    def write(self, path: str, data: bytes) -> str:
        """Put `data` at `path` (a new file, never one shared with the live tree); its content hash."""
        digest = content_hash(data)
        full = os.path.join(self._base, path)
        self._step(f"write {path}")
        make_room(full)
        with open(full, "xb") as handle:
            handle.write(data)
        return digest

    def copy(self, path: str, source: Path) -> str:
        """Copy `source` (a static file) to `path`, a piece at a time; its content hash. Raises
        SourceUnreadable when the source cannot be read, OSError when the copy cannot be written.

        A piece at a time: reading the whole file first took its size in memory (an 800 MB
        video: 818 MB resident), so a large enough file ended the build in the kernel's OOM kill.
        """
        try:
            handle = open(source, "rb")
        except OSError as exc:
            raise SourceUnreadable(source, exc) from exc
        digest = hashlib.blake2b(digest_size=16)
        full = os.path.join(self._base, path)
        with handle:
            self._step(f"write {path}")
            make_room(full)
            with open(full, "xb") as target:
                while True:
                    try:
                        piece = handle.read(COPY_PIECE)
                    except OSError as exc:
                        raise SourceUnreadable(source, exc) from exc
                    if not piece:
                        break
                    digest.update(piece)
                    target.write(piece)
        return digest.hexdigest()

    def keep(self, path: str) -> None:
        """Let `path` hold what the live tree holds there (a hard link, or a copy where links fail)."""
        record = self._live[path]
        if self.files.get(path, None) is not None and self.files[path][DIGEST] == record[DIGEST]:
            return
        full = os.path.join(self._base, path)
        self._step(f"keep {path}")
        make_room(full)
        try:
            os.link(os.path.join(self._live_base, path), full)
            self.files[path] = record
        except OSError:
            shutil.copyfile(os.path.join(self._live_base, path), full)
            self.files[path] = stat_record(full, record[DIGEST])

    def written(self, path: str, digest: str) -> None:
        """Record a file a worker wrote (its digest came back through the pipe)."""
        self.files[path] = stat_record(os.path.join(self._base, path), digest)

    def finish(self, paths: set[str]) -> None:
        """Remove what the new site does not have.

        The tree holds nothing else: a trusted spare holds exactly its record, and a file
        written by an interrupted build lies in a spare the next build does not trust.
        """
        missing = paths - set(self.files)
        if missing:
            raise RuntimeError(f"bug: {len(missing)} files of the new site were never written, e.g. {min(missing)}")
        for path in sorted(set(self.files) - paths):
            self._step(f"remove {path}")
            full = Path(self._base, path)
            full.unlink(missing_ok=True)
            _prune_empty_dirs(full.parent, self.root)
            del self.files[path]


def _prune_empty_dirs(folder: Path, top: Path) -> None:
    while folder != top and top in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty
        folder = folder.parent


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2() -> Callable[..., int] | None:
    import ctypes  # only when a tree is swapped in (a no-change build never gets here)

    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # not Linux, or a C library without it
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


def _exchange(staged: Path, output: Path) -> None:
    """Swap the two trees atomically (Linux `renameat2(RENAME_EXCHANGE)`), or as well as the platform allows."""
    if not output.exists():
        output.parent.mkdir(parents=True, exist_ok=True)
        staged.rename(output)
        staged.mkdir()  # an empty spare: its record is empty, so it is rebuilt next time
        return
    function = _renameat2()
    if function is not None:
        if function(_AT_FDCWD, os.fsencode(staged), _AT_FDCWD, os.fsencode(output), _RENAME_EXCHANGE) == 0:
            return
        import ctypes

        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise OSError(code, os.strerror(code), str(staged), None, str(output))  # (both: see guards.denied_folder)
    old = staged.parent / f"{staged.name}.old-{trash.unique()}"
    output.rename(old)
    staged.rename(output)
    old.rename(staged)


def sweep(output: Path, state_dir: Path | None) -> None:
    """Remove what interrupted builds left beside the output and in its state folder (`trash.sweep`)."""
    trash.sweep(output, spare_location(output, state_dir), state_dir)
