"""A bad entry under config.yaml's `markdown: extensions:` is an error at its own line, saying what to
write; every bad one is reported in one run (load/extensioncheck.py).

Found in a contract audit (2026-12-03): `extensions: [abbr, tabels, {toc: {nosuch: 1}}]` gave one
error, at the `markdown:` line, in python-markdown's words ("ModuleNotFoundError: No module named
'tabels'"); once that was fixed the next run gave "KeyError: 'nosuch'", again at `markdown:`.
And `extensions: [extra]`, python-markdown's own bundle, was warned about as not being its own, and
its <abbr> and <dl> were removed from bodies.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.load.config import load_config
from briefgen.plugins import load_plugins
from support.sites import run_cli, write_site
from support.examples import examples

TOPICS = "title: T\ntopics:\n  - id: t\n    title: T\n"

# (as written in the YAML list, the words its error must hold, or None when it is good)
ENTRIES = [
    ("abbr", None),
    ("{toc: {permalink: true}}", None),
    ("markdown.extensions.tables", None),
    ('"markdown.extensions.smarty:SmartyExtension"', None),
    ("extra", None),
    ("tabels", 'markdown extension "tabels" is not one of python-markdown\'s own (did you mean "tables"?)'),
    ("Toc", 'markdown extension "Toc" is not one of python-markdown\'s own (did you mean "toc"?)'),
    ("{toc: {permalnk: true}}", 'markdown extension "toc" has no option "permalnk" (did you mean "permalink"?)'),
    ("{nl2br: {x: 1}}", 'markdown extension "nl2br" has no option "x"; it takes no options'),
    ("{toc: {baselevel: deep}}", 'markdown extension "toc" refuses its options (ValueError'),
    ("json", 'markdown extension "json" cannot be loaded (AttributeError'),
    ("no_such_pkg_x.ext", 'markdown extension "no_such_pkg_x.ext" is not installed (there is no module no_such_pkg_x)'),
]


def errors_for(root: Path, entries: list[str]) -> list[str]:
    (root / "config.yaml").write_text(TOPICS + "markdown:\n  extensions:\n" + "".join(f"    - {e}\n" for e in entries))
    config, problems = load_config(root / "config.yaml")
    assert config is not None and not [p for p in problems if p.severity == "error"], problems
    plugins, problems = load_plugins(config, root)
    return [str(p) for p in problems if p.severity == "error"]


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(ENTRIES), min_size=1, max_size=6))
def test_every_bad_extension_is_an_error_at_its_own_line(tmp_path: Path, chosen: list[tuple[str, str | None]]) -> None:
    got = errors_for(tmp_path, [written for written, _ in chosen])
    expected = [(7 + index, words) for index, (_, words) in enumerate(chosen) if words]
    assert len(got) == len(expected), got
    for message, (line, words) in zip(got, expected):
        assert message.startswith(f"config.yaml:{line}: {words}"), (message, line, words)


def test_the_reported_config_gives_each_error_at_its_line_in_one_run(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {
        "config.yaml": TOPICS + "markdown:\n  extensions: [abbr, tabels, {toc: {nosuch: 1}}]\n",
        "content/articles/a.md": "---\ntitle: A\nsource: S\npublished: 2023-04-29\n---\nText.\n",
    })
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert 'config.yaml:6: markdown extension "tabels" is not one of python-markdown\'s own (did you mean ' \
           '"tables"?)' in result.stderr
    assert 'config.yaml:6: markdown extension "toc" has no option "nosuch"; its options are anchorlink,' in result.stderr
    assert "2 errors" in result.stderr and not (root / "output").exists()


def test_extra_is_python_markdowns_own_and_keeps_what_it_emits(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {
        "config.yaml": TOPICS + "markdown:\n  extensions: [extra]\n",
        "content/articles/a.md": "---\ntitle: A\nsource: S\npublished: 2023-04-29\n---\n"
                                 "The IMF said so.\n\nTerm\n:   Its definition.\n\n*[IMF]: International Monetary Fund\n",
    })
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 0 and "markdown extension" not in result.stderr, result.stderr
    page = (root / "output/articles/a/index.html").read_text()
    assert '<abbr title="International Monetary Fund">IMF</abbr>' in page and "<dt>Term</dt>" in page
