"""Speed around the analyses (`briefgen.speed.stages`): on-demand results and whole-site stages
keyed by what the per-article results are, not by the files' revisions.

The contract: the values are exactly what the analysis gives (from the memo or computed
again), a whole-site stage runs again whenever a result it reads changed, and it is
skipped when the edited article's result is unchanged.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.textmatch import TextAnalysis
from briefgen.load.documents import Article
from briefgen.speed.memo import Memo, digest
from briefgen.speed.stages import Results, result_digest, run_analyses, whole_site
from tests.support.factories import article

# An analysis whose result is the set of capitalised words: adding a lower-case sentence leaves it.
CAPITALS = TextAnalysis("caps", "v1", lambda title, text: tuple(sorted({w for w in text.split() if w[:1].isupper()})))
LENGTH = TextAnalysis("length", "v1", lambda title, text: len(text))


def _articles(texts: dict[str, str]) -> tuple[tuple[Article, ...], dict[str, str]]:
    """Articles whose revision is their text, and the body HTML by revision."""
    made = tuple(article(slug, revision=digest(slug, text)) for slug, text in texts.items())
    return made, {a.revision: f"<p>{texts[a.slug]}</p>" for a in made}


def _run(memo: Memo, texts: dict[str, str], calls: list[str] | None = None) -> tuple[tuple[Article, ...], dict[str, Any]]:
    made, html = _articles(texts)

    def body(revision: str) -> str:
        if calls is not None:
            calls.append(revision)
        return html[revision]

    memo.begin()
    return made, run_analyses(made, (CAPITALS, LENGTH), memo, body, 1, on_demand=("caps",))


def test_on_demand_results_equal_the_analysis_and_are_read_only_when_asked(tmp_path: Path) -> None:
    texts = {"a": "Xi met Macron in Paris.", "b": "talks went on.", "c": "Zelensky spoke."}
    memo = Memo(tmp_path / "memo")
    _, found = _run(memo, texts)
    memo.save()
    assert isinstance(found["caps"], Results) and not isinstance(found["length"], Results)
    fresh = Memo(tmp_path / "memo")
    calls: list[str] = []
    made, again = _run(fresh, texts, calls)
    assert calls == []  # every result came from the memo
    caps = again["caps"]
    assert set(caps) == {"a", "b", "c"} and len(caps) == 3
    assert caps.digests == found["caps"].digests
    loaded_before = set(fresh._shards)  # noqa: SLF001 (which shards were read is the point)
    assert not any(name == "caps" for name, _ in loaded_before)  # values not read until asked for
    assert dict(caps) == {"a": ("Macron", "Paris.", "Xi"), "b": (), "c": ("Zelensky",)}
    assert dict(again["length"]) == {a.slug: len(texts[a.slug]) for a in made}


def test_a_value_lost_from_the_memo_is_computed_again_on_access(tmp_path: Path) -> None:
    texts = {"a": "Xi met Macron.", "b": "Blinken spoke."}
    memo = Memo(tmp_path / "memo")
    _run(memo, texts)
    memo.save()
    for shard in (tmp_path / "memo").glob("caps-*.pickle"):
        shard.unlink()  # the values; their digests (namespace caps.digests) survive
    calls: list[str] = []
    made, found = _run(Memo(tmp_path / "memo"), texts, calls)
    assert calls == []
    assert found["caps"]["b"] == ("Blinken",)
    assert len(calls) == 1


def _stage(memo: Memo, texts: dict[str, str], ran: list[int]) -> Any:
    made, found = _run(memo, texts)
    caps = found["caps"]

    def compute() -> tuple[str, ...]:
        ran.append(1)
        return tuple(sorted({w for slug in caps for w in caps[slug]}))

    return whole_site(memo, "everyone", made, ("source",), "s", compute, caps)


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.sampled_from(["Xi", "Macron", "talks", "went", "on", "Kyiv", "said"]), min_size=1, max_size=8),
       st.lists(st.sampled_from(["Xi", "Macron", "talks", "went", "on", "Kyiv", "said", "Putin"]), max_size=4))
def test_a_whole_site_stage_runs_again_exactly_when_a_result_it_reads_changed(first: list[str],
                                                                             added: list[str]) -> None:
    memo = Memo()
    ran: list[int] = []
    before = {"a": " ".join(first), "b": "Blinken spoke in Kyiv."}
    assert _stage(memo, before, ran) == tuple(sorted(set(CAPITALS.run("", before["a"]) + ("Blinken", "Kyiv."))))
    after = {**before, "a": before["a"] + " " + " ".join(added)}
    result = _stage(memo, after, ran)
    assert result == tuple(sorted(set(CAPITALS.run("", after["a"]) + ("Blinken", "Kyiv."))))  # as if cold
    changed = CAPITALS.run("", after["a"]) != CAPITALS.run("", before["a"])
    assert len(ran) == (2 if changed else 1)


def test_result_digest_depends_on_the_value_only() -> None:
    shared = "Macron" * 3
    assert result_digest((shared, shared)) == result_digest((shared, "".join(["Macron"] * 3)))
    assert result_digest(("Xi",)) != result_digest(("Xi", "Li"))


def test_a_file_edited_between_hashing_and_parsing_is_an_error_not_a_stale_memo_entry(tmp_path: Path) -> None:
    """The build hashes every content file, then reads it again to parse it. A parse of the
    newer bytes remembered under the older revision would be published again whenever that
    revision came back (the edit undone); the build reports the file instead and saves nothing."""
    from dataclasses import replace

    from briefgen.build import BuildOptions, gather, plan
    from briefgen.speed.cache import BuildCache
    from tests.support.sites import MINIMAL_SITE, write_site

    root = write_site(tmp_path, MINIMAL_SITE)
    inputs, _ = gather(root / "config.yaml", BuildOptions())
    assert inputs is not None
    cache = BuildCache(inputs.root, inputs.output)
    articles, _ = cache.files.revisions(inputs.root, list(inputs.articles), inputs.confine)
    notes, _ = cache.files.revisions(inputs.root, list(inputs.notes), inputs.confine)
    inputs = replace(inputs, articles=tuple(articles), notes=tuple(notes))
    path = root / "content/articles/first-report.md"
    path.write_text(path.read_text().replace("Geneva on Tuesday", "Geneva on Wednesday"))  # after hashing

    _, problems = plan(inputs, cache, jobs=1)
    assert [(p.path, p.severity) for p in problems if "changed while" in p.message] == [
        ("content/articles/first-report.md", "error")]
    assert not [key for (name, _), shard in cache.memo._shards.items()  # noqa: SLF001 (what is remembered is the point)
                for key in shard if name in ("parse", "valid") and key[1] == articles[0].revision]
