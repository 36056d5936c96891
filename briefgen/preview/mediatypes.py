"""The Content-Type the preview sends for a file: a fixed table by extension."""
from __future__ import annotations

import mimetypes
from pathlib import Path

_TYPES: dict[str, str] = {
    ".html": "text/html", ".htm": "text/html", ".xml": "application/xml",
    ".rss": "application/rss+xml", ".atom": "application/atom+xml",
    ".json": "application/json", ".map": "application/json",
    ".webmanifest": "application/manifest+json", ".css": "text/css",
    ".js": "text/javascript", ".mjs": "text/javascript", ".txt": "text/plain",
    ".csv": "text/csv", ".md": "text/markdown", ".svg": "image/svg+xml",
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif",
    ".ico": "image/x-icon", ".woff": "font/woff", ".woff2": "font/woff2",
    ".ttf": "font/ttf", ".otf": "font/otf", ".pdf": "application/pdf",
    ".mp4": "video/mp4", ".webm": "video/webm", ".mp3": "audio/mpeg",
}
_TEXTUAL = ("text/", "application/xml", "application/json", "image/svg+xml", "application/rss+xml",
            "application/atom+xml", "application/manifest+json", "application/javascript")


def content_type(path: Path) -> str:
    """Content-Type by extension, with charset=utf-8 for every textual type.

    A fixed table rather than the system's mime database, so the preview
    answers the same on every machine.
    """
    ctype = _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{ctype}; charset=utf-8" if ctype.startswith(_TEXTUAL) else ctype
