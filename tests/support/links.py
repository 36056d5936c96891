"""Broken-link check of a built site, resolving links exactly as a browser would.

SPEC promises that every page works when the site is served from a sub-path
(e.g. /briefing/). A file-system check ("does ../style.css exist next to this
file?") would miss the classic bugs: a path-absolute link that forgets the
mount, a relative link from a pretty URL (/briefing/topics/x/ is a directory
URL, so "../" means /briefing/topics/), or a fragment pointing at no id.
So each page gets the URL it is served at, links are resolved against that
URL, and the result is mapped back to a file the way a static server does.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

_ORIGIN = "http://site.invalid"  # any origin: only paths and fragments matter
_URL_ATTRIBUTES = frozenset({"href", "src", "poster"})


class _PageScan(HTMLParser):
    """Collects link targets, element ids and a <base href> from one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif tag == "base" and name == "href":
                self.base = self.base or value.strip()
            elif name in _URL_ATTRIBUTES:
                self.links.append(value.strip())
            elif name == "srcset":
                self.links.extend(srcset_urls(value))

    handle_startendtag = handle_starttag


def srcset_urls(srcset: str) -> list[str]:
    """The URLs of a srcset ("a.png 1x, b.png 2x"); a URL may itself hold commas."""
    urls, i, n = [], 0, len(srcset)
    while i < n:
        while i < n and (srcset[i].isspace() or srcset[i] == ","):
            i += 1
        start = i
        while i < n and not srcset[i].isspace():
            i += 1
        url = srcset[start:i]
        if url.endswith(","):  # "a.png,b.png": the comma ends a candidate
            url = url.rstrip(",")
        else:
            while i < n and srcset[i] != ",":  # skip the descriptor
                i += 1
        if url:
            urls.append(url)
    return urls


def _scan(page: Path) -> _PageScan:
    scan = _PageScan()
    scan.feed(page.read_text(encoding="utf-8", errors="replace"))
    scan.close()
    return scan


def page_url(site_dir: Path, page: Path, mount: str) -> str:
    """The URL path a static server gives a file: .../index.html is served as .../."""
    rel = page.relative_to(site_dir).as_posix()
    if rel == "index.html" or rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return mount + rel


def broken_links(site_dir: Path, mount: str = "/", base_url: str | None = None, pages: Pages | None = None
                 ) -> list[str]:
    """Every internal link in site_dir/**/*.html that leads nowhere, as "page: link".

    mount is the URL path the site is served under ("/briefing/"); internal
    path-absolute links must start with it. Links with a scheme or a host are
    external and skipped, except http(s) links to the host of base_url (feeds
    and canonical links use absolute URLs), which are checked like the rest.
    A reason in parentheses follows when the target file exists but the link
    is still wrong (missing #id, directory without trailing slash, ...).
    Each page is parsed once (its links, and its ids for the fragments that name it) and each target path is
    resolved once (`Pages`; `pages`: one `reachable` read too): a 210-article site's check parsed most pages twice
    and resolved ~14,000 links one by one (4.7 s of CPU in test_long_listings, 2026-12-06).
    """
    site_dir = site_dir.resolve()
    mount = "/" + mount.strip("/") + "/" if mount.strip("/") else "/"
    own_host = urlsplit(base_url).netloc.lower() if base_url else None
    pages = _pages_of(site_dir, pages)
    problems: list[str] = []
    for page in sorted(site_dir.rglob("*.html")):
        label = page.relative_to(site_dir).as_posix()
        scan = pages.scan(page)
        here = urljoin(_ORIGIN + page_url(site_dir, page, mount), scan.base or "")
        for link in scan.links:
            problem = _check(link, here, pages, mount, own_host)
            if label == "404.html" and not problem and _is_relative(link):
                # 404.html is served at whatever URL was missing, at any depth.
                problem = "relative link in 404 page"
            if problem == "missing":
                problems.append(f"{label}: {link}")
            elif problem:
                problems.append(f"{label}: {link} ({problem})")
    return problems


class Pages:
    """A built site's pages and link targets, each read once, for checks of one state of its folder (`broken_links`,
    `reachable`): a page's scan (links, ids, base) by its path, and what a path relative to the folder names:
    (the resolved file, "outside" | "directory" | "missing" | "file"). Files changed after a read are not read again."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir.resolve()
        self._scans: dict[Path, _PageScan] = {}
        self._targets: dict[str, tuple[Path, str]] = {}

    def scan(self, page: Path) -> _PageScan:
        """The page's scan, parsed the first time it is asked for."""
        scan = self._scans.get(page)
        if scan is None:
            scan = self._scans[page] = _scan(page)
        return scan

    def target(self, rel: str) -> tuple[Path, str]:
        """What `rel` names (class docstring), found the first time it is asked for."""
        found = self._targets.get(rel)
        if found is None:
            file = (self.site_dir / rel).resolve()
            kind = ("outside" if not file.is_relative_to(self.site_dir) else "directory" if file.is_dir()
                    else "file" if file.is_file() else "missing")
            found = self._targets[rel] = (file, kind)
        return found


def _is_relative(link: str) -> bool:
    parts = urlsplit(link)
    return not (parts.scheme or parts.netloc or link.startswith(("/", "#")) or not link)


def _pages_of(site_dir: Path, pages: Pages | None) -> Pages:
    if pages is None:
        return Pages(site_dir)
    assert pages.site_dir == site_dir, (pages.site_dir, site_dir)
    return pages


def _check(link: str, here: str, pages: Pages, mount: str, own_host: str | None) -> str | None:
    """None if the link is fine or external, "missing", or what else is wrong with it."""
    parts = urlsplit(link)
    if not link or link == "#":
        return None
    if parts.scheme or parts.netloc:
        internal = (
            own_host is not None
            and parts.scheme in ("http", "https", "")
            and parts.netloc.lower() == own_host
        )
        if not internal:
            return None
        link = parts._replace(scheme="", netloc="").geturl() or "/"
    target = urlsplit(urljoin(here, link))
    if not target.path.startswith(mount):
        return f"outside the mount {mount}"
    rel = unquote(target.path[len(mount):])
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    file, kind = pages.target(rel)
    if kind == "outside":
        return "outside the site"
    if kind == "directory":
        return "directory without trailing slash"
    if kind == "missing":
        return "missing"
    fragment = unquote(target.fragment)
    if fragment and file.suffix == ".html" and fragment.lower() != "top":
        if fragment not in pages.scan(file).ids:  # browsers also accept "#top" with no such id
            return f"no id {fragment!r} in {file.relative_to(pages.site_dir).as_posix()}"
    return None


def reachable(site_dir: Path, mount: str = "/", start: str = "index.html", pages: Pages | None = None) -> set[str]:
    """Every page (relative path) reachable from `start` by following the site's own links (`pages`: the pages read
    already, shared with `broken_links` of the same folder)."""
    site_dir = site_dir.resolve()
    pages = _pages_of(site_dir, pages)
    mount = "/" + mount.strip("/") + "/" if mount.strip("/") else "/"
    seen: set[str] = set()
    todo = [site_dir / start]
    while todo:
        page = todo.pop()
        label = page.relative_to(site_dir).as_posix()
        if label in seen or not page.is_file():
            continue
        seen.add(label)
        scan = pages.scan(page)
        here = urljoin(_ORIGIN + page_url(site_dir, page, mount), scan.base or "")
        for link in scan.links:
            target = urlsplit(urljoin(here, link))
            if target.scheme not in ("http", "") or target.netloc not in ("site.invalid", ""):
                continue
            path = unquote(target.path)
            if not path.startswith(mount):
                continue
            rel = path[len(mount):]
            file = site_dir / (rel + "index.html" if rel.endswith("/") or not rel else rel)
            if file.suffix == ".html" and file.is_file():
                todo.append(file)
    return seen
