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
from support.examples import examples

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


@settings(max_examples=examples(80), deadline=None, database=None)
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


# A second trial (report-only) of the first version: loads it missed, and links and comments it warned about.
MISSED = ['<img src="/a.png" srcset="https://cdn.example/a@2x.png 2x">', '<picture><source srcset="https://c/a.webp">',
          '<video src="/v.mp4" poster="https://cdn.example/p.jpg"></video>', '<track src="https://x/t.vtt">',
          '<input type=image src="https://x/i.png">', '<svg><use xlink:href="https://cdn.example/s.svg#i"/></svg>',
          '<svg><image href="https://x/i.png"/></svg>', '<base href="https://cdn.example/">',
          '<link rel="preconnect" href="https://fonts.gstatic.com">', '<p style="background: url(//x/a.png)">',
          '<style>a { background: image-set("https://x/a.png" 1x); }</style>',
          '<script type=module>import x from "https://cdn.example/x.js";</script>', '<script src="\\\\cdn.example/x.js">']
NOT_LOADS = ['{#- <script src="https://cdn.example/old.js"></script> -#}', '<!-- <img src="https://old.example/l.png"> -->',
             '<link rel=alternate type=application/rss+xml href=https://example.org/briefing/preload.xml>',
             '<link rel=canonical href=https://example.org/icon>', '<p>write url(//x) in css</p>',
             '<link rel="canonical" data-rel="stylesheet" href="https://x/">', '<script src="{{ root }}x.js"></script>']


def test_the_second_trials_loads_are_found_and_its_links_and_comments_are_not() -> None:
    assert [source for source in MISSED if len(remote_loads(source)) != 1] == []
    assert [source for source in NOT_LOADS if remote_loads(source)] == []
    assert remote_loads('<script\n  defer\n  src="https://cdn.example/x.js"></script>') == [(3, "a script")]


def test_a_plugins_template_given_as_text_is_checked_too(tmp_path: Path) -> None:
    """The same trial: `Plugin(templates={name: source})` ended check and build in "unexpected error"."""
    hooks = ("from briefgen.plugins import Plugin\n\n\ndef register():\n    return Plugin(templates={"
             "'partials/masthead.html': '<p>x</p>\\n<img src=\"https://pixel.example/p.gif\" alt=\"\">\\n'})\n")
    root = write_site(tmp_path, {**MINIMAL_SITE, "hooks.py": hooks,
                                 "config.yaml": MINIMAL_SITE["config.yaml"] + "plugins: [hooks.py]\n"})
    done = run_cli(["check"], root)
    assert done.returncode == 0, done.stderr
    assert "plugin template partials/masthead.html:2: warning: this template loads an image" in done.stderr
