"""Two spellings of one source that give one page are named at their `source:` lines (a hostile trial, 2026-12-04:
"Nord Post" and "NORD POST" were errors at line 1 of their files), wherever the key stands in the front matter."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st
from support.examples import examples
from support.sites import run_cli, write_site

CONFIG = "title: T\nbase_url: https://example.org/\ntopics:\n  - id: talks\n    title: Talks\n"


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(["title: Talks {n}", "published: 2026-11-2{n}", "source: {source}", "topics: [talks]"]),
       st.sampled_from([("Nord Post", "NORD POST"), ("BBC News", "BBC-News"), ("Le Monde", "le monde")]))
def test_the_clash_is_at_each_source_line(tmp_path_factory, keys: list[str], spellings: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("clash")
    files = {"config.yaml": CONFIG}
    for n, source in enumerate(spellings, 1):
        lines = [k.format(n=n, source=source) for k in keys]
        files[f"content/articles/a{n}.md"] = "---\n" + "\n".join(lines) + "\n---\nText.\n"
    site = write_site(root, files)
    line = 2 + next(i for i, k in enumerate(keys) if k.startswith("source"))
    result = run_cli(["check"], site)
    assert result.returncode == 1, result.stderr
    assert f"content/articles/a1.md:{line}: source \"{spellings[0]}\" (content/articles/a1.md:{line})" in result.stderr \
        or f"content/articles/a2.md:{line}: source \"{spellings[1]}\" (content/articles/a2.md:{line})" in result.stderr, \
        result.stderr
