"""`serve`'s panels (the editor's advice, a failed build's errors) hide nothing of the page, at any width.

Found: both panels were `position:fixed` at the bottom of the window. On a phone (360×640) the
advice panel's summary wraps to several lines, and the page's last lines and footer stayed under
it at every scroll: its last link could not be read or tapped. The kind: a panel laid over the
page rather than given room in it. The rule tested in headless Chromium, with the panel shown
(collapsed or open, or the red overlay of a failed build): scrolled to the end, the footer's last
link is in the window and is what a tap at its centre reaches (`elementFromPoint`), and no part of
the footer is under the panel.
"""
from __future__ import annotations

import time
import urllib.request
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from support.browsers import PAGE_TIMEOUT_MS, page_in_new_context
from support.previews import save, serving
from support.sites import MINIMAL_SITE, write_site
from support.examples import examples

ARTICLE = "content/articles/first-report.md"
LONG_BODY = "\n\n".join(f"Paragraph {n} of the talks in Geneva, reported at length." for n in range(40))
# Raw markup the build removes: each a warning, so the advice panel lists several suggestions.
WARNED = "".join(f'\n\n<font color="red">Removed markup {n}</font>' for n in range(6))
SITE = {**MINIMAL_SITE, ARTICLE: MINIMAL_SITE[ARTICLE] + "\n" + LONG_BODY + WARNED}
PAGES = ("", "articles/first-report/", "sources/")

_CHECK = """() => {
  scrollTo({top: document.scrollingElement.scrollHeight, behavior: "instant"});  // (the theme scrolls smoothly)
  const links = document.querySelectorAll("footer a");
  const link = links[links.length - 1];
  const footer = link.closest("footer").getBoundingClientRect();
  const box = link.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const hit = document.elementFromPoint(x, y);
  const panel = document.getElementById("briefgen-overlay") || document.getElementById("briefgen-advice");
  const shown = panel ? panel.getBoundingClientRect() : null;
  return {inWindow: y >= 0 && y <= innerHeight && x >= 0 && x <= innerWidth, reached: !!hit && link.contains(hit),
          hit: hit ? hit.outerHTML.slice(0, 80) : null, footerBottom: footer.bottom,
          panelTop: shown ? shown.top : null, panelHeight: shown ? shown.height : 0, innerHeight: innerHeight};
}"""


def _until(url: str, marker: str) -> None:
    deadline = time.monotonic() + 20
    while marker not in urllib.request.urlopen(url, timeout=20).read().decode():
        assert time.monotonic() < deadline, f"{marker} never appeared at {url}"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Two running previews: one whose pages carry the advice panel, one whose last build failed."""
    advised = write_site(tmp_path_factory.mktemp("advised"), SITE)
    failing = write_site(tmp_path_factory.mktemp("failing"), SITE)
    with serving(advised / "config.yaml") as one, serving(failing / "config.yaml") as two:
        _until(one.url, 'id="briefgen-advice"')
        save(failing / ARTICLE, SITE[ARTICLE].replace("title: Envoys", "title: [Envoys"))  # unclosed flow sequence
        _until(two.url, 'id="briefgen-overlay"')
        yield {"advice": one.url, "overlay": two.url}


@pytest.fixture(scope="module")
def page(browser):  # type: ignore[no-untyped-def]
    """One page for the module's tests: each check sets the window's size and loads its address anew (`page.goto`: a
    new document, the panel closed again), and neither panel keeps anything in cookies or storage. A new context and
    page a test cost ~1.3 s under load (docs/log/performance.md, "Session of 2026-12-07, late morning: the test suite")."""
    yield from page_in_new_context(browser, PAGE_TIMEOUT_MS)


def _check(page, url: str, panel: str, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.goto(url)
    if panel == "advice open":
        page.locator("#briefgen-advice summary").click()
        assert page.locator("#briefgen-advice").get_attribute("open") is not None
    shown = page.locator("#briefgen-overlay" if panel == "overlay" else "#briefgen-advice")
    assert shown.is_visible()
    found = page.evaluate(_CHECK)
    what = f"{panel} at {width}×{height} on {url}: {found}"
    assert found["panelHeight"] > 0, what
    assert found["inWindow"] and found["reached"], what
    assert found["panelTop"] >= found["footerBottom"] - 0.5, what  # nothing of the footer under the panel


@pytest.mark.parametrize("width,height", [(360, 640), (1280, 800)])
@pytest.mark.parametrize("panel", ["advice", "advice open", "overlay"])
def test_the_footers_last_link_can_be_tapped_with_the_panel_shown(served, page, panel: str, width: int,
                                                                   height: int) -> None:
    for path in PAGES:
        _check(page, served["overlay" if panel == "overlay" else "advice"] + path, panel, width, height)


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(width=st.integers(280, 1920), height=st.integers(400, 1200), path=st.sampled_from(PAGES),
       panel=st.sampled_from(["advice", "advice open", "overlay"]))
def test_at_any_window_size_the_panel_hides_nothing_of_the_page(served, page, width: int, height: int, path: str,
                                                                panel: str) -> None:
    _check(page, served["overlay" if panel == "overlay" else "advice"] + path, panel, width, height)


def test_the_sample_is_long_enough_to_be_covered(served, page) -> None:
    """(That the tests above can fail: the article page is longer than a phone's window.)"""
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(served["advice"] + "articles/first-report/")
    assert page.evaluate("document.scrollingElement.scrollHeight") > 2 * 640
