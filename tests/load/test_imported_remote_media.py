"""Imported articles' images from other sites: one warning a build; the editor's own: one at each line (FX19).

Before (4753d02d, 2026-12-06): every image a body loads from another site was a warning at its line on every
build, `serve` reload and `check`; articles `fetch` writes keep their outlets' images, so a feed-fed briefing got
thousands of warnings each time. Now (briefgen/load/importedmedia.py): the articles with `guid:` (what fetch
writes) are summed up in ONE warning naming the count, the articles, the hosts and the http:// ones; `check -v`
lists each at its line; hand-written articles keep their warning at the line; `remote_media: allow` says nothing
and still removes tracking pixels. On real sites built in temp dirs, through the command line.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from support.examples import examples
from support.sites import run_cli, write_site

from briefgen.diagnostics import warning
from briefgen.load.importedmedia import HOSTS_NAMED, folded, summary

HOSTS = ("cdn.outlet.example", "img.wire.example", "media.daily.example", "i0.pics.example", "static.news.example",
         "pix.paper.example", "photos.radio.example")


def _imported(index: int, host: str, images: int, http: bool) -> str:
    scheme = "http" if http else "https"
    body = "\n\n".join(f'<p><img src="{scheme}://{host}/{index}/{n}.jpg" alt="Photo {n}"></p>' for n in range(images))
    return (f"---\ntitle: 'Harbour report {index}'\nsource: Example Outlet\npublished: 2026-12-01T09:00:00+00:00\n"
            f"url: https://outlet.example/{index}\nguid: urn:outlet:{index}\ntopics:\n- harbour\n---\n"
            f"<div>\n<p>The harbour reopened on Monday, officials said in report {index}.</p>\n{body}\n</div>\n")


HAND = ("---\ntitle: Our harbour view\nsource: Example Outlet\npublished: 2026-12-02\ntopics: [harbour]\n---\n"
        "The harbour reopened on Monday, officials said.\n\n![The quay](https://photos.hand.example/quay.jpg)\n\n"
        '<img src="https://tracker.example/p.gif" width="1" height="1">\n')


def _site(root: Path, imported: int, allow: bool = False, http_every: int = 0) -> Path:
    files = {"config.yaml": "title: Remote media\nbase_url: https://example.org/\ntopics:\n  - id: harbour\n"
                            "    title: Harbour\n" + ("markdown:\n  remote_media: allow\n" if allow else ""),
             "content/articles/our-view.md": HAND}
    for index in range(imported):
        files[f"content/articles/report-{index:03}.md"] = _imported(
            index, HOSTS[index % 3], 1 + index % 2, bool(http_every) and index % http_every == 0)
    return write_site(root, files)


def _remote(said: str) -> list[str]:
    return [line for line in said.splitlines() if "is loaded from" in line or "load from" in line
            or "tracking pixel" in line]


def test_fifty_imported_articles_are_one_warning_and_the_hand_written_image_its_line(tmp_path: Path) -> None:
    root = _site(tmp_path, 50, http_every=10)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    lines = _remote(built.stderr)
    # the editor's own article: its image at its line (line 9), its pixel removed at its line (11)
    assert [line for line in lines if line.startswith("content/articles/our-view.md:9: warning: "
            '<img src="https://photos.hand.example/quay.jpg"> is loaded from photos.hand.example')], lines
    assert [line for line in lines if line.startswith("content/articles/our-view.md:11: ") and "tracking pixel" in line]
    assert not [line for line in lines if line.startswith("content/articles/report-")], lines
    one = [line for line in lines if line.startswith("content/articles: warning: ")]  # (hosts by images: 26, 25, 24)
    assert one == ["content/articles: warning: 75 images in 50 imported articles load from 3 other sites "
                   "(img.wire.example, cdn.outlet.example, media.daily.example): every reader's browser asks those "
                   "sites for them; 5 of them are http://, which browsers upgrade or block on a page served over "
                   "https; `markdown: {remote_media: allow}` in config.yaml silences this, `briefgen check -v` "
                   "lists each at its line"], lines
    assert len(lines) == 3, lines
    page = (root / "output/articles/report-007/index.html").read_text(encoding="utf-8")
    assert "https://img.wire.example/7/1.jpg" in page  # (published as before: only the warnings are summed up)
    again = run_cli(["build"], root)  # a no-change build says the same again (build.py "last-build")
    assert again.returncode == 0 and _remote(again.stderr) == lines, again.stderr
    checked = run_cli(["check"], root)  # check agrees with build
    assert _remote(checked.stderr) == lines, checked.stderr
    verbose = run_cli(["check", "-v"], root)
    assert _remote(verbose.stderr) == lines, verbose.stderr
    listed = [line for line in verbose.stdout.splitlines() if " is loaded from " in line]
    assert len(listed) == 75, verbose.stdout
    for index in range(50):
        host = HOSTS[index % 3]
        for n in range(1 + index % 2):
            scheme = "http" if index % 10 == 0 else "https"
            assert [line for line in listed if re.match(
                rf'content/articles/report-{index:03}\.md:\d+: warning: <img src="{scheme}://{re.escape(host)}/'
                rf'{index}/{n}\.jpg"> is loaded from {re.escape(host)} ', line)], (index, n)
    assert all(("it is http://" in line) == ('src="http://' in line) for line in listed)


def test_allow_says_nothing_and_still_removes_pixels(tmp_path: Path) -> None:
    root = _site(tmp_path, 50, allow=True)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert [line for line in _remote(built.stderr)] == [line for line in _remote(built.stderr)
                                                         if "tracking pixel" in line and "our-view.md:11:" in line]
    assert len(_remote(built.stderr)) == 1, built.stderr
    assert "tracker.example" not in (root / "output/articles/our-view/index.html").read_text(encoding="utf-8")
    verbose = run_cli(["check", "-v"], root)
    assert " is loaded from " not in verbose.stdout + verbose.stderr


def test_one_imported_article_is_said_in_the_singular(tmp_path: Path) -> None:
    root = _site(tmp_path, 1)
    built = run_cli(["build"], root)
    assert ("content/articles: warning: 1 image in 1 imported article loads from 1 other site (cdn.outlet.example)"
            in built.stderr), built.stderr


@settings(max_examples=examples(40), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(1, 40), st.sampled_from(HOSTS), st.booleans(),
                          st.booleans()), max_size=30))
def test_folding_keeps_every_other_warning_and_counts_what_it_folds(loads) -> None:  # type: ignore[no-untyped-def]
    """The class on diagnostics as the renderer words them: whatever mix of imported and hand-written files, of
    http and https, of other warnings, what is folded is exactly the imported files' remote loads, and the
    summary counts them, their files and hosts."""
    from briefgen.load.remotemedia import remote_media
    diagnostics, expected = [], []
    imported = {f"content/articles/f{n}.md" for n in range(0, 10, 2)}
    for file, line, host, http, other in loads:
        path = f"content/articles/f{file}.md"
        address = f"{'http' if http else 'https'}://{host}/a.jpg"
        _, said = remote_media(f"x\n![]({address})\n", "", f'<p><img src="{address}"></p>', "warn", "example.org")
        d = warning(path, line, said[0][1])
        diagnostics.append(d)
        expected.append(path in imported)
        if other:
            diagnostics.append(warning(path, line, "another warning that names no loading"))
    kept, gone = folded(diagnostics, imported)
    assert gone == [d for d, mine in zip([d for d in diagnostics if "another" not in d.message], expected) if mine]
    assert [d for d in kept if d.path != "content/articles"] == [d for d in diagnostics if d not in gone]
    if gone:
        said = summary(gone).message
        hosts = Counter(d.message.split(" is loaded from ")[1].split(" ")[0] for d in gone)
        named = sorted(hosts, key=lambda host: (-hosts[host], host))[:HOSTS_NAMED]  # (the most frequent first)
        assert said.startswith(f"{len(gone)} image{'s' if len(gone) > 1 else ''} in {len({d.path for d in gone})} "
                               f"imported article"), said
        assert f"from {len(hosts)} other site{'s' if len(hosts) > 1 else ''} ({', '.join(named)}" in said, said
        assert (f" and {len(hosts) - HOSTS_NAMED} more)" in said) == (len(hosts) > HOSTS_NAMED), said
        http = sum(1 for d in gone if 'src="http://' in d.message)
        assert (f"; {http} of them" in said) == bool(http), said
    else:
        assert kept == diagnostics
