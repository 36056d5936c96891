"""A template that extends another is shown only through its ancestors' blocks: a block no ancestor
has, and text or `{{ … }}` outside the blocks, are dropped by Jinja unsaid; each is a warning at its
line (render/templateblocks.py).

Found in a contract audit (2026-12-03): `templates/article.html` written as `{% extends "base.html" %}
{% block contnet %}…{% endblock %}` built and checked without a word, and every article's page was
published with an empty body.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from jinja2 import Environment, nodes

from briefgen.load.files import THEME_TEMPLATES
from briefgen.render.environment import make_environment
from briefgen.render.templatecheck import template_problems
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

EXTENDING = sorted(p.relative_to(THEME_TEMPLATES).as_posix() for p in THEME_TEMPLATES.rglob("*.html")
                   if '{% extends "base.html" %}' in p.read_text(encoding="utf-8"))
BASE_BLOCKS = {b.name for b in Environment().parse((THEME_TEMPLATES / "base.html").read_text()).find_all(nodes.Block)}
NAMES = st.sampled_from(sorted(BASE_BLOCKS)) | st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True)
OUTSIDE = st.sampled_from(["", "\n", "  \n\t", "{# a comment #}", "{% set x = 1 %}", "Hello", "<p>mine</p>",
                           "{{ config.title }}", "{% if true %}<b>x</b>{% endif %}"])


def problems_of(templates: dict[str, str]) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="briefgen-blocks-") as temp:
        folder = write_site(Path(temp) / "templates", templates)
        return [str(d) for d in template_problems(make_environment(folder), ["index.html"])]


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.sampled_from(EXTENDING), NAMES, OUTSIDE)
@example("article.html", "contnet", "")
@example("article.html", "content", "<p>mine</p>")
def test_what_jinja_drops_is_named_at_its_line(name: str, block: str, outside: str) -> None:
    template = f'{{% extends "base.html" %}}\n{outside}\n{{% block {block} %}}<p>shown?</p>{{% endblock %}}\n'
    problems = [p for p in problems_of({name: template}) if "not used" not in p]
    lost_block = block not in BASE_BLOCKS
    lost_text = bool(re.sub(r"\{#.*?#\}|\{% set .*?%\}", "", outside).strip())
    assert [p.split(": warning: ")[0] for p in problems] == (
        [f"templates/{name}:2"] * lost_text + [f"templates/{name}:{3 + outside.count(chr(10))}"] * lost_block), problems
    if lost_block:
        assert f"{{% block {block} %}} is not a block of \"base.html\"" in problems[-1]


def test_the_theme_and_its_copies_say_nothing() -> None:
    copies = {name: (THEME_TEMPLATES / name).read_text(encoding="utf-8") for name in EXTENDING}
    assert [p for p in problems_of(copies) if "not used" not in p] == []


def test_the_reported_override(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {**MINIMAL_SITE, "templates/article.html":
                                       '{% extends "base.html" %}\n{% block contnet %}{{ body }}{% endblock %}\n'})
    result = run_cli(["check"], cwd=root)
    assert result.returncode == 0, result.stderr  # (a warning: the page is built as written)
    assert ('templates/article.html:2: warning: {% block contnet %} is not a block of "base.html" or what it '
            'extends, so nothing in it is shown (did you mean "content"?); the blocks there are ') in result.stderr
