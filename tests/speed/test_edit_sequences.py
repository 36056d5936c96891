"""Random sequences of an editor's actions: every incremental build equals a cold build.

"Deleting `.briefgen-cache/` changes speed, never output." Two copies of the sample briefing
(listings of a few stories a page) receive the same actions (tests/support/edits.py); after
each step that builds, one is built as the command line builds it (the cache on disk, a new
`build` each time) and one as `serve` does (one long-lived `Memo`, its own output folder,
advice asked for), and a third, fresh copy of the inputs is built cold. Every output file's
bytes and the diagnostics (and serve's advice) must be the cold build's; a failed build must
leave the previous output exactly as it was.

CI runs a few short sequences, the same ones every time; run it for longer with e.g.
`BRIEFGEN_SEQUENCES=300 BRIEFGEN_SEQUENCE_STEPS=12 BRIEFGEN_SEQUENCE_MIN_STEPS=6
BRIEFGEN_SEQUENCE_SEED=random` (and TMPDIR=/dev/shm: sites are built in temporary folders).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, BuildResult, build
from briefgen.speed.memo import Memo
from support.edits import ACTIONS, Editor
from support.trees import copy_sample, tree_bytes

EXAMPLES = int(os.environ.get("BRIEFGEN_SEQUENCES", "2"))
STEPS = int(os.environ.get("BRIEFGEN_SEQUENCE_STEPS", "3"))
MIN_STEPS = min(STEPS, int(os.environ.get("BRIEFGEN_SEQUENCE_MIN_STEPS", "1")))
RANDOM = os.environ.get("BRIEFGEN_SEQUENCE_SEED") == "random"
JOBS = int(os.environ.get("BRIEFGEN_SEQUENCE_JOBS", "1"))  # of the command-line builds (2: fingerprints forked)
LOG = os.environ.get("BRIEFGEN_SEQUENCE_LOG")  # a file to append each sequence run to (long runs)
BUILD_TIME = dt.datetime.fromtimestamp(1_700_000_000, dt.timezone.utc)  # SOURCE_DATE_EPOCH=1700000000

ACTION = st.tuples(st.sampled_from(ACTIONS), st.integers(0, 11), st.integers(0, 11))
STEP = st.tuples(ACTION, st.sampled_from((True, True, True, False)))  # (action, build after it)


def prepare(root: Path) -> Path:
    """The sample briefing with listings of five stories a page, editions of five (pages turn often)."""
    site = copy_sample(root)
    config = site / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "edition: weekly\n", "edition: weekly\nlistings: {page_size: 5, edition_size: 5}\n"), encoding="utf-8")
    return site


def said(result: BuildResult, roots: tuple[Path, ...]) -> list[str]:
    """The diagnostics as printed (sorted), with the folders of this copy named alike; but the warning that an
    article's page the last build published is gone (publish.gone_addresses), which tells of the change from the
    last build to this one and which a cold build, with no last build, cannot give (test_gone_addresses.py)."""
    lines = sorted(str(d) for d in result.diagnostics if "the last build published this page" not in d.message)
    for root in roots:
        lines = [line.replace(str(root), "<root>") for line in lines]
    return lines


def advice_of(result: BuildResult) -> list[str] | None:
    return None if result.advice is None else sorted(str(d) for d in result.advice)


class Sites:
    """The command-line copy, the serve copy with its memo, and the cold builds to compare with."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.cli = Editor(prepare(tmp / "cli"))
        self.serve = Editor(prepare(tmp / "serve"))
        self.memo = Memo()
        self.served = tmp / "served"  # serve builds into a folder of its own, outside the project
        self.colds = 0
        self.last_good: dict[str, dict[str, bytes]] = {}
        self.outcomes: list[str] = []  # of the builds compared: "ok" or "failed" (then "fixed")
        self.good_inputs: dict[str, bytes] = {}  # the inputs of the last build that succeeded

    def build_cli(self) -> BuildResult:
        return build(self.cli.root / "config.yaml", self.options(jobs=JOBS))

    def options(self, jobs: int = 1, **more: object) -> BuildOptions:
        return BuildOptions(jobs=jobs, build_time=BUILD_TIME, lock_wait=0, drafts=self.cli.drafts,  # type: ignore[arg-type]
                            base_url=self.cli.base_url, **more)

    def build_serve(self) -> BuildResult:
        assert (self.serve.drafts, self.serve.base_url) == (self.cli.drafts, self.cli.base_url)
        return build(self.serve.root / "config.yaml", self.options(output_dir=self.served, advice=True,
                                                                   command="briefgen serve"), self.memo)

    def build_cold(self) -> tuple[BuildResult, Path]:
        self.colds += 1
        root = self.tmp / f"cold-{self.colds}"
        shutil.copytree(self.cli.root, root, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
        return build(root / "config.yaml", self.options(advice=True)), root

    def start(self) -> None:
        for editor in (self.cli, self.serve):
            editor.remember()
        cli, serve = self.build_cli(), self.build_serve()
        assert cli.ok and serve.ok, said(cli, (self.tmp,))
        self.last_good = {"cli": tree_bytes(cli.output_dir), "serve": tree_bytes(serve.output_dir)}
        self.good_inputs = self.cli.inputs()

    def step(self, action: tuple[str, int, int], builds: bool, history: list[str]) -> None:
        if self.outcomes and self.outcomes[-1] == "failed":  # the editor fixes what failed the last build
            history.append("(inputs of the last good build put back)")
            for editor in (self.cli, self.serve):
                editor.restore_all(self.good_inputs)
            self.outcomes.append("fixed")
        self.cli.apply(action)
        self.serve.apply(action)
        history.append(repr(action) + (" → build" if builds else ""))
        if not builds:
            return
        assert self.cli.inputs() == self.serve.inputs()
        for editor in (self.cli, self.serve):
            editor.remember()
        cli, serve = self.build_cli(), self.build_serve()
        cold, cold_root = self.build_cold()
        where = "\n  ".join(history)
        expected = said(cold, (cold_root, self.tmp))
        assert said(cli, (self.cli.root, self.tmp)) == expected, f"CLI diagnostics after:\n  {where}"
        assert said(serve, (self.serve.root, self.tmp)) == expected, f"serve diagnostics after:\n  {where}"
        if serve.advice is not None:
            assert advice_of(serve) == advice_of(cold), f"serve advice after:\n  {where}"
        self.outcomes.append("ok" if cold.ok else "failed")
        if not cold.ok:
            assert not cli.ok and not serve.ok
            # A failed build leaves the previous output exactly as it was.
            assert tree_bytes(cli.output_dir) == self.last_good["cli"], f"CLI output after:\n  {where}"
            assert tree_bytes(serve.output_dir) == self.last_good["serve"], f"serve output after:\n  {where}"
            return
        want = tree_bytes(cold.output_dir)
        for name, result in (("cli", cli), ("serve", serve)):
            got = tree_bytes(result.output_dir)
            differ = sorted(p for p in set(got) | set(want) if got.get(p) != want.get(p))
            assert not differ, f"{name} output differs from a cold build in {differ[:8]} after:\n  {where}"
            self.last_good[name] = got
        self.good_inputs = self.cli.inputs()
        shutil.rmtree(cold_root)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=not RANDOM, database=None,
          suppress_health_check=list(HealthCheck), print_blob=RANDOM)
@given(st.lists(STEP, min_size=MIN_STEPS, max_size=STEPS))
# A report dated before the WSJ's (the sample's 17th article) joins its story: the id changes, and the
# old stories/wsj-china-role-ending-war/ redirects, as a cold build has it; then it goes again.
@example([(("add_earlier", 16, 1), True), (("delete", 1, 1), True)])
def test_incremental_and_serve_builds_equal_cold_builds_after_any_edits(steps: list[tuple[tuple[str, int, int], bool]]
                                                                       ) -> None:
    with tempfile.TemporaryDirectory(prefix="briefgen-seq-") as tmp:
        sites = Sites(Path(tmp))
        sites.start()
        history: list[str] = []
        for n, (action, builds) in enumerate(steps):
            sites.step(action, builds or n == len(steps) - 1, history)
    if LOG:
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(f"{len(steps)} {sites.outcomes.count('ok')} {sites.outcomes.count('failed')} {steps!r}\n")
