"""A definition shown as text gets the hint that fits its cause (load/templatetags.definition_fix).

BR24 (2026-12-06): with `markdown: {extensions: [def_list]}`, "Term\\n: definition" right after a raw-HTML line
(`<p><p>x</p>`) warned "… or enable python-markdown's def_list", which was enabled: the lines sat inside an HTML
block (a tag left open keeps python-markdown's block going to a blank line), which def_list never reads. Now the
hint names the HTML block whenever one holds the line (def_list on or off); with def_list on and no such block, it
speaks of the term's layout, never of enabling what is on. Property over HTML openers, closed or left open, with
and without def_list; each case is checked against what python-markdown actually published.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.extensions import settings as markdown_settings
from briefgen.load.markup import MarkdownRenderer
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

ON = MarkdownRenderer(markdown_settings(("def_list",), {}, {}, ()))
EXTRA = MarkdownRenderer(markdown_settings(("extra",), {}, {}, ()))
OFF = MarkdownRenderer()
OPENERS = ["<p><p>x</p>", "<div>", "<div>x</div>", "<section><p>Text</p>", "<p>x</p>", "<figure>a</figure>",
           "<details><summary>s</summary>"]


def hint(renderer: MarkdownRenderer, source: str) -> str:
    found = [message for _, message, _ in renderer.convert(source, "a").problems if "definition" in message]
    return found[0] if found else ""


@settings(max_examples=examples(120), deadline=None)
@given(st.sampled_from(OPENERS), st.sampled_from([ON, EXTRA, OFF]), st.booleans())
def test_the_hint_fits_the_cause(opener: str, renderer: MarkdownRenderer, blank: bool) -> None:
    source = f"Intro.\n\n{opener}\n{'' if not blank else chr(10)}Term\n: the definition\n"
    said = hint(renderer, source)
    html = renderer.convert(source, "a").html
    listed = "<dd>the definition</dd>" in html
    assert bool(said) == (not listed), (source, html, said)
    if not said:
        return
    inside = "inside a raw-HTML block" in said
    assert inside == ("<p>Term" not in html), (source, html, said)  # (passed on as written: no paragraph of its own)
    if renderer is not OFF:
        assert "enable python-markdown's def_list" not in said and "which briefgen does not make a list" not in said


def test_the_reported_body(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"] + "markdown:\n  extensions: [def_list]\n"
    site = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": config, "content/articles/dl.md": (
        "---\ntitle: Def list\nsource: Example Outlet\npublished: 2023-05-12\n---\nCeasefire talks.\n\n"
        "<p><p>x</p>\nTerm\n: definition\n")})
    done = run_cli(["check"], site)
    said = [line for line in (done.stdout + done.stderr).splitlines() if "definition list" in line]
    assert len(said) == 1, done.stdout + done.stderr
    assert said[0].startswith("content/articles/dl.md:10: warning: `: definition` is a definition list's definition")
    assert "inside a raw-HTML block" in said[0] and "(`<p><p>x</p>`)" in said[0]
    assert "leave a blank line between the HTML and the term" in said[0] and "enable" not in said[0]
