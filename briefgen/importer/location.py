"""Where a feed is: an http(s) URL, or a local file (a path relative to the project, or a file: URL).

Light on purpose (standard library only): a fetch in which every feed answers 304 needs
nothing more than this, the HTTP client and the state files.
"""
from __future__ import annotations

import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

MAX_BYTES = 10 * 1024 * 1024


class FeedError(Exception):
    """Why a feed's bytes could not be had; the message says what to do."""


def is_remote(url: str) -> bool:
    return urlsplit(url).scheme.lower() in ("http", "https")


def local_path(url: str, root: Path) -> Path | None:
    """The file a non-http feed URL names (relative paths are read from the project root)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        if (parts.hostname or "").lower() not in ("", "localhost"):  # (host names ignore case: LOCALHOST)
            return None
        path = Path(urllib.request.url2pathname(parts.path))
    elif scheme and len(scheme) > 1:  # one letter: a Windows drive, i.e. a path
        return None
    else:
        path = Path(url).expanduser()
    return path if path.is_absolute() else root / path


def read_local(url: str, root: Path) -> bytes:
    """A local feed file's bytes; raises FeedError saying what to fix."""
    path = local_path(url, root)
    if path is None:
        raise FeedError("not an http(s) URL, a file: URL or a file path; use one of those")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise FeedError(f"no file at {path}; fix the path (relative paths start at the project folder) "
                        "or remove the feed") from None
    except IsADirectoryError:
        raise FeedError(f"{path} is a folder; give the path of the feed file") from None
    except OSError as exc:
        raise FeedError(f"cannot read {path}: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise FeedError(f"{path} is larger than {MAX_BYTES // 2**20} MB, which is not a plausible feed")
    return raw


def plain_words_hint(raw: bytes) -> str:
    """What a document that is no feed probably is, in plain words (`briefgen feeds` shows it)."""
    head = raw[:4096].lower()
    if not raw.strip():  # (a 200 with no body: a server's error page that forgot its status, a file being written)
        return "the answer was empty; try again later, and check the URL if it stays so"
    if b"cf-chl" in head or b"challenge-platform" in head or b"just a moment" in head:
        return "the server sent a Cloudflare challenge page instead of the feed; it blocks automated readers"
    if b"<html" in head or b"<!doctype html" in head:
        return "the server sent an HTML page instead of a feed; check that the URL points to the feed itself"
    return "check that the URL points to the feed itself, not a web page"
