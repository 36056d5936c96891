"""Every re-telling says so on its own page, however its credit was found (a fifth trial, 2026-12-04).

The trial's articles that credit their original in the text ("according to Harbour Daily", "told the Varnholm
Courier") were labelled "Re-telling" on their story's page, but only those with `via:` carried the "Re-told report"
notice on their own page, and the Sources page counted only `via:` ("1 via other outlets" for two re-tellings, a
sixth trial). Checked on a labelled set built as a site: an article page carries the notice exactly when its story's
timeline calls it a re-telling or it has `via:`, and each source's count is the number of its re-tellings.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from support.sites import run_cli

SETS = Path(__file__).resolve().parents[1] / "stories"
RETELLING = re.compile(r'<span class="role role--re-report">Re-telling</span>\s*<a class="meta__outlet" href="[^"]*">'
                       r'(?:<bdi>)?([^<]*)(?:</bdi>)?</a>:\s*<a href="(?:\.\./)*(articles/[^"]+/)">')


def test_a_re_telling_says_so_on_its_page_and_counts_on_the_sources_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(SETS / "eval", site, ignore=shutil.ignore_patterns("*.yaml"))
    shutil.copy(SETS / "eval" / "config.yaml", site / "config.yaml")
    built = run_cli(["build", "--quiet"], site)
    assert built.returncode == 0, built.stderr
    output = site / "output"
    retold: dict[str, str] = {}  # article address → outlet
    for story in (output / "stories").glob("*/index.html"):
        retold.update({url: outlet for outlet, url in RETELLING.findall(story.read_text(encoding="utf-8"))})
    assert len(retold) >= 5, retold
    for page in (output / "articles").glob("*/index.html"):
        text = page.read_text(encoding="utf-8")
        url = page.parent.relative_to(output).as_posix() + "/"
        has_via = '<span class="via">via ' in text.split("</header>")[0]
        assert ("<strong>Re-told report.</strong>" in text) == (url in retold or has_via), url
    sources = (output / "sources/index.html").read_text(encoding="utf-8")
    counted = sum(int(n) for n in re.findall(r"(\d+) via other outlets", sources))
    assert counted >= len(retold), (counted, len(retold))
