"""Page fingerprints of contexts that hold sets: never a failed build, the same in every process.

A reader trial (2026-12-04) had `build --drafts` fail with "unexpected error: KeyError" once a draft gave the site
a page of its own: every page's context then holds the frozenset `drafted` (site/drafted.py), and CPython's C
pickler before gh-146059 enters a nesting level for each frozenset it writes in fast mode and never leaves it, so
the fingerprinter's reused pickler failed at the 49th page. Pickle also writes a set in the order of its elements'
hashes, which for text change from process to process (PYTHONHASHSEED): each `build --drafts` rendered every page
again. The fingerprinter now retries a failed dump with a fresh pickler, and writes a context's sets sorted.
"""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, settings, strategies as st

from briefgen.speed.fingerprint import Fingerprinter
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

ROOT = Path(__file__).resolve().parents[2]


@dataclasses.dataclass(frozen=True)
class Holder:
    """A value of the site model that holds a set (none does today; a plugin's may)."""

    tags: frozenset[str]
    name: str


@dataclasses.dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict[str, Any]


WORDS = st.text("abcdefgh", min_size=1, max_size=6)
SETS = st.frozensets(WORDS, max_size=4)
VALUES = st.recursive(
    st.one_of(WORDS, SETS, st.integers(0, 9), st.builds(Holder, SETS, WORDS)),
    lambda inner: st.one_of(st.tuples(inner, inner), st.lists(inner, max_size=3),
                            st.dictionaries(WORDS, inner, max_size=3)),
    max_leaves=8)


@settings(max_examples=examples(60), deadline=None)
@given(contexts=st.lists(st.dictionaries(WORDS, VALUES, max_size=4), min_size=1, max_size=120),
       repeat=st.integers(1, 3))
def test_contexts_holding_sets_are_fingerprinted_like_a_fresh_fingerprinter_would(contexts, repeat) -> None:
    """Any number of pages whose contexts hold sets (at the top, inside tuples, lists and dicts, in dataclasses),
    fingerprinted one after another by one fingerprinter, give what a new fingerprinter gives each page alone."""
    pages = [Page(f"p{n}/index.html", "t.html", context) for n, context in enumerate(contexts)] * repeat
    shared = Fingerprinter.over("base")
    together = [shared.page(page) for page in pages]
    alone = [Fingerprinter.over("base").page(page) for page in pages]
    assert together == alone


def test_a_context_with_more_sets_than_the_nesting_limit_is_fingerprinted() -> None:
    """A context holding 60 frozensets itself (more than the C pickler's nesting limit of 50 even when fresh):
    fingerprinted, and a change to one of them changes the fingerprint."""
    context = {"sets": tuple(frozenset({f"w{n}"}) for n in range(60))}
    printer = Fingerprinter.over("base")
    first = printer.page(Page("a/index.html", "t.html", context))
    assert isinstance(first, str) and len(first) == 32
    other = {"sets": context["sets"][:-1] + (frozenset({"changed"}),)}
    assert Fingerprinter.over("base").page(Page("a/index.html", "t.html", other)) != first


PRINT = """
import sys
sys.path[:0] = [{root!r}, {tests!r}, {support!r}]
from test_fingerprint_sets import Page
from briefgen.speed.fingerprint import Fingerprinter
context = {{"drafted": frozenset(f"people/person-{{n}}/" for n in range(40)), "title": "Week 19"}}
print(Fingerprinter.over("base").page(Page("editions/2023-W19/index.html", "edition.html", context)))
"""


def test_a_context_set_of_text_has_one_fingerprint_in_every_process() -> None:
    """Two processes with different hash seeds give a page whose context holds a set of text one fingerprint."""
    script = PRINT.format(root=str(ROOT), tests=str(Path(__file__).parent), support=str(ROOT / "tests"))
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}  # (as CI runs it: none set)
    prints = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env={**env, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2", "3")}
    assert len(prints) == 1, prints


def _article(n: int, draft: bool = False, named: str = "") -> str:
    said = f'{named} said: "We will meet again on Friday in Geneva."' if named else "Talks went on."
    return (f"---\ntitle: Ceasefire report number {n}\nsource: Example Times\n"
            f"published: 2023-05-{1 + n % 28:02d}T09:{n % 60:02d}:00+00:00\n{'draft: true' if draft else ''}\n---\n"
            f"Diplomats met in Geneva on day {n} to discuss a ceasefire, officials said. {said}\n")


def test_a_drafts_build_whose_draft_gives_the_site_a_page_of_its_own(tmp_path: Path) -> None:
    """The reported case, reduced: 60 published articles and one draft naming a person no one else names (so the
    person's page is the draft's alone, and every page's context holds `drafted`): `build --drafts` builds, and so
    does one after an edit."""
    files = {"config.yaml": MINIMAL_SITE["config.yaml"]}
    files.update({f"content/articles/report-{n}.md": _article(n) for n in range(60)})
    files["content/articles/secret.md"] = _article(61, draft=True, named="Stavros Kalogeropoulos")
    root = write_site(tmp_path, files)
    first = run_cli(["build", "--drafts", "--jobs", "1"], cwd=root)
    assert first.returncode == 0, first.stderr
    assert (root / "output/people/stavros-kalogeropoulos/index.html").is_file()
    edited = root / "content/articles/report-7.md"
    edited.write_text(edited.read_text() + "\nOne more sentence about the talks.\n")
    second = run_cli(["build", "--drafts"], cwd=root)  # (a rebuild: its pages fingerprinted against the first's)
    assert second.returncode == 0, second.stderr
    assert "One more sentence" in (root / "output/articles/report-7/index.html").read_text()
