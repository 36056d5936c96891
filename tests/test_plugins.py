"""Extension points (docs/extending.md): `markdown:` in config.yaml and `plugins:` with register().

The worked example is the site in tests/sites/plugin/: its hooks.py adds a filter, a
template global, a Markdown extension and a page family with its own template. It is
built with the real CLI and its pages go through the Nu Html Checker like the sample's.
"""

from __future__ import annotations

import shutil
import re
from pathlib import Path

import pytest

from support.htmlcheck import validate_html
from support.sites import run_cli, write_site

EXAMPLE = Path(__file__).resolve().parent / "sites" / "plugin"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    site = tmp_path / "plugin-site"
    shutil.copytree(EXAMPLE, site)
    return site


def build(site: Path) -> tuple[int, str]:
    # Bytecode writing on, as on an editor's machine (PYTHONDONTWRITEBYTECODE may be set here):
    # plugin files are run from source, never cached into the project (plugins._FromSource).
    result = run_cli(["build", "-q"], cwd=site, env={"PYTHONDONTWRITEBYTECODE": ""})
    assert "Traceback" not in result.stderr
    return result.returncode, result.stderr


def test_the_example_plugin_adds_a_filter_an_extension_and_a_page_family(example: Path) -> None:
    assert build(example) == (0, "")
    out = example / "output"
    article = (out / "articles/geneva-truce/index.html").read_text()
    assert '<abbr title="Organization for Security and Co-operation in Europe">OSCE</abbr>' in article
    assert re.search(r"<dl(?: dir=\"auto\")?>", article) and "<dt>Truce</dt>" in article  # def_list, from the plugin
    # toc: declared ids kept, scoped to the body (each block of a body has dir="auto": render/bidi.py)
    assert re.search(r'<h2 (?:dir="auto" )?id="geneva-truce_who-met">Who met</h2>', article)
    assert "Example desk (PEB)" in (out / "index.html").read_text()  # the plugin's global and filter
    timeline = (out / "timeline/index.html").read_text()
    assert timeline.index("Envoys discuss a truce") < timeline.index("Peace talks resume")
    assert "(TWSJ)" in timeline
    assert "https://example.org/briefing/timeline/" in (out / "sitemap.xml").read_text()
    assert validate_html(sorted(out.rglob("*.html"))) == []


def test_editing_the_plugin_rebuilds_what_it_changes(example: Path) -> None:
    build(example)
    assert not (example / "__pycache__").exists()  # nothing written into the project but output/ and the cache
    page = example / "output/articles/istanbul-talks/index.html"
    hooks = example / "hooks.py"
    hooks.write_text(hooks.read_text().replace('"desk": "Example desk"', '"desk": "Night desk"'))
    assert build(example) == (0, "")
    assert "Night desk" in page.read_text()


def test_a_plugin_that_fails_to_load_is_reported_at_its_line(example: Path) -> None:
    (example / "hooks.py").write_text("from briefgen.plugins import Plugin\n\n\ndef register():\n    return 1 / 0\n")
    before = sorted(p.name for p in example.iterdir())
    code, stderr = build(example)
    assert code == 1
    assert "hooks.py:5: plugin hooks.py failed to load: ZeroDivisionError: division by zero" in stderr
    assert sorted(p.name for p in example.iterdir() if p.name != ".briefgen-cache") == before


def test_a_failing_page_family_is_reported_at_its_line(example: Path) -> None:
    hooks = example / "hooks.py"
    hooks.write_text(hooks.read_text().replace(
        "    oldest_first = tuple(reversed(site.entries))", "    oldest_first = site.no_such_field"))
    code, stderr = build(example)
    assert code == 1
    assert "hooks.py:18: plugin hooks.py: page family timeline failed: AttributeError" in stderr


def test_a_page_family_may_not_claim_a_built_in_page(example: Path) -> None:
    hooks = example / "hooks.py"
    hooks.write_text(hooks.read_text().replace('Page("timeline/index.html"', 'Page("index.html"'))
    code, stderr = build(example)
    assert code == 1
    assert "hooks.py timeline and front page both write index.html" in stderr


@pytest.mark.parametrize("allow, words", [
    ("script: [src]", "<script> can run code"),
    ("a: [onclick]", "the attribute onclick can run code"),
    ("div: [style]", "the attribute style"),
    ("iframe: [src]", "<iframe>"),
])
def test_markdown_allow_html_never_allows_code(site_factory, allow: str, words: str) -> None:  # type: ignore[no-untyped-def]
    root = site_factory()
    config = root / "config.yaml"
    config.write_text(config.read_text() + f"markdown:\n  extensions: [abbr]\n  allow_html:\n    {allow}\n")
    result = run_cli(["check"], cwd=root)
    assert result.returncode == 1
    assert words in result.stderr and "config.yaml:" in result.stderr


def test_an_unknown_markdown_extension_is_a_config_error_not_a_crash(site_factory) -> None:  # type: ignore[no-untyped-def]
    root = site_factory()
    config = root / "config.yaml"
    config.write_text(config.read_text() + "markdown:\n  extensions: [no_such_extension]\n")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert 'config.yaml:9: markdown extension "no_such_extension" is not one of python-markdown\'s own' in result.stderr


def test_a_plugin_may_not_allow_script_either(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {
        "config.yaml": "title: T\ntopics:\n  - id: t\n    title: T\nplugins: [evil.py]\n",
        "evil.py": "from briefgen.plugins import Plugin\n\ndef register():\n"
                   "    return Plugin(allowed_html={'script': ('src',)})\n",
    })
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1
    assert "config.yaml:5: plugin evil.py: <script> can run code" in result.stderr


def test_a_failing_filter_is_reported_at_the_template_line(example: Path) -> None:
    hooks = example / "hooks.py"
    hooks.write_text(hooks.read_text().replace('    return "".join(word[0]', '    raise ValueError("no initials")\n    return "".join(word[0]'))
    code, stderr = build(example)
    assert code == 1
    assert "templates/partials/masthead.html:2: template error while rendering" in stderr
    assert "ValueError: no initials" in stderr
