"""The block names and parents `render/templateblocks.py` keeps per process (`_shape`, 2026-12-06) are what the
environment's own parse gives, for every template of the theme and for sources written in other delimiters: a parse
kept for one environment's settings is never handed to an environment that reads the same text otherwise."""
from __future__ import annotations

import jinja2
from hypothesis import given, settings, strategies as st
from jinja2 import nodes

from briefgen.load.files import THEME_TEMPLATES
from briefgen.render import templateblocks
from briefgen.render.environment import make_environment
from support.examples import examples

THEME = sorted(p.relative_to(THEME_TEMPLATES).as_posix() for p in THEME_TEMPLATES.rglob("*.html"))


def _parsed(env: jinja2.Environment, name: str, source: str) -> tuple[str | None, frozenset[str], tuple[str, ...]]:
    tree = env.parse(source, name)
    return (templateblocks._parent(tree), frozenset(b.name for b in tree.find_all(nodes.Block)),
            tuple(n.name for n in templateblocks._top_level(tree) if isinstance(n, nodes.Block)))


def test_every_theme_template_s_kept_shape_is_its_parse(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = make_environment(tmp_path / "templates")
    for name in THEME:
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        assert templateblocks._shape(templateblocks._settings(env), name, source, filename) == _parsed(env, name,
                                                                                                        source), name


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.lists(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), min_size=1, max_size=4, unique=True),
       st.sampled_from([("{%", "%}"), ("<%", "%>"), ("[[", "]]")]))
def test_the_same_text_under_other_delimiters_is_parsed_as_its_environment_parses_it(
        blocks: list[str], delimiters: tuple[str, str]) -> None:
    begin, end = delimiters
    source = f'{begin} extends "base.html" {end}' + "".join(
        f"{begin} block {b} {end}x{begin} endblock {end}" for b in blocks)
    for start, stop in (("{%", "%}"), ("<%", "%>"), ("[[", "]]")):  # (the same text, each environment in turn)
        env = jinja2.Environment(block_start_string=start, block_end_string=stop)
        assert templateblocks._shape(templateblocks._settings(env), "t.html", source, None) == _parsed(
            env, "t.html", source)
