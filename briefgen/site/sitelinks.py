"""Links and images in bodies that lead to a page or file the built site does not have.

A relative address in a body (`../other-article/`, `chart.png`, `articles/x/` in a note) is
published as written, and nothing used to say when it led nowhere: a renamed slug, a draft
left out of the build, a typo, a file of `static/` written `static/chart.png` (the folder's
files are published at the site's root), or an address that starts with "/" while `base_url`
puts the site under a path of its host (`https://example.org/brief/`: `/articles/x/` leads to
`https://example.org/articles/x/`, outside the site — and `serve` serves under that path too).

`broken_links` reads each published document's `links` (load/locallinks.py: (line, address)),
resolves each against the page it is read from — an article's own page, `articles/<slug>/`;
an editor note's addresses from the site root, where pages showing it elsewhere rewrite them
(docs/reference.md, "Bodies": links) — as a browser does (`urljoin`: RFC 3986 5.2; a backslash read as a slash,
WHATWG URL), and gives a warning at the address's line for each that leads to no file of the
build or outside the site's path, with the address to write when one is found. A link to a folder (`../x/`) needs its `index.html`; one without the slash
(`../x`) is found too, as static hosts redirect it. Fragments (`#section`) are not checked.
"""
from __future__ import annotations

import functools
import posixpath
import re
from typing import Any, Iterable, Mapping
from urllib.parse import SplitResult, quote, unquote, urlsplit

from briefgen.diagnostics import Diagnostic, warning
from briefgen.load.documents import Article, Note
from briefgen.load.locallinks import is_web
from briefgen.site.urls import article_url, ascii_url, join_url

OUTSIDE = "\0outside"  # (no path holds a NUL)


class SiteFiles:
    """What a build writes: `files` (paths in the output folder, "articles/x/index.html") and
    `folders` claimed whole ("search/t/"), whose files are known only once written."""

    def __init__(self, files: Iterable[str], folders: Iterable[str] = ()) -> None:
        self.files = frozenset(files)
        self.folders = tuple(folders)
        self._entries: dict[str, tuple[str, ...]] = {}  # folder → its entries, made on the first broken link there

    def entries(self, folder: str) -> tuple[str, ...]:
        """The names right inside the site-relative `folder` ("" the root, "articles/"): a file's name, or a
        folder's with "/" after it ("x/" for "articles/x/index.html"), sorted."""
        if folder not in self._entries:
            found = {path[len(folder):].partition("/")[0] + ("/" if "/" in path[len(folder):] else "")
                     for path in self.files if path.startswith(folder)}
            self._entries[folder] = tuple(sorted(found))
        return self._entries[folder]

    def has(self, target: str) -> bool:
        """Whether the site-relative `target` ("" the root, "articles/x/", "chart.png") is served."""
        if target == "" or target.endswith("/"):
            found = target + "index.html" in self.files
        else:
            found = target in self.files or target + "/index.html" in self.files
        return found or target.startswith(self.folders)


def resolve(address: str, page_dir: str, base_path: str) -> str:
    """The site-relative path (percent-decoded) that `address` leads to from a page in `page_dir`
    ("" or "articles/x/") of a site at `base_path` ("/brief/", encoded as `Config.base_path`), or
    OUTSIDE: a path of the host not under `base_path`. Resolved as a browser does, by `urls.join_url`
    (RFC 3986 5.2: ".." beyond the host's root stays at it); query and fragment left out."""
    page = f"http://site.invalid{base_path}{quote(page_dir)}"
    path = unquote(urlsplit(join_url(page, _dot_segments(address.strip().replace("\\", "/")))).path)
    base = unquote(base_path)
    if path + "/" == base:
        return ""
    return path[len(base):] if path.startswith(base) else OUTSIDE


_DOTS = {".": ".", "%2e": ".", "..": "..", ".%2e": "..", "%2e.": "..", "%2e%2e": ".."}


def _dot_segments(address: str) -> str:
    """`address` with the percent-encoded dot segments of its path written as dots: a browser reads
    `%2e%2e` as `..` (WHATWG URL, "double-dot path segment"), `urljoin` does not."""
    cut = min((i for i in (address.find("?"), address.find("#")) if i >= 0), default=len(address))
    if "%" not in address[:cut]:
        return address
    return "/".join(_DOTS.get(segment.lower(), segment) for segment in address[:cut].split("/")) + address[cut:]


def relative(target: str, page_dir: str) -> str:
    """The relative address of the site-relative `target` from a page in `page_dir` (a site cannot
    hold a file named as one of the page's folders: "x" and "x/index.html")."""
    if not page_dir:
        return target or "./"
    found = posixpath.relpath("/" + target.rstrip("/"), "/" + page_dir.rstrip("/"))
    if found == ".":
        return "./"
    return found + "/" if target == "" or target.endswith("/") else found


def broken_links(documents: Iterable[Article | Note], site: SiteFiles, base_path: str,
                 drafts: Iterable[Article] = (), base_url: str = "") -> list[Diagnostic]:
    """Warnings for the body links of the published `documents` that lead to nothing (module
    docstring), at their lines. `base_path` is the path of `base_url` ("/" when unset); a web address
    is checked when it starts with `base_url` (http or https, the host in any case: `own_path`); `drafts`
    are the articles this build leaves out, whose pages a link is told to be waiting for."""
    left_out = {article_url(draft.slug): draft.path for draft in drafts}
    problems = []
    for document in documents:
        page_dir = article_url(document.slug) if isinstance(document, Article) else ""
        for line, written in document.links:
            address = own_path(written, base_url, base_path) if is_web(written) else written
            if address is None:
                continue  # (another site's)
            target = resolve(address, page_dir, base_path)
            if target == OUTSIDE or not site.has(target):
                problems.append(warning(document.path, line, _message(address, target, page_dir, base_path, site,
                                                                      left_out, written)))
    return problems


def body_link_problems(inputs: Any, documents: Iterable[Article | Note], site: SiteFiles,
                       drafts: Iterable[Article] = ()) -> list[Diagnostic]:
    """`broken_links` of `documents` and then the links whose fragment leads to no id of their page
    (site/fragments.py), for the build's `inputs` (build.Inputs: its config, templates and plugins)."""
    from briefgen.site.fragments import missing_fragments, template_ids

    config, documents = inputs.config, tuple(documents)
    problems = broken_links(documents, site, config.base_path, drafts, config.base_url)
    theme = template_ids(inputs.template_sources or (), [t for t in inputs.plugins.templates if isinstance(t, Mapping)])
    return problems + missing_fragments(documents, site, config.base_path, config.base_url, theme)


def own_path(address: str, base_url: str, base_path: str) -> str | None:
    """The path, query and fragment of the web `address` ("https://example.org/brief/articles/x/#q" →
    "/brief/articles/x/#q") when it is the site's own: its host that of `base_url` (IDNA, any case, the
    default port), its path under `base_path`, http or https alike; None for any other site's."""
    if not base_url:
        return None
    site = _site(base_url)
    if address.isascii() and (site.hostname or "") not in address.lower():
        return None  # (the host of an ASCII address is written in it: most links are to other sites, ~4 µs saved each)
    parts = urlsplit(ascii_url(address.strip()))
    try:
        same = (parts.hostname or "") == (site.hostname or "") and _port(parts) == _port(site)
    except ValueError:  # (a port that is no number or out of range: no address a browser follows)
        return None
    if not same or not (parts.path or "/").startswith(base_path):
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "") + (
        f"#{parts.fragment}" if parts.fragment else "")


@functools.lru_cache(maxsize=4)
def _site(base_url: str) -> SplitResult:
    """`base_url` split, once per build (a 100,000-article site checks some 150,000 body links against it)."""
    return urlsplit(ascii_url(base_url))


def _port(parts: SplitResult) -> int | None:
    """The address's port, None for its scheme's default (RFC 9110 4.2: 80 for http, 443 for https)."""
    return None if parts.port in (None, 80, 443) else parts.port


def _shown(address: str) -> str:
    """`address` as a message quotes it: at most 80 characters."""
    return address if len(address) <= 80 else f"{address[:77]}…"


def _message(address: str, target: str, page_dir: str, base_path: str, site: SiteFiles,
             drafts: Mapping[str, str], written: str) -> str:
    shown = f'"{_shown(written)}"'
    fix = _fix(address, target, page_dir, site)
    if target == OUTSIDE:
        host_path = urlsplit(join_url(f"http://site.invalid{base_path}{quote(page_dir)}",
                                      address.strip().replace("\\", "/"))).path
        how = ('starts with "/", so it leads' if address.lstrip()[:1] in ("/", "\\")
               else "climbs above the site's folder")
        return (f"the address {shown} {how} to {host_path} on the host, outside this site, which base_url puts at "
                f"{base_path}" + (f'; write "{fix}" (relative to this page: it works under any path)' if fix else ""))
    template = _template_address(address, page_dir, site)
    if template is not None:
        return template
    where = "the site root" if not page_dir else f"{page_dir} (this article's page)"
    said = f"the address {shown}, read from {where}, leads to {target or 'the site root'}"
    draft = drafts.get(target if target.endswith("/") else target + "/")
    if draft is not None:
        return f"{said}: the page of a draft ({draft}), which this build leaves out; publish the draft or remove the link"
    if fix:
        return f'{said}, which this site does not have: write "{fix}"'
    return (f"{said}, which this site does not have; from an article, another article's page is ../<slug>/, from "
            "an editor note articles/<slug>/, and a file of static/ is at the site's root (static/chart.png → "
            f"{'../../chart.png' if page_dir else 'chart.png'})")


# Template code as a link's address, as Hugo (`{{< ref "posts/talks.md" >}}`, `relref`), Jekyll (`{% post_url
# 2023-04-28-talks %}`, `{% link … %}`) and Eleventy (`{{ '/x/' | url }}`) write one; its argument's last part.
_TEMPLATE = re.compile(r"\{\{|\{%")
_ARGUMENT = re.compile(r"""(?:ref|relref|post_url|link)\s+["']?([^"'\s%}>]+)""")


def _template_address(address: str, page_dir: str, site: SiteFiles) -> str | None:
    """The warning for an address that is another generator's template code (a migration trial's
    `[the talks]({{< ref "posts/talks.md" >}})` was named as "%7B%7B%3C%20ref…", a page this site does
    not have), with the address of the article it names when the site has one; None for any other."""
    written = unquote(address)
    if not _TEMPLATE.search(written):
        return None
    shown = written if len(written) <= 80 else f"{written[:79]}…"
    found = _ARGUMENT.search(written)
    slug = posixpath.basename(found[1].rstrip("/")).removesuffix(".md").removesuffix(".html") if found else ""
    meant = f"articles/{slug}/"
    fix = (f'write "{posixpath.relpath(meant, page_dir or ".")}/"' if slug and site.has(meant) else
           "write the address itself: another article's page is " + ("../<slug>/" if page_dir else "articles/<slug>/"))
    return (f"the address `{shown}` is template code of another generator, which briefgen does not run, so the link "
            f"leads nowhere; {fix}")


def _fix(address: str, target: str, page_dir: str, site: SiteFiles) -> str | None:
    """An address that leads where `address` most likely meant, when the site has that place: the
    address read from the site root (one starting with "/", or an article's written as from a
    note), and either of them without a leading "static/" (whose files are at the site's root); or the file whose name
    holds a "?", "#" or "%" that the address wrote raw (`../../c#d.pdf` for `static/c#d.pdf`: a raw "#" starts a
    fragment, "?" a query, "%41" is "A"), percent-encoded (load/filenames.py)."""
    for safe in ("/%", "/"):
        literal = resolve(quote(address.strip(), safe=safe), page_dir, "/")
        if literal not in (OUTSIDE, target) and site.has(literal):
            return quote(relative(literal, page_dir), safe="/")
    parts = urlsplit(address.strip().replace("\\", "/"))
    from_root = resolve(parts.path.lstrip("/"), "", "/")
    tail = (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    for meant in (from_root, target):
        if meant == OUTSIDE:
            continue
        for candidate in (meant, meant.removeprefix("static/")):
            if candidate != target and site.has(candidate):
                return quote(relative(candidate, page_dir), safe="/") + tail
    for meant in dict.fromkeys((target, from_root)):  # then a misspelt last part ("articles/wells-deepend/")
        close = _close(meant, site) if meant != OUTSIDE else None
        if close is not None:
            return quote(relative(close, page_dir), safe="/") + tail
    return None


def _close(target: str, site: SiteFiles) -> str | None:
    """The place of the site whose address differs from `target` only by a few letters of its last part
    ("articles/wells-deepend/" → "articles/wells-deepened/", "chart.pgn" → "chart.png"; difflib's ratio ≥ 0.8,
    a page's folder matched as one), or None. A trial's note linked a misspelt slug and was told only the rules."""
    import difflib  # (only for a link that leads to nothing)

    folder, _, name = target.rstrip("/").rpartition("/")
    folder = folder + "/" if folder else ""
    if not name or not site.entries(folder):
        return None
    wanted = name + "/" if target.endswith("/") else name
    entries = site.entries(folder)
    close = difflib.get_close_matches(wanted, entries, n=1, cutoff=0.8) or difflib.get_close_matches(
        name, entries, n=1, cutoff=0.8)
    return folder + close[0] if close and site.has(folder + close[0]) else None
