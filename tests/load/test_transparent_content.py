"""Elements that need a particular parent, inside a transparent element (a, ins, del), get that parent.

A transparent element takes its parent's content model, so `<a><li>x</li></a>` in flow
content is as wrong as a bare `<li>` there; the repair wrapped bare items but not those
inside a link (Nu: Element "li" not allowed as child of element "a" in this context).
Generated contexts × transparent elements × stray children, one site, one Nu run.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from briefgen.load.html5 import normalise
from support.htmlcheck import require_vnu, validate_html
from support.sites import run_cli, write_site
from support.examples import examples

STRAY = ["<li>i</li>", "<dt>t</dt>", "<dd>d</dd>", "<tr><td>r</td></tr>", "<td>c</td>", "<th>h</th>",
         "<tbody><tr><td>b</td></tr></tbody>", "<thead><tr><th>h</th></tr></thead>", "<caption>cap</caption>",
         "<figcaption>f</figcaption>", "<summary>s</summary>", "text", "<p>p</p>"]
TRANSPARENT = ['<a href="https://example.org/">', "<ins>", "<del>"]
CONTEXTS = ["{}", "<p>x {} y</p>", "<ul><li>{}</li></ul>", "<blockquote>{}</blockquote>", "<span>{}</span>",
            "<table><tr><td>{}</td></tr></table>", "<dl><dd>{}</dd></dl>", "<div>{}</div>", "<ul>{}</ul>",
            "<details><summary>s</summary>{}</details>", "<figure>{}</figure>"]


def test_a_link_around_a_list_item_gets_the_list() -> None:
    assert normalise('<a href="#x"><li>a</li></a>') == '<a href="#x"><ul><li>a</li></ul></a>'


@st.composite
def nested(draw: st.DrawFn) -> str:
    inner = "".join(draw(st.lists(st.sampled_from(STRAY), min_size=1, max_size=3)))
    for _ in range(draw(st.integers(1, 2))):
        opener = draw(st.sampled_from(TRANSPARENT))
        inner = f"{opener}{inner}</{opener[1:4].strip(' >')}>"
    return draw(st.sampled_from(CONTEXTS)).format(inner)


def test_stray_children_of_transparent_elements_give_valid_pages(tmp_path: Path) -> None:
    require_vnu()
    bodies = ["<<a href='#x'></ol><q><button><style><style><col><q><s><li>"]  # the reported input

    @settings(derandomize=True, database=None, deadline=None, max_examples=examples(60),
              phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(nested())
    def collect(body: str) -> None:
        bodies.append(body)

    collect()
    files = {"config.yaml": "title: T\ntopics:\n  - id: t\n    title: T\n"}
    for index, body in enumerate(bodies):
        files[f"content/articles/a{index:02d}.md"] = (f"---\ntitle: A{index}\nsource: S\npublished: 2023-05-01\n"
                                                      f"---\n{body}\n")
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert validate_html(sorted((root / "output/articles").rglob("*.html"))) == []
