"""Two files claiming one slug: the error is at the `slug:` line that claims it (line 1 when the slug is the
file's name), and names the other file with its `slug:` line when that one's came from the key. It was at
line 1 whatever the file said (noted in a trial), sending the editor to a title that was right."""
from __future__ import annotations

from pathlib import Path

import pytest

from support.sites import MINIMAL_SITE, run_cli, write_site

ARTICLE = MINIMAL_SITE["content/articles/first-report.md"]
NOTE = MINIMAL_SITE["content/notes/why-it-matters.md"]


def _with_slug(text: str, slug: str | None, after: int) -> str:
    """`text` with `slug: <slug>` after its `after`-th front-matter line (none when slug is None)."""
    if slug is None:
        return text
    lines = text.split("\n")
    lines.insert(1 + after, f"slug: {slug}")
    return "\n".join(lines)


@pytest.mark.parametrize("folder, text", [("articles", ARTICLE), ("notes", NOTE)], ids=["articles", "notes"])
@pytest.mark.parametrize("first_slug, second_slug", [(None, "shared"), ("shared", "shared"), ("shared", None)])
def test_a_slug_clash_is_reported_at_the_slug_that_claims_it(tmp_path: Path, folder: str, text: str,
                                                             first_slug: str | None, second_slug: str | None) -> None:
    first_name = "shared" if first_slug is None else "a-first"
    second_name = "shared" if second_slug is None else "b-second"
    files = dict(MINIMAL_SITE)
    files[f"content/{folder}/{first_name}.md"] = _with_slug(text, first_slug, 2)
    files[f"content/{folder}/{second_name}.md"] = _with_slug(text, second_slug, 3)
    root = write_site(tmp_path / "site", files)
    done = run_cli(["check"], root)
    assert done.returncode == 1
    clash = [line for line in done.stderr.splitlines() if "is also used by" in line]
    # files are read in name order: the later one is told; a file-named slug sorts as its name does
    later, earlier = sorted([(first_name, first_slug, 4), (second_name, second_slug, 5)])[::-1]  # (line 2 + after)
    at = lambda name, slug, line: f"content/{folder}/{name}.md" + (f":{line}" if slug else "")  # noqa: E731
    assert clash == [f'{at(*later)}{"" if later[1] else ":1"}: slug "shared" is also used by {at(*earlier)}; '
                     "give one of them another file name or `slug:`"]
