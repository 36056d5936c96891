"""A plugin that calls sys.exit() -- or fails inside a Markdown extension -- is an error of that plugin.

SPEC: exit codes are 0, 1 (content or config errors, each `path:line: message`) and 2 (usage). A
plugin's `sys.exit(4)` in a filter ended `briefgen build` with exit code 4 and no word; a plugin module
that parses arguments at import (argparse) printed `usage: __main__.py …` and exit 2, a "usage error"
of briefgen's; in `serve` either would end the preview server. And a plugin's Markdown extension that
raised was "briefgen: unexpected error: ValueError: …" with no file. The class: every place briefgen
runs a plugin's code -- import and register(), filters, globals, page families, Markdown extensions.
"""
from __future__ import annotations

import io
import tempfile
from contextlib import redirect_stderr
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import jinja2
from briefgen.diagnostics import Failure
from briefgen.load.config import load_config
from briefgen.load.markup import MarkdownRenderer
from briefgen.plugins import PluginExit, Plugins, _no_exit, load_plugins
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

EXTENSION = """\
import sys
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from briefgen.plugins import Plugin


class Fail(Preprocessor):
    def run(self, lines):
        {fail}


class FailExt(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.register(Fail(md), "fail", 1)


def register():
    return Plugin(markdown_extensions=(FailExt(),))
"""
PLUGINS = {  # where the plugin's code runs → hooks.py failing there ({fail}: the failing statement)
    "import": "import sys\n{fail}\ndef register():\n    return {{}}\n",
    "register": "import sys\ndef register():\n    {fail}\n",
    "filter": "import sys\nfrom briefgen.plugins import Plugin\ndef shout(text):\n    {fail}\n"
              "def register():\n    return Plugin(filters={{'shout': shout}})\n",
    "global": "import sys\nfrom briefgen.plugins import Plugin\ndef today():\n    {fail}\n"
              "def register():\n    return Plugin(globals={{'today': today}})\n",
    "family": "import sys\nfrom briefgen.plugins import Plugin\ndef extra(site):\n    {fail}\n"
              "def register():\n    return Plugin(page_families=(extra,))\n",
    "markdown": EXTENSION,
}
TEMPLATE = ('{% extends "base.html" %}{% block content %}<p>{{ "x"|shout if "shout" in config.title else today() }}'
            "</p>{% endblock %}")


def _site(folder: Path, where: str, fail: str) -> Path:
    title = "Test shout" if where == "filter" else "Test Briefing"
    files = {**MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"].replace("Test Briefing", title)
             + "plugins: [hooks.py]\n", "hooks.py": PLUGINS[where].format(fail=fail)}
    if where in ("filter", "global"):
        files["templates/article.html"] = TEMPLATE
    return write_site(folder, files)


def _plugins(root: Path) -> tuple[Plugins, list[str]]:
    config, problems = load_config(root / "config.yaml")
    assert config is not None and problems == []
    with redirect_stderr(io.StringIO()):  # (argparse's usage line, when a plugin parses arguments)
        plugins, found = load_plugins(config, root)
    return plugins, [str(d) for d in found]


def _exit_where_briefgen_calls(where: str, plugins: Plugins) -> str:
    """Call the plugin's code where briefgen would; the error briefgen reports for it."""
    if where in ("filter", "global"):
        function = plugins.filters.get("shout") or plugins.globals["today"]
        try:
            function("x") if where == "filter" else function()
        except PluginExit as exc:  # (what a template error then reports, render/html.template_failure)
            return str(exc)
        raise AssertionError("no PluginExit")
    if where == "family":
        try:
            plugins.page_families[0](None)
        except Failure as failure:
            return str(failure.diagnostic)
        raise AssertionError("no Failure")
    rendered = MarkdownRenderer(plugins.markdown).convert("A table.\n", "a")
    assert rendered.html == "" and [severity for _, _, severity in rendered.problems] == ["error"]
    return rendered.problems[0][1]


CODES = st.one_of(st.none(), st.integers(-300, 300), st.text(max_size=8))


@settings(max_examples=examples(60), deadline=None)
@given(where=st.sampled_from(sorted(PLUGINS)), code=CODES)
def test_a_plugins_exit_anywhere_is_an_error_of_the_plugin(where: str, code: object) -> None:
    """Unit-level (a SystemExit that got through would end the test run, as it ended briefgen)."""
    with tempfile.TemporaryDirectory() as folder:
        root = _site(Path(folder), where, f"sys.exit({code!r})")
        plugins, problems = _plugins(root)
        if where in ("import", "register"):
            assert [p.split(": plugin hooks.py failed to load: ")[1] for p in problems] == [
                f"it called sys.exit({code!r}), which would have ended briefgen"]
            return
        assert problems == []
        assert f"sys.exit({code!r})" in _exit_where_briefgen_calls(where, plugins)


def test_a_wrapped_filter_keeps_its_value_and_jinjas_marks() -> None:
    @jinja2.pass_context
    def shout(context: object, text: str) -> str:
        return text.upper()

    wrapped = _no_exit(shout, "hooks.py")
    assert wrapped(None, "gas") == "GAS" and getattr(wrapped, "jinja_pass_arg", None) is not None
    assert _no_exit(42, "hooks.py") == 42 and _no_exit(dict, "hooks.py") is dict


def test_the_reported_plugins_through_the_cli(tmp_path: Path) -> None:
    root = _site(tmp_path / "argparse", "import", "import argparse; argparse.ArgumentParser().parse_args()")
    done = run_cli(["build"], root)
    assert done.returncode == 1, done.stderr
    assert "hooks.py:2: plugin hooks.py failed to load: it called sys.exit(2), which would have ended briefgen" \
        in done.stderr
    root = _site(tmp_path / "filter", "filter", "sys.exit(4)")
    done = run_cli(["build"], root)
    assert done.returncode == 1 and not (root / "output").exists()
    assert "PluginExit: plugin hooks.py called sys.exit(4)" in done.stderr and "Nothing was written" in done.stderr


def test_a_markdown_extension_that_raises_is_an_error_at_the_body_naming_its_code(tmp_path: Path) -> None:
    root = _site(tmp_path / "site", "markdown", "raise ValueError('no tables here')")
    done = run_cli(["build"], root)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (
        "content/articles/first-report.md:7: a Markdown extension failed on this text (ValueError: no tables here, "
        f"at {(root / 'hooks.py').resolve()}:9); fix the extension, or the text it fails on")
