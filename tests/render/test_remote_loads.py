"""A template that loads a resource from another site is a warning at its line (render/remotes.py).

Found by a trial of SPEC's promises (no remote scripts, fonts or trackers): a templates/ override
loading `<script src="https://cdn.example/x.js">` built without a word.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.files import THEME_TEMPLATES
from briefgen.render.remotes import remote_loads
from support.sites import MINIMAL_SITE, run_cli, write_site

REMOTE = st.sampled_from(["https://cdn.example/x", "http://cdn.example/x", "//cdn.example/x", "HTTPS://CDN.EXAMPLE/x"])
LOCAL = st.sampled_from(["/static/x", "static/x", "{{ root }}static/x", "x.js", "#top", "data:image/png;base64,AA"])
QUOTE = st.sampled_from(['"', "'", ""])
LOADING = st.sampled_from([
    "<script src={q}{a}.js{q}></script>", "<SCRIPT defer src={q}{a}.js{q}></SCRIPT>", "<img alt=\"\" src={q}{a}.gif{q}>",
    "<iframe src={q}{a}{q}></iframe>", "<link rel=\"stylesheet\" href={q}{a}.css{q}>",
    "<link href={q}{a}.woff2{q} rel=preload as=font>", "<style>@import url({q}{a}.css{q});</style>",
    "<style>@font-face {{ src: url({q}{a}.woff{q}); }}</style>"])
NOT_LOADING = st.sampled_from(["<a href={q}{a}{q}>more</a>", "<link rel=\"canonical\" href={q}{a}{q}>",
                               "<link rel=alternate type=application/rss+xml href={q}{a}.xml{q}>",
                               "<p>see {a} for more</p>"])


@settings(max_examples=80, deadline=None, database=None)
@given(st.integers(0, 5), LOADING, REMOTE, QUOTE, LOCAL, NOT_LOADING)
def test_a_remote_load_is_found_at_its_line_and_nothing_else_is(before: int, loading: str, remote: str, quote: str,
                                                                  local: str, other: str) -> None:
    source = "<p>\n" * before + loading.format(q=quote, a=remote) + "\n" + loading.format(q=quote, a=local) + "\n" \
        + other.format(q=quote, a=remote) + "\n"
    assert [line for line, _ in remote_loads(source)] == [before + 1]


def test_the_themes_own_templates_load_nothing_from_elsewhere() -> None:
    for template in sorted(Path(THEME_TEMPLATES).rglob("*.html")) + sorted(Path(THEME_TEMPLATES).rglob("*.xml")):
        assert remote_loads(template.read_text(encoding="utf-8")) == [], template


def test_an_override_loading_a_cdn_script_is_a_warning_of_check_and_build(tmp_path: Path) -> None:
    theme_base = (Path(THEME_TEMPLATES) / "base.html").read_text(encoding="utf-8")
    override = theme_base.replace("</head>", '<script src="https://cdn.example/analytics.js"></script>\n</head>', 1)
    line = override[:override.index("cdn.example")].count("\n") + 1
    root = write_site(tmp_path, {**MINIMAL_SITE, "templates/base.html": override})
    for command in ("check", "build"):
        done = run_cli([command], root)
        assert done.returncode == 0, done.stderr
        assert f"templates/base.html:{line}: warning: this template loads a script from another site" in done.stderr
