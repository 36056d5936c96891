"""Blocks of a body that a page lets scroll sideways or fold away: reachable by keyboard on
screen, whole on paper.

Reported: on a 360 px phone every code block of a body scrolls inside itself (even the one-line
`rule: release >= 37 bcm in dry years` of a note), as does a twelve-column table, and neither
could be reached with the Tab key, so a reader without a mouse could not see their right-hand
part (axe-core: scrollable-region-focusable, WCAG 2.1.1). Printed, the same blocks kept their
`overflow: auto` and were cut off at the margin: a 14-column table of monthly flows lost its
last columns, a long code line its end. The story page's table of shared passages was the same
on a wide screen when a passage holds a long address.

Reported too: a body's `<details>` (a statement in full, folded under its `<summary>`) printed
its summary alone: paper cannot be clicked open, and the folded text was lost.

Every page kind that shows a body (article, front page, edition, topic page) and the story page,
in Chromium, served under a sub-path: axe's rule at phone and desktop width, and with print
media no element that cuts off its content.
"""
from __future__ import annotations

from html.parser import HTMLParser
from typing import Iterator

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from briefgen.load.markup import MarkdownRenderer
from briefgen.render.scrollers import reachable_scrollers
from support.htmlcheck import require_axe
from support.sites import published, run_cli, write_site
from support.examples import examples

WORDS = st.sampled_from(["12,300", "Khartoum (Blue Nile)", "https://example.org/" + "series/" * 12,
                         "flow", "x" * 60, "ملء", "—"])
TABLE = st.tuples(st.integers(2, 18), WORDS).map(lambda t: (
    "| " + " | ".join(f"Col {i}" for i in range(t[0])) + " |\n|" + "---|" * t[0] + "\n"
    + "| " + " | ".join([t[1]] * t[0]) + " |\n"))
CODE = st.tuples(st.integers(10, 220), st.booleans()).map(lambda t: (
    "```\n" + ("word " * t[0] if t[1] else "w" * t[0]).strip() + "\n```\n"))
DETAILS = st.tuples(st.booleans(), st.booleans()).map(lambda t: (
    f"<details{' open' if t[0] else ''}>\n<summary>The statement</summary>\n<p>Folded words.</p>\n"
    + ("<details>\n<summary>Inner</summary>\n<p>Deeper folded words.</p>\n</details>\n" if t[1] else "")
    + "</details>\n"))
PLACE = st.sampled_from(["article", "quotation", "note"])

# The reported inputs: a note's 14-column table and one-line code block, an article's folded
# statement and long code line.
REPORTED = [
    ("note", "| Station | Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec | Total |\n"
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
             "| Khartoum (Blue Nile) | 1,234 | 1,100 | 1,050 | 990 | 1,020 | 1,400 | 5,600 | 12,300 | 11,800 |"
             " 6,400 | 2,900 | 1,700 | 47,494 |\n"),
    ("note", "```\nrule: release >= 37 bcm in dry years\n```\n"),
    ("article", "<details>\n<summary>The full statement</summary>\n<p>The ministry said the hidden sentence "
                "is here.</p>\n</details>\n"),
    ("article", '```python\nfor year, volume in fillings:\n    print(f"{year}: {volume} bcm")  # a long comment'
                " line that will not fit on a phone screen at all, so the block scrolls\n```\n"),
]
LONG_ADDRESS = "https://example.org/measurements/" + "khartoum-blue-nile-daily-series-" * 4 + "2023.csv"
SHARED = f"Hydrologists published the measurements of the August flood at {LONG_ADDRESS} on Monday."


def site_files(blocks: list[tuple[str, str]]) -> dict[str, str]:
    """One topic, one week: the notes on the front page, the edition and the topic page, the
    other blocks in one article (a page each would cost browser time, not find more)."""
    files = {"config.yaml": "title: Scroll regions\nbase_url: https://example.org/briefing/\n"
                            "topics:\n  - id: flows\n    title: River flows\n"}
    body = []
    for n, (place, block) in enumerate(blocks):
        if place == "note":
            files[f"content/notes/n{n}.md"] = (f"---\ntitle: Note {n}\ndate: 2023-08-1{4 + n % 5}\n"
                                               f"topics: [flows]\n---\nThe figures.\n\n{block}")
        else:
            quoted = place == "quotation" and not block.startswith("<details")  # raw HTML is read at the top level
            body.append("".join(f"> {line}\n" for line in block.splitlines()) if quoted else block)
    files["content/articles/figures.md"] = ("---\ntitle: The figures\nsource: Outlet\npublished: 2023-08-16\n"
                                            "topics: [flows]\nstory: none\n---\nThe figures.\n\n"
                                            + "\nBetween them.\n\n".join(body))
    for outlet in ("Nile Times", "Delta Post"):  # a story whose shared passage holds a long address
        files[f"content/articles/flood-{outlet.split()[0].lower()}.md"] = (
            f"---\ntitle: August flood measured\nsource: {outlet}\npublished: 2023-08-14\n"
            f"topics: [flows]\nstory: flood\n---\n{SHARED}\n\nEach outlet adds its own line, {outlet}.\n")
    return files


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    blocks = list(REPORTED)

    @settings(derandomize=True, database=None, deadline=None, max_examples=examples(6),
              phases=[Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(PLACE, st.one_of(TABLE, CODE, DETAILS))
    def collect(place: str, block: str) -> None:
        blocks.append((place, block))

    collect()
    tmp_path = tmp_path_factory.mktemp("scroll")
    site = write_site(tmp_path / "site", site_files(blocks))
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    output = site / "output"
    pages = sorted(p.relative_to(output).parent.as_posix() + "/" for p in output.rglob("index.html")
                   if p.relative_to(output).parts[0] in ("articles", "editions", "topics", "stories")
                   and "page" not in p.relative_to(output).parts and p.parent != output / "editions"
                   and not p.parent.name.startswith("flood-"))  # their bodies have no code or table
    assert {path.split("/")[0] for path in pages} == {"articles", "editions", "topics", "stories"}
    with published(output, tmp_path) as url:
        yield url, ["", *pages]


# What axe-core's scrollable-region-focusable asks (tests/test_browser_a11y.py runs axe itself on
# fewer pages; axe costs ~0.5 s a page): an element that scrolls sideways is focusable in the
# sequential (Tab) order, or holds an element that is. Chromium 130+ lets Tab reach a scroller
# on its own, Safari does not: so the markup is checked, not the browser's behaviour.
UNREACHABLE = """() => [...document.querySelectorAll('main *')].filter(e =>
    ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
  .map(e => [e.tagName + '.' + e.className, e.matches(TABBABLE) || !!e.querySelector(TABBABLE)])"""
TABBABLE = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex^='-'])"


@pytest.mark.parametrize("width", [360, 1000])
def test_every_region_that_scrolls_can_be_reached_by_keyboard(browser, served, width: int) -> None:  # type: ignore[no-untyped-def]
    url, pages = served
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        unreachable, scrolling = {}, 0
        for path in pages:
            page.goto(url + path)
            found = page.evaluate(UNREACHABLE.replace("TABBABLE", repr(TABBABLE)))
            scrolling += len(found)
            if bad := [name for name, reachable in found if not reachable]:
                unreachable[path] = bad
        assert scrolling > 0  # the site does exercise the rule at this width
        assert unreachable == {}
        page.goto(url + pages[0])  # and axe agrees, on the front page (notes with a table and code)
        page.add_script_tag(path=str(require_axe()))
        assert page.evaluate("axe.run(document, {runOnly: ['scrollable-region-focusable']})"
                             ".then(r => r.violations.length)") == 0
    finally:
        context.close()


CUT_OFF = """() => [...document.querySelectorAll('body *')].filter(e => e.getClientRects().length
    && !e.closest('.visually-hidden') && getComputedStyle(e).overflowX != 'visible'
    && e.scrollWidth > e.clientWidth + 1).map(e => e.tagName + ' ' + e.scrollWidth + '>' + e.clientWidth)
    .concat(document.documentElement.scrollWidth > innerWidth ? ['page ' + document.documentElement.scrollWidth] : [])"""


HIDDEN = """() => [...document.querySelectorAll('.prose p, .prose li, .prose td, .prose pre, .prose summary')]
    .filter(e => !e.checkVisibility()).map(e => e.textContent.slice(0, 40))"""


def test_on_paper_no_block_of_a_body_is_cut_off_or_folded_away(page, served) -> None:  # type: ignore[no-untyped-def]
    url, pages = served
    page.set_viewport_size({"width": 680, "height": 900})  # A4 less the print margins (15 mm each side)
    page.emulate_media(media="print")
    cut, folded, details = {}, {}, 0
    for path in pages:
        page.goto(url + path)
        if found := page.evaluate(CUT_OFF):
            cut[path] = found
        if found := page.evaluate(HIDDEN):
            folded[path] = found
        details += page.evaluate("document.querySelectorAll('.prose details:not([open])').length")
    assert details > 0  # the site has folded blocks to print
    assert cut == {}
    assert folded == {}


class _Scrollers(HTMLParser):
    """The `tabindex` of every code block and table, and how many tags carry one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scrollers, self.others = [], 0  # type: ignore[var-annotated]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("pre", "table"):
            self.scrollers.append(dict(attrs).get("tabindex"))
        elif "tabindex" in dict(attrs):
            self.others += 1


_PIECE = st.sampled_from(["Text.", "> | a | b |\n> |---|---|\n> | 1 | 2 |", "- item\n\n        indented code",
                          "```\ncode\n```", "<table><caption>C</caption><tr><th>h</th></tr></table>",
                          '<pre class="x" title="a &gt; b">raw</pre>', "`inline <code>`",
                          "<div><table><tr><td><pre>deep</pre></td></tr></table></div>", "| x |\n|---|\n| y |"])


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.lists(_PIECE, min_size=1, max_size=5))
@example(["```\nrule: release >= 37 bcm in dry years\n```", "| Station | Jan |\n|---|--:|\n| Khartoum | 1,234 |"])
def test_every_code_block_and_table_of_a_body_is_a_tab_stop_and_nothing_else_changes(pieces: list[str]) -> None:
    body = MarkdownRenderer().render("\n\n".join(pieces), "b")
    reachable = reachable_scrollers(body)
    assert reachable.replace(' tabindex="0"', "") == body
    seen = _Scrollers()
    seen.feed(reachable)
    assert set(seen.scrollers) <= {"0"} and seen.others == 0
    assert len(seen.scrollers) == body.count("<pre") + body.count("<table")
