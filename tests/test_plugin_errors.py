"""A plugin that fails is reported at the line of the user's code to fix (diagnostics.user_place).

Reported: a plugin with a syntax error was shown as `<frozen importlib._bootstrap>:241: …
SyntaxError: invalid syntax (hooks.py, line 1)` — the place where Python's import machinery
noticed it. The same kind: a plugin whose bad input failed inside the standard library was
shown at `…/json/decoder.py:353`.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.config import load_config
from briefgen.plugins import load_plugins
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples


def _problems(files: dict[str, str], plugins: str = "[hooks.py]") -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        root = write_site(Path(folder), {**MINIMAL_SITE, **files})
        config_path = root / "config.yaml"
        config_path.write_text(config_path.read_text() + f"plugins: {plugins}\n")
        config, problems = load_config(config_path)
        assert config is not None and problems == []
        return [str(d) for d in load_plugins(config, root)[1]]


def test_the_reported_syntax_error_is_at_the_plugins_line(site_factory) -> None:  # type: ignore[no-untyped-def]
    root = site_factory()
    (root / "hooks.py").write_text("def register(:\n    pass\n")
    (root / "config.yaml").write_text((root / "config.yaml").read_text() + "plugins: [hooks.py]\n")
    done = run_cli(["check"], cwd=root)
    assert done.returncode == 1
    assert "hooks.py:1: plugin hooks.py failed to load: SyntaxError: invalid syntax\n" in done.stderr
    assert "frozen" not in done.stderr and "Traceback" not in done.stderr


def test_a_syntax_error_in_a_module_the_plugin_imports_is_at_that_module() -> None:
    found = _problems({"hooks.py": "import sys\nsys.path.insert(0, __file__.rsplit('/', 1)[0])\nimport helper\n",
                       "helper.py": "x = 1\n  y = 2\n"})
    assert found == ["helper.py:2: plugin hooks.py failed to load: IndentationError: unexpected indent"]


def test_a_failure_inside_the_standard_library_is_at_the_plugins_call() -> None:
    found = _problems({"hooks.py": 'import json\n\n\ndef register():\n    return json.loads("{bad")\n'})
    assert [f.split(": JSONDecodeError")[0] for f in found] == ["hooks.py:5: plugin hooks.py failed to load"]


# Ways a plugin fails, each with the line (counted from the failing statement) to report.
FAILURES = {
    "syntax": ("def register(:\n", 0),
    "indent": ("x = 1\n    y = 2\n", 1),
    "unclosed": ("def register():\n    return (1,\n", 1),
    "stdlib": ("import json\ndef register():\n    return json.loads('{bad')\n", 2),
    "nested": ("import textwrap\ndef register():\n    return textwrap.dedent(None)\n", 2),
    "raise": ("def register():\n    raise RuntimeError('no')\n", 1),
    "module level": ("1 / 0\n", 0),
    "type": ("import datetime\ndef register():\n    return datetime.date(2023, 13, 1)\n", 2),
}


@settings(max_examples=examples(40), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(kind=st.sampled_from(sorted(FAILURES)), padding=st.integers(0, 30), name=st.sampled_from(["hooks", "my_plugin"]))
def test_every_failure_is_reported_at_the_plugins_own_line(kind: str, padding: int, name: str) -> None:
    source, offset = FAILURES[kind]
    (found,) = _problems({f"{name}.py": "# a plugin\n" * padding + source}, f"[{name}.py]")
    assert found.startswith(f"{name}.py:{padding + 1 + offset}: plugin {name}.py failed to load: "), found
    assert "(" + name not in found  # no "(hooks.py, line 1)" left in the message


# Found by a new user's trial: `plugins: [nosuchmod]` was reported at
# `/…/python3.11/importlib/__init__.py:126`, the place every failed import surfaces, not at config.yaml.
@settings(max_examples=examples(15), deadline=None, database=None)
@given(st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True), min_size=1, max_size=3))
def test_a_plugin_module_that_is_not_installed_is_an_error_at_its_config_line(parts: list[str]) -> None:
    name = "no_such_plugin_" + ".".join(parts)  # (a prefix no installed module has)
    (found,) = _problems({}, f"[{name}]")
    top = name.split(".")[0]
    assert found == (f'config.yaml:8: plugin {name}: no installed module is named "{top}"; for a file of the '
                     f'project write its path ("{name.replace(".", "/")}.py"), else install the module')


def test_a_module_the_plugin_imports_that_is_missing_is_at_the_plugins_import() -> None:
    found = _problems({"hooks.py": "import os\nimport no_such_dependency_of_hooks\n"})
    assert found == ["hooks.py:2: plugin hooks.py failed to load: ModuleNotFoundError: "
                     "No module named 'no_such_dependency_of_hooks'"]


def test_the_reported_plugin_name_is_at_config_yaml_in_a_real_run(site_factory) -> None:  # type: ignore[no-untyped-def]
    root = site_factory()
    (root / "config.yaml").write_text((root / "config.yaml").read_text() + "plugins: [nosuchmod]\n")
    done = run_cli(["check"], cwd=root)
    assert done.returncode == 1 and "importlib" not in done.stderr
    assert 'config.yaml:8: plugin nosuchmod: no installed module is named "nosuchmod"' in done.stderr


def test_plugin_errors_name_the_config_file_the_command_reads(site_factory) -> None:  # type: ignore[no-untyped-def]
    """A trial: with `--config staging.yaml`, `plugins: [nosuchmod]` was reported at `config.yaml:18`
    while the run's other errors named `staging.yaml`."""
    root = site_factory()
    staging = root / "staging.yaml"
    staging.write_text((root / "config.yaml").read_text() + "plugins: [nosuchmod, missing.py]\n")
    done = run_cli(["check", "--config", "staging.yaml"], cwd=root)
    assert done.returncode == 1
    assert 'staging.yaml:8: plugin nosuchmod: no installed module' in done.stderr
    assert 'staging.yaml:8: plugin file "missing.py" not found' in done.stderr and "config.yaml" not in done.stderr
