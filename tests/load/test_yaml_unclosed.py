"""A quote, `[` or `{` that is not closed is named at the line that opened it, with the fix.

PyYAML gives up where the text ends (the end of the front matter) or where the collection meets
something else, often lines later: an editor's `title: "Talks resume` with more keys after it
was "line 4: invalid YAML: found unexpected end of stream", pointing at no quote at all.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.yamltext import load_mapping
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

OPENERS = {'"': "the same quote mark", "'": "the same quote mark", "[": "end it with ]", "{": "end it with }"}
WORDS = st.text(st.sampled_from("abc xyz,1"), min_size=1, max_size=12).filter(lambda w: w[0].isalpha() and w.rstrip(" ,") == w and ",," not in w.replace(" ", ""))


@settings(max_examples=examples(60), deadline=None, derandomize=True)
@given(st.integers(0, 3), st.sampled_from(sorted(OPENERS)), WORDS, st.integers(0, 3))
def test_an_unclosed_opening_is_said_at_its_line(before: int, opener: str, words: str, after: int) -> None:
    value = {"{": f"{{a: {words}"}.get(opener, opener + words)
    lines = [f"k{n}: v{n}" for n in range(before)] + [f"key: {value}"] + [f"z{n}: w{n}" for n in range(after)]
    found, problems = load_mapping("\n".join(lines) + "\n", "f.md", 2)
    unclosed = [p for p in problems if "opens on this line and is not closed" in p.message]
    assert found is None and len(unclosed) == 1, problems  # (with `{a: a,1` also "key 1 must be text")
    assert unclosed[0].line == 2 + before, problems
    assert OPENERS[opener] in unclosed[0].message


def test_the_build_names_the_title_line_of_an_unclosed_quote(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/talks.md":
                                          '---\ntitle: "Talks resume in Geneva\nsource: Reuters\n'
                                          "published: 2023-05-02\n---\nEnvoys met again.\n"})
    done = run_cli(["build"], cwd=site)
    assert done.returncode == 1
    assert "content/articles/talks.md:2: invalid YAML: a quoted value opens on this line and is not closed" in done.stderr
