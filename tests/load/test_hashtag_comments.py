"""Text that YAML reads as a comment because it starts like a word after one space is a warning.

In YAML ` #` starts a comment, so `title: Ukraine is Europe's #1 gas route` published the title
"Ukraine is Europe's", `tags: #energy #oil` no tags and `source: Reuters #1` "Reuters", all
without a word. A comment that starts like a word (`#1`, `#energy`) right after one space is
now a warning that shows the value read and how to quote the whole; a comment written as one
(`# why`, or after two spaces, as `briefgen new` writes its hints) stays quiet. Checked as a
property over values made of words, hashtags and `#` in other places, in front matter and
config.yaml alike (one loader, yamltext.load_mapping), and on a real build.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from support.hostile import article
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

TOKENS = st.sampled_from(["Europe’s", "gas", "route", "Jane", "Doe", "Reuters", "#1", "#energy", "#", "##x", "C#",
                          "a#b", "x\"y", "it's"])
WRITTEN = st.lists(st.tuples(TOKENS, st.sampled_from([" ", "  "])), min_size=1, max_size=6).map(
    lambda parts: "".join(token + gap for token, gap in parts).rstrip())
FIELD = st.sampled_from(["title", "source", "via", "author", "tags"])
WARNING = "is read as a YAML comment"


def comment_start(written: str) -> int | None:
    """Where YAML's comment starts in `key: written` (a # at the start or after a space), or None."""
    return next((i for i, c in enumerate(written) if c == "#" and (i == 0 or written[i - 1] == " ")), None)


@settings(max_examples=examples(80), deadline=None)
@given(field=FIELD, written=WRITTEN)
def test_a_value_cut_at_a_hashtag_like_comment_is_a_warning_and_a_comment_as_such_is_quiet(
        field: str, written: str) -> None:
    front = {"title": "T", "source": "S", "published": "2023-05-08", field: written}
    value, problems = article("---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\nBody.\n")
    assert value is not None
    held = {"title": value.title, "source": value.source, "via": value.via,
            "author": value.authors[0] if value.authors else "", "tags": value.tags[0] if value.tags else ""}[field]
    start = comment_start(written)
    warned = [p for p in problems if WARNING in p]
    if start is None:
        assert held == written and not warned
        return
    assert held == written[:start].rstrip()  # YAML's own reading, which is kept
    comment = written[start:]
    one_space = start == 0 or written[start - 2] != " "
    like_a_word = len(comment) > 1 and comment[1] not in " #"
    if one_space and like_a_word:
        line = list(front).index(field) + 2
        assert warned == [f'content/articles/a.md:{line}: warning: "{comment}" {WARNING} (" #" starts one), so '
                          + (f'the value is "{held}"' if held else "the value is empty")
                          + "; to keep it, put the whole value in quotes ("
                          + (f'"{written}"' if '"' not in written else "'{}'".format(written.replace("'", "''")))
                          + "); if it is a comment, put a space after the #"]
    else:
        assert not warned


def test_a_build_warns_where_front_matter_and_config_lose_text_to_a_comment(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"].replace("title: Test Briefing", "title: Briefing #1")
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": config, "content/articles/route.md": (
        "---\ntitle: Ukraine is Europe’s #1 gas route\nsource: Example Times   # the outlet, as written there\n"
        "published: 2023-05-10 # the day it ran\ntags: #energy #oil\n---\nThe gas route.\n")})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    advice = "; if it is a comment, put a space after the #"
    assert result.stderr.splitlines() == [
        f'config.yaml:1: warning: "#1" {WARNING} (" #" starts one), so the value is "Briefing"; to keep it, put '
        f'the whole value in quotes ("Briefing #1"){advice}',
        f'content/articles/route.md:2: warning: "#1 gas route" {WARNING} (" #" starts one), so the value is '
        f'"Ukraine is Europe’s"; to keep it, put the whole value in quotes ("Ukraine is Europe’s #1 gas route")'
        + advice,
        f'content/articles/route.md:5: warning: "#energy #oil" {WARNING} (" #" starts one), so the value is empty; '
        f'to keep it, put the whole value in quotes ("#energy #oil"){advice}']
    page = (root / "output/articles/route/index.html").read_text(encoding="utf-8")
    assert "<h1 dir=\"auto\">Ukraine is Europe’s</h1>" in page  # as YAML reads it: the warning says so
