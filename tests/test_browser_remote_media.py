"""In Chromium, a built page asks no other host for anything its body did not knowingly load (load/remotemedia.py).

BR24 (2026-12-06): Chromium requested tracker.example (a 1×1 pixel) and photos.example (an http image) from an
article whose Markdown held them in raw HTML. Now the pixel and every other way of loading the sanitiser removes
(picture sources, video poster and src, audio, object, link, style url()) ask no host; the one image the editor
kept is the only other host asked for, and the build warned of exactly it.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from support.sites import published, run_cli, write_site

BODY = """\
The harbour reopened on Monday, officials said.

<img src="https://tracker.example/p.gif?id=42" width=1 height=1>

<p>Text <img src="https://www.google-analytics.com/collect?v=1" alt=""> more.</p>

![](https://beacon.example/pixel.gif)

<picture><source srcset="https://cdn-a.example/a.webp"><img src="../../local.png" alt="Local"></picture>

<video poster="https://cdn-b.example/p.jpg" src="https://cdn-b.example/v.mp4"></video><audio src="//cdn-c.example/a.mp3"></audio>

<object data="https://cdn-d.example/o.swf"></object><link rel="stylesheet" href="https://cdn-e.example/s.css">

<span style="background:url(https://cdn-f.example/bg.png)">Styled</span>

<img src="http://photos.example/harbour.jpg" alt="The harbour at dawn">

<a href="https://link.example/report">the report</a>
"""


def test_a_built_page_requests_only_its_own_host_and_the_image_warned_of(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path / "site", {
        "config.yaml": "title: Remote media\nbase_url: https://example.org/briefing/\ntopics:\n  - id: harbour\n"
                       "    title: Harbour\n",
        "static/local.png": "not really a png\n",
        "content/articles/harbour.md": "---\ntitle: Harbour reopens\nsource: Example Outlet\n"
                                       "published: 2026-12-01\ntopics: [harbour]\n---\n" + BODY,
    })
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    warned = {line.split(" is loaded from ", 1)[1].split(" ", 1)[0] for line in done.stderr.splitlines()
              if " is loaded from " in line}
    assert warned == {"photos.example"}, done.stderr
    asked: set[str] = set()

    def record(route) -> None:  # type: ignore[no-untyped-def]
        host = urlsplit(route.request.url).hostname or ""
        asked.add(host)
        if host == "127.0.0.1":
            route.continue_()
        else:
            route.abort()

    page.route("**/*", record)
    with published(root / "output", tmp_path) as url:
        for path in ("articles/harbour/", "", "editions/"):
            page.goto(url + path, wait_until="load")
            page.wait_for_timeout(300)
    assert asked - {"127.0.0.1"} == {"photos.example"}, asked
