"""Every template read is said at its path: what stands there, its encoding, its characters, and the
blocks an override leaves out (render/templateloader.py, render/templateblocks.py).

Trials (2026-12-04): a templates/base.html without `{% block content %}` published every page with an
empty <main>, exit 0, no word; a Latin-1 template that a page used was "unexpected error:
UnicodeDecodeError … please report it" (a traceback in serve); a folder named like a template gave way
to the theme's template silently; control characters in a template reached every page.
"""
from __future__ import annotations

import functools
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st
from jinja2 import Environment, nodes

from briefgen.load.codepoints import FORBIDDEN
from briefgen.load.files import THEME_TEMPLATES
from briefgen.load.text import nfc
from briefgen.render.environment import make_environment
from briefgen.render.templatecheck import template_problems
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

BASE = (THEME_TEMPLATES / "base.html").read_text(encoding="utf-8")
BASE_BLOCKS = sorted({b.name for b in Environment().parse(BASE).find_all(nodes.Block)})
USED = ["index.html", "article.html", "base.html", "partials/masthead.html", "partials/entry.html",
        "feeds/article.html"]


def problems_of(files: dict[str, bytes], make=None) -> list[str]:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory(prefix="briefgen-reading-") as temp:
        folder = Path(temp) / "templates"
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        if make is not None:
            make(folder)
        return [str(d) for d in template_problems(make_environment(folder), USED)
                if "not used" not in d.message]


@functools.cache  # the theme's files do not change during a run: ~0.4 s a block, once per removed block per example
def _fills(block: str) -> tuple[str, ...]:
    """The built-in templates extending base.html that fill `block`."""
    found = []
    for path in sorted(THEME_TEMPLATES.rglob("*.html")):
        tree = Environment().parse(path.read_text(encoding="utf-8"))
        if any(isinstance(t.template, nodes.Const) and t.template.value == "base.html" for t in tree.find_all(nodes.Extends)) \
                and any(b.name == block for b in tree.body if isinstance(b, nodes.Block)):
            found.append(path.relative_to(THEME_TEMPLATES).as_posix())
    return tuple(found)


@settings(max_examples=examples(30), deadline=None, database=None)
@given(st.sets(st.sampled_from(BASE_BLOCKS)), st.sampled_from(["", "gone", "main", "content_"]))
@example({"content"}, "body")  # the trial: the block renamed
@example({"content"}, "")  # the trial: the block deleted
@example(set(), "")
def test_an_override_without_a_block_built_in_templates_fill_is_a_warning_at_the_override(
        removed: set[str], renamed: str) -> None:
    base = BASE
    for block in removed:
        start = base.index(f"{{% block {block} %}}")
        end = base.index("{% endblock %}", start) + len("{% endblock %}")
        inner = base[start + len(f"{{% block {block} %}}"):end - len("{% endblock %}")]
        base = base[:start] + (f"{{% block {renamed}{block} %}}{inner}{{% endblock %}}" if renamed else inner) + base[end:]
    problems = problems_of({"base.html": base.encode()})
    lost = sorted(block for block in removed if _fills(block))
    said = sorted(re.search(r"\{% block (\w+) %\}", p)[1] for p in problems)  # type: ignore[index]
    assert said == lost, problems
    assert all(p.startswith("templates/base.html: warning: the built-in template") for p in problems), problems


def test_the_theme_and_a_copy_of_its_base_say_nothing() -> None:
    assert problems_of({}) == []
    assert problems_of({"base.html": BASE.encode()}) == []


def test_the_reported_base_without_content(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {**MINIMAL_SITE, "templates/base.html": BASE.replace(
        "{% block content %}{% endblock %}", "{% block body %}{% endblock %}")})
    for command in (["build"], ["check"]):
        result = run_cli(command, cwd=root)
        assert result.returncode == 0, result.stderr  # (a warning: the pages are built as written)
        assert re.search(r"^templates/base\.html: warning: the built-in templates 404\.html, article\.html, "
                         r"edition\.html and \d+ others fill \{% block content %\}, which this template", result.stderr,
                         re.M), result.stderr


NOT_UTF8 = st.binary(min_size=1, max_size=40).filter(lambda b: _invalid(b))


def _invalid(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(USED), st.text(st.characters(codec="ascii", exclude_characters="{}%#"), max_size=30),
       NOT_UTF8)
@example("partials/masthead.html", "<p>", b"caf\xe9</p>")
@example("article.html", '{% extends "base.html" %}\n{% block content %}', b"<p>caf\xe9</p>{% endblock %}")
def test_a_used_template_not_utf8_is_an_error_at_its_line(name: str, before: str, after: bytes) -> None:
    data = before.encode() + after
    bad = len(data) - len(after) + _first_bad(after)
    line = data.count(b"\n", 0, bad) + 1
    problems = problems_of({name: data})
    assert any(re.match(rf"templates/{re.escape(name)}:{line}: not (valid )?UTF-8", p) for p in problems), problems


def _first_bad(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("name, data", [("templates/partials/masthead.html", b"<p>caf\xe9</p>"),
                                        ("templates/article.html",
                                         b'{% extends "base.html" %}\n{% block content %}<p>caf\xe9</p>{% endblock %}\n')])
def test_the_reported_latin1_templates(tmp_path: Path, command: str, name: str, data: bytes) -> None:
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_bytes(data)
    result = run_cli([command], cwd=root)
    assert result.returncode == 1, result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    line = data.count(b"\n", 0, data.index(b"\xe9")) + 1
    assert f"{name}:{line}: not valid UTF-8: byte 0xe9" in result.stderr, result.stderr


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.html").write_text("<p>x</p>")


KINDS = {"folder": (_folder, "it is a folder"), "fifo": (os.mkfifo, "it is a named pipe (FIFO)"),
         "dangling symlink": (lambda path: path.symlink_to(path.parent / "nowhere.html"),
                              "it is a symlink that leads nowhere")}


@settings(max_examples=examples(18), deadline=None, database=None)
@given(st.sampled_from(USED), st.sampled_from(sorted(KINDS)))
@example("partials/masthead.html", "folder")  # the trial
def test_what_is_not_a_regular_file_at_a_templates_path_is_an_error(name: str, kind: str) -> None:
    make, said = KINDS[kind]

    def place(folder: Path) -> None:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        make(folder / name)
    problems = problems_of({}, place)
    assert any(p.startswith(f"templates/{name}: not read: {said}") for p in problems), problems


def test_the_reported_folder_fails_the_build(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    (root / "templates/partials/masthead.html").mkdir(parents=True)
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1, result.stderr
    assert "templates/partials/masthead.html: not read: it is a folder" in result.stderr
    assert not (root / "output").exists()


# (no NUL: a file a third of whose bytes are NUL is read as UTF-16, one with 16 in a row as a crash's: load/text.py)
# (no surrogates: a file cannot hold one as UTF-8, and its bytes are reported as "not valid UTF-8", a CI draw)
TEXT = st.text(st.characters(exclude_characters="{}%#\r\x00", exclude_categories=("Cs",)), max_size=60)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(TEXT)
@example("<p>ctl\x01\x0b\x0cend</p>\n")  # the trial
@example("a\n\ufdd0\nb\U0010ffff\x7f")
@example("<p>a NUL \x00 in a line of text</p>")
def test_forbidden_characters_are_warned_at_their_lines_and_replaced(text: str) -> None:
    problems = problems_of({"partials/masthead.html": text.encode("utf-8", "surrogatepass")})
    lines = sorted({text.count("\n", 0, m.start()) + 1 for m in FORBIDDEN.finditer(text)})
    warned = [int(p.split(":")[1]) for p in problems if "HTML forbids" in p]
    assert warned == lines, problems
    with tempfile.TemporaryDirectory(prefix="briefgen-chars-") as temp:
        folder = write_site(Path(temp) / "templates", {"partials/masthead.html": text})
        shown = make_environment(folder).get_template("partials/masthead.html").render()
    assert shown == FORBIDDEN.sub("\ufffd", nfc(text))  # one character for one


def test_the_reported_control_characters_reach_no_page(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    (root / "templates/partials").mkdir(parents=True)
    (root / "templates/partials/masthead.html").write_bytes(b"<p>ctl\x01\x0b\x0cend</p>\n")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 0, result.stderr
    assert ("templates/partials/masthead.html:1: warning: the control characters U+0001, U+000B are published "
            "as U+FFFD") in result.stderr
    for page in (root / "output").rglob("*.html"):
        assert FORBIDDEN.search(page.read_text(encoding="utf-8")) is None, page


def test_a_build_gives_each_diagnostic_once(tmp_path: Path) -> None:
    """Two readers of one template (the template-file walk and the loader) found the same error: the CLI printed it
    once, but `serve` printed it twice (the build's result held it twice)."""
    from briefgen.build import BuildOptions, build

    root = write_site(tmp_path / "site", MINIMAL_SITE)
    (root / "templates/partials").mkdir(parents=True)
    (root / "templates/partials/masthead.html").write_bytes(b"<p>caf\xe9</p>\n")
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert not result.ok
    assert len(result.diagnostics) == len(set(result.diagnostics)), [str(d) for d in result.diagnostics]
