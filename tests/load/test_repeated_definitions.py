"""Footnotes and link labels defined twice, and references to no label, are warnings at their lines.

A hostile trial found each published without a word: `[^a]: First` then `[^a]: Second` lost the
first footnote's text; `[s]: …/old` then `[S]: …/corrected` sent every `[s]` link to the last address
(CommonMark, GitHub and editors' previews take the first); `[agency][]` and `[missing one][nope]`,
with no definition, were published as brackets (`load/mddefinitions.py`). Checked as properties
over which labels are defined how often, in which case, and which references have a definition,
among brackets that are text in every Markdown and must stay quiet.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
LABELS = ["a", "b", "note", "1", "src-2"]


def _warnings(rendered, pattern: str) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {line: message for line, message, _ in rendered.problems if re.match(pattern, message)}


@settings(max_examples=examples(60), deadline=None)
@given(definitions=st.lists(st.sampled_from(LABELS), min_size=1, max_size=7))
@example(definitions=["a", "a"])
def test_a_footnote_defined_again_is_warned_and_the_first_is_published(definitions: list[str]) -> None:
    labels = list(dict.fromkeys(definitions))
    lines = [" ".join(f"Claim[^{label}]." for label in labels), ""]
    lines += [f"[^{label}]: Text {k} of {label}." for k, label in enumerate(definitions)]
    rendered = RENDERER.convert("\n".join(lines) + "\n", "art")
    repeats = {2 + k for k, label in enumerate(definitions) if label in definitions[:k]}
    warned = _warnings(rendered, r"footnote \[\^[^\]]+\] is defined again here")
    assert set(warned) == repeats
    assert len(rendered.problems) == len(repeats), rendered.problems
    for k, label in enumerate(definitions):
        first = definitions.index(label) == k
        assert (f"Text {k} of {label}." in rendered.html) == first
        if not first:
            assert f'only its first definition ("Text {definitions.index(label)} of {label}.")' in warned[2 + k]


@settings(max_examples=examples(60), deadline=None)
@given(definitions=st.lists(st.tuples(st.sampled_from(LABELS), st.booleans()), min_size=1, max_size=7))
@example(definitions=[("s", False), ("s", True)])
def test_a_link_label_defined_again_is_warned_and_links_take_the_first(definitions: list[tuple[str, bool]]) -> None:
    labels = list(dict.fromkeys(label for label, _ in definitions))
    lines = [" ".join(f"See [{label}]." for label in labels), ""]
    lines += [f"[{label.upper() if upper else label}]: https://example.org/{k}" for k, (label, upper) in enumerate(definitions)]
    rendered = RENDERER.convert("\n".join(lines) + "\n", "art")
    firsts = {label: k for k, (label, _) in reversed(list(enumerate(definitions)))}
    repeats = {2 + k: label for k, (label, _) in enumerate(definitions) if firsts[label] != k}
    warned = _warnings(rendered, r"link label \[[^\]]+\] is defined again here")
    assert set(warned) == set(repeats)
    assert len(rendered.problems) == len(repeats), rendered.problems
    for line, label in repeats.items():
        assert f"https://example.org/{firsts[label]}," in warned[line]
    hrefs = re.findall(r'href="https://example.org/(\d+)"', rendered.html)
    assert hrefs == [str(firsts[label]) for label in labels]


QUIET = ["[sic] in prose", "[1] and [2]", "- [ ] a box", "marks [1][2]", "a[i][j]", "`[a][nowhere]`",
         "\\[a][nowhere]", "see [^n]x", "[a] [nowhere]"]


@settings(max_examples=examples(80), deadline=None)
@given(references=st.lists(st.tuples(st.sampled_from(["full", "collapsed", "image"]), st.sampled_from(["a", "b", "x y"]),
                                     st.booleans()), max_size=5),
       quiet=st.lists(st.sampled_from(QUIET), max_size=3))
@example(references=[("collapsed", "agency", False), ("full", "nope", False)], quiet=["[x] in prose", "- [ ] box"])
def test_a_reference_to_no_definition_is_warned_at_its_line(references: list[tuple[str, str, bool]], quiet: list[str]) -> None:
    lines: list[str] = []
    undefined: set[int] = set()
    defined: set[str] = set()
    for form, label, has_definition in references:
        written = {"full": f"[the text][{label}]", "collapsed": f"[{label}][]", "image": f"![a map][{label}]"}[form]
        if has_definition:
            defined.add(label)
        elif label not in defined:
            undefined.add(len(lines))
        lines += [f"Words {written} words.", ""]
    undefined = {line for line in undefined if references[line // 2][1] not in defined}
    lines += [*(f"{text} here." for text in quiet), "", "```", "[in][code]", "```", ""]
    lines += [f"[{label}]: https://example.org/{label.replace(' ', '-')}" for label in sorted(defined)]
    if "[^n]" in " ".join(quiet):
        lines += ["", "[^n]: A note."]
    rendered = RENDERER.convert("\n".join(lines) + "\n", "art")
    warned = _warnings(rendered, r".+? refers to the label \[[^\]]+\], which is defined nowhere")
    assert set(warned) == undefined
    assert len(rendered.problems) == len(warned), rendered.problems


def test_the_trials_bodies() -> None:
    rendered = RENDERER.convert("Cited[^a].\n\n[^a]: First\n[^a]: Second\n", "art")
    assert "First" in rendered.html and "Second" not in rendered.html
    assert [(line, message[:40]) for line, message, _ in rendered.problems] == [(3, "footnote [^a] is defined again here: onl")]
    rendered = RENDERER.convert("The [s] says.\n\n[s]: https://example.org/old\n[S]: https://example.org/corrected\n", "art")
    assert 'href="https://example.org/old"' in rendered.html
    assert [line for line, _, _ in rendered.problems] == [3]
    rendered = RENDERER.convert("Said the [agency][].\n\nAnd [missing one][nope], [x], [1], [ ].\n", "art")
    assert [line for line, _, _ in rendered.problems] == [0, 2]
    assert 'add a line "[nope]: https://…"' in rendered.problems[1][1]


def test_a_definition_repeated_word_for_word_loses_nothing_and_stays_quiet() -> None:
    rendered = RENDERER.convert("A[^a] [r].\n\n[^a]: Same.\n\n[^a]: Same.\n\n[^a]: Other.\n\n[r]: https://e.org/\n"
                                "[R]: https://e.org/\n[r]: https://e.org/2\n", "art")
    assert [line for line, _, _ in rendered.problems] == [6, 10]
    assert RENDERER.convert("[r]: https://example.org/a\n\n[r]: https://example.org/a\n", "art").problems == ()
