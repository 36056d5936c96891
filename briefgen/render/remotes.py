"""Resources a template loads from another site: scripts, stylesheets and fonts, frames, images.

The pages briefgen publishes load nothing from elsewhere: no remote scripts, fonts or trackers
(SPEC). A template override that adds `<script src="https://cdn…">`, a web font's stylesheet, an
`@import`/`url(…)` of another host, a frame or a tracking image broke that promise without a word
(a trial). `remote_loads` finds such references in a template's source; the template check
(render/templatecheck.py) warns about each at its line. A link a reader follows (`<a href>`,
`<link rel="canonical|alternate">`) loads nothing and is not named. An address written by a
template expression (`src="{{ x }}"`) is not known before rendering and is not named either.
"""
from __future__ import annotations

import re

_REMOTE = r"""["']?\s*(?:https?:)?//"""  # an absolute or protocol-relative address, quoted or not
_LOADS = re.compile(
    rf"<(?P<tag>script|iframe|img|video|audio|source|embed|object)\b[^>]*?\b(?:src|data)\s*=\s*{_REMOTE}"
    rf"|<(?P<link>link)\b(?=[^>]*\brel\s*=\s*[\"']?[^\"'>]*\b(?:stylesheet|preload|modulepreload|prefetch|icon|"
    rf"manifest)\b)[^>]*?\bhref\s*=\s*{_REMOTE}"
    rf"|(?P<css>@import\s+(?:url\(\s*)?{_REMOTE}|\burl\(\s*{_REMOTE})",
    re.IGNORECASE)
_WHAT = {"script": "a script", "iframe": "a frame", "img": "an image", "video": "a video", "audio": "a sound",
         "source": "a media file", "embed": "an embedded object", "object": "an embedded object",
         "link": "a stylesheet, font or icon", "css": "a stylesheet or font"}


def remote_loads(source: str) -> list[tuple[int, str]]:
    """(1-based line, what is loaded: "a script", "a stylesheet or font" …) for each reference in the
    template `source` to a resource on another site, in source order."""
    found = []
    for match in _LOADS.finditer(source):
        kind = (match.group("tag") or match.group("link") or "css").lower()
        found.append((source.count("\n", 0, match.start()) + 1, _WHAT[kind]))
    return found
