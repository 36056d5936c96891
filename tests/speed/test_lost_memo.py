"""A memo that lost some of its results changes speed, never output: the next build equals a cold one.

The search terms and result snippet of an article are made by whichever comes first: the text
analyses (`run_analyses`, where they ride along with the others) or the search index
(`searchstate._Texts`) when the memo lacks them. The two read the body differently —
paragraphs separated by a blank line, or run together — so a memo that had lost an article's
search shard but kept its other results (a shard damaged or left unsaved on a full disk, the
index built afresh) published another snippet than a cold build: "said.\n\nPier" became
"said. Pier" in search/d/*.json, and stayed until the article changed. Both now read the
text every analysis reads (`plain_blocks`). The articles here have several paragraphs, a
heading and a list, since single-paragraph bodies read alike either way.
"""
from __future__ import annotations

import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

EDITED = "content/articles/pier-1.md"
NAMESPACES = ("parse", "valid", "topics", "people", "people.digests", "stories", "stories.digests", "search")


def article(n: int) -> str:
    return textwrap.dedent(f"""\
        ---
        title: The north pier closes for repairs, part {n}
        source: Harbour Radio {n % 2}
        published: 2024-03-{1 + n:02d}T08:00:00+00:00
        ---
        Marta Silva, the harbour master, said on Monday that the north pier would close for {n + 2} weeks.

        "We will reopen before the summer ferries start," Silva said.

        ## What changes

        - Ferries to the island leave from the south quay.
        - The fish market moves {n} streets inland.

        Pier repairs were last done in 19{70 + n}, the council said.
        """)


NOTE = textwrap.dedent("""\
    ---
    title: Why the pier matters
    date: 2024-03-05
    kind: context
    articles: [pier-0, pier-1]
    ---
    Half the island's deliveries land at the north pier.

    A closure in summer would strand the ferries.
    """)
SITE = {**MINIMAL_SITE, **{f"content/articles/pier-{n}.md": article(n) for n in range(3)},
        "content/notes/pier-note.md": NOTE}
SCENARIOS = {"output deleted": SITE, "article edited": {**SITE, EDITED: SITE[EDITED] + "\nThe work starts in April.\n"}}


def build_here(root: Path) -> None:
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, bytes]]]:
    """A built `SITE` (cache and output), and the cold build of each scenario."""
    built = write_site(tmp_path_factory.mktemp("built"), SITE)
    build_here(built)
    edited = write_site(tmp_path_factory.mktemp("cold"), SCENARIOS["article edited"])
    build_here(edited)
    return built, {"output deleted": tree_bytes(built / "output"), "article edited": tree_bytes(edited / "output")}


@settings(max_examples=examples(6), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lost=st.sets(st.sampled_from(NAMESPACES), min_size=1), scenario=st.sampled_from(sorted(SCENARIOS)))
@example(lost={"search"}, scenario="article edited")
@example(lost={"search"}, scenario="output deleted")
def test_a_build_after_the_memo_lost_results_equals_a_cold_build(
        sites: tuple[Path, dict[str, dict[str, bytes]]], lost: set[str], scenario: str) -> None:
    built, cold = sites
    with tempfile.TemporaryDirectory() as temp:
        root = shutil.copytree(built, Path(temp) / "site", symlinks=True)
        memo = root / ".briefgen-cache" / "memo"
        for namespace in lost:
            for shard in memo.glob(f"{namespace}-*.pickle"):
                shard.unlink()
        if scenario == "output deleted":
            shutil.rmtree(root / "output")
        else:
            (root / EDITED).write_text(SCENARIOS[scenario][EDITED], encoding="utf-8")
        build_here(root)
        output = tree_bytes(root / "output")
        assert sorted(p for p in output.keys() | cold[scenario].keys()
                      if output.get(p) != cold[scenario].get(p)) == []
