r"""The hint for a quote inside a quoted YAML value reads each line in time linear in its length.

Its first pattern, `(["'])(?:\\.|(?!\1).)*\1[^\s#]`, could read a backslash as an escape or as
itself, and tried both ways for every backslash of a line it did not match: the suite's
hypothesis test of `base_url` drew `base_url: "\ud8f6…` with a few dozen backslashes, and the
build hung in `_yaml_message` (2^n tries). These tests run such lines through the loader in a
child process with a deadline (a hang fails the test instead of stopping the suite), and check
the pattern against a plain scan of the line over the characters that matter to it.
"""
from __future__ import annotations

import subprocess
import sys

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.yamltext import _QUOTE_HINT, _QUOTE_INSIDE, load_mapping


def _quote_inside(line: str) -> str | None:
    """The quote mark of a `key: "value"more` line (YAML: a double-quoted value ends at an
    unescaped `"`, a single-quoted one at any `'`), else None: what the pattern must find."""
    stripped = line.lstrip()
    if stripped.startswith("-") and stripped[1:2].isspace():
        stripped = stripped[1:].lstrip()
    if not stripped or stripped[0].isspace() or stripped[0] in "\"'#":
        return None
    colon = next((i for i, c in enumerate(stripped) if c in ":#"), -1)
    if colon < 1 or stripped[colon] != ":":
        return None
    rest = stripped[colon + 1:]
    value = rest.lstrip()
    if value == rest or not value or value[0] not in "\"'":
        return None
    quote, i = value[0], 1
    while i < len(value):
        if quote == '"' and value[i] == "\\":
            if i + 1 >= len(value):  # (an escape needs a character after it)
                return None
            i += 2
            continue
        if value[i] == quote:
            after = value[i + 1:i + 2]
            return quote if after and not after.isspace() and after != "#" else None
        i += 1
    return None


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet="ab:\\\"' #-\t", max_size=40))
@example('title: "Talks: what"s next"')
@example("title: 'Kyiv's terms'")
@example('title: "a \\" b"x')
@example("title: 'a\\'b'")
@example('base_url: "' + "\\a" * 30)
@example(":: '':")  # a key that starts with its colon: no key the hint names (a run of the suite drew it)
@example("- : '':")  # a list item whose key starts with its colon: the pattern took `- ` for the key (a run drew it)
@example("- - a: 'b'x")
def test_the_pattern_finds_what_a_plain_scan_finds(line: str) -> None:
    found = _QUOTE_INSIDE.match(line)
    assert (found.group("value")[0] if found else None) == _quote_inside(line)


def test_a_line_of_many_backslashes_is_reported_at_once() -> None:
    # The reported input's shape: a double-quoted value of backslashes YAML refuses as escapes.
    text = 'title: Harbour notice\nbase_url: "' + "\\q" * 40 + '"\n'
    script = ("import sys; from briefgen.load.yamltext import load_mapping; "
              "_, problems = load_mapping(sys.stdin.read(), 'config.yaml'); print(problems[0].line, problems[0].message)")
    done = subprocess.run([sys.executable, "-c", script], input=text, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("2 invalid YAML"), done.stdout


def test_the_hint_still_names_the_fix() -> None:
    _, problems = load_mapping('title: "Talks: what"s next"\n', "content/articles/x.md", first_line=2)
    assert problems and problems[0].line == 2 and _QUOTE_HINT['"'] in problems[0].message
    _, problems = load_mapping("title: 'Kyiv's terms'\n", "content/articles/x.md", first_line=2)
    assert problems and _QUOTE_HINT["'"] in problems[0].message
