"""A plugin's filters and globals never replace the theme's (plugins._clashes).

Found by a trial: a plugin giving a filter `isolate` (or Jinja's `upper`, `join` …) silently
replaced the one every built-in template uses — each page printed the plugin's "HIJACK" for every
outlet and topic name — though the Plugin docstring said such names are refused; a global
`config` or `root` was never seen (every page sets its own), and of two plugins giving one name
the later won. Each is now an error at the plugin's line in config.yaml.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.config import load_config
from briefgen.plugins import CONTEXT_NAMES, load_plugins
from briefgen.render.environment import make_environment
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

OWN = make_environment(Path("."))
HOOKS = "from briefgen.plugins import Plugin\n\n\ndef register():\n    return Plugin(filters={filters}, globals={globals})\n"


def _problems(filters: str, globals: str = "{}", second: str = "") -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        files = {"hooks.py": HOOKS.format(filters=filters, globals=globals)}
        if second:
            files["more.py"] = HOOKS.format(filters=second, globals="{}")
        root = write_site(Path(folder), {**MINIMAL_SITE, **files})
        config_path = root / "config.yaml"
        config_path.write_text(config_path.read_text() + f"plugins: [hooks.py{', more.py' if second else ''}]\n")
        config, problems = load_config(config_path)
        assert config is not None and problems == []
        return [str(d) for d in load_plugins(config, root)[1]]


def test_the_reported_filter_fails_the_build_at_the_plugins_line(site_factory) -> None:  # type: ignore[no-untyped-def]
    root = site_factory()
    (root / "hooks.py").write_text(HOOKS.format(filters='{"isolate": lambda text: "HIJACK"}', globals='{"config": 1}'))
    config = root / "config.yaml"
    config.write_text(config.read_text() + "plugins: [hooks.py]\n")
    line = len(config.read_text().splitlines())
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f'config.yaml:{line}: plugin hooks.py: filter "isolate" is one of the theme\'s own' in result.stderr
    assert f'config.yaml:{line}: plugin hooks.py: global "config" would never be seen' in result.stderr
    assert not (root / "output").exists()


def test_a_name_given_by_two_plugins_is_an_error_at_the_later() -> None:
    assert _problems('{"initials": str}', second='{"initials": str.upper}') == [
        'config.yaml:8: plugin more.py: filter "initials" is also given by a plugin listed before it, which it '
        "would replace; rename one"]


names = (st.sampled_from(sorted(OWN.filters) + sorted(OWN.globals) + list(CONTEXT_NAMES))
         | st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True) | st.text(max_size=4))


@settings(max_examples=examples(25), deadline=None, database=None)
@given(names, st.sampled_from(["filters", "globals"]))
@example("isolate", "filters")
@example("initials", "filters")
@example("root", "globals")
@example("loop", "globals")
@example("_", "globals")
@example("m", "globals")  # (the probe's macro was named m: a CI draw)
@example(name="0/0", kind="globals")  # (Jinja folds the constant expression and divides by zero: the fresh-clone CI drew it)
def test_a_name_is_refused_exactly_when_templates_would_not_see_it_or_would_lose_their_own(name: str, kind: str) -> None:
    found = _problems(repr({name: "V"}) if kind == "filters" else "{}", repr({name: "V"}) if kind == "globals" else "{}")
    own = OWN.filters if kind == "filters" else OWN.globals
    assert (found == []) == (name not in own and _seen(name, kind)), (name, found)


def _seen(name: object, kind: str) -> bool:
    """Whether a template sees the plugin's value under `name`, on any page, in a loop and in a macro.
    (The loop's variable and the macro have names no example can have: named `_`, the loop's hid a
    global `_`; named `m`, the macro hid a global `m`, drawn in a CI run.)"""
    if not isinstance(name, str):
        return False
    env = make_environment(Path("."), filters={name: lambda value: "V"} if kind == "filters" else None,
                           globals={name: "V"} if kind == "globals" else None)
    use = f"'x'|{name}" if kind == "filters" else name
    try:
        template = env.from_string(f"{{% macro probe_macro() %}}{{{{ {use} }}}}{{% endmacro %}}"
                                   f"{{{{ {use} }}}}{{% for probe_loop_variable in [1] %}}{{{{ {use} }}}}{{% endfor %}}"
                                   "{{ probe_macro() }}")
        return template.render({n: "page's" for n in CONTEXT_NAMES}) == "VVV"
    except Exception:  # TemplateError, or what an expression raises as Jinja folds it ("0/0": ZeroDivisionError)
        return False
