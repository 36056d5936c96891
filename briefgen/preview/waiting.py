"""What `serve`'s first-build child answers a request with (preview/startup.py runs the child): the
waiting page (503, the build's progress, the recent articles, the errors the build will stop on), an
article's provisional page (preview/provisional.py), a static file, or the redirect the server itself
would give for that address after the build (preview/server.py)."""
from __future__ import annotations

import html
from pathlib import Path

from briefgen.preview.hosts import answers, refusal_text
from briefgen.preview.livereload import EVENTS_PATH
from briefgen.preview.mediatypes import content_type
from briefgen.preview.provisional import REFRESH_SECONDS as PROVISIONAL_REFRESH, Held, Provisional
from briefgen.preview.server import InSite, Redirect, folder, route

REFRESH_SECONDS = 1  # the waiting page reloads itself this often
def waiting_response(head: bytes, project: str, status: str, elapsed: float, bound: str = "127.0.0.1",
                     provisional: Provisional | None = None) -> bytes:
    """The whole HTTP response to a request with this `head` while the first build runs, to the
    preview listening on `bound`: a request for another host is refused as the server does
    (`preview.hosts`), so no page elsewhere learns the project's path. With `provisional`, an
    article's page or a static file it can make is answered with (`200`), and the waiting page
    lists the articles changed last; a failure there of any kind gives the plain waiting page."""
    method, _, rest = head.partition(b" ")
    host = next((line.partition(b":")[2].strip().decode("latin-1") for line in head.splitlines()[1:]
                 if line.partition(b":")[0].strip().lower() == b"host"), None)
    if not answers(host, bound):
        body = refusal_text(host or "", bound)
        return (b"HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + (b"" if method == b"HEAD" else body))
    asked = rest.split(b" ", 1)[0]  # (with its query: a redirect keeps it, as the server's do)
    target = asked.split(b"?", 1)[0]
    if target == EVENTS_PATH.encode():  # a tab's reload channel: reload now, onto the waiting page
        return (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
                b"Connection: close\r\n\r\nretry: 1000\nevent: reload\ndata: building\n\n")
    recent: tuple[tuple[str, str], ...] = ()
    problems: tuple[str, ...] = ()
    whole = False  # whether `problems` hold back the whole site (config.yaml), not one article
    if provisional is not None and method in (b"GET", b"HEAD"):
        try:
            found = _provisional(provisional, asked.decode("latin-1"), status)
            if isinstance(found, Redirect):
                link = f'<a href="{html.escape(found.location)}">{html.escape(found.location)}</a>\n'.encode()
                return (f"HTTP/1.1 302 Found\r\nLocation: {found.location}\r\n".encode()
                        + b"Content-Type: text/html; charset=utf-8\r\n"
                        + f"Content-Length: {len(link)}\r\n".encode()
                        + b"Cache-Control: no-store\r\nConnection: close\r\n\r\n" + (b"" if method == b"HEAD" else link))
            if isinstance(found, Held):
                problems = found.problems
            elif found is not None:
                ctype, data = found
                refresh = f"Refresh: {PROVISIONAL_REFRESH}\r\n" if ctype.startswith("text/html") else ""
                return (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(data)}\r\n{refresh}".encode()
                        + b"Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
                        + (b"" if method == b"HEAD" else data))
            base = provisional.base_path()
            recent = tuple((f"{base}{r.href}", r.title, r.source) for r in provisional.recent(make=False)) if base else ()
            if not base:  # (config.yaml gives no config: every page waits on its errors, named as the build will)
                problems, whole = provisional.config_errors(), True
        except (Exception, SystemExit):  # (the editor's plugin, a template, a bug here: the build will say; this page waits)
            recent = ()
    page = waiting_page(project, status, elapsed, recent, problems, whole)
    return (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(page)}\r\nRetry-After: {REFRESH_SECONDS}\r\n".encode()
            + b"Cache-Control: no-store\r\nConnection: close\r\n\r\n" + (b"" if method == b"HEAD" else page))


def _provisional(provisional: Provisional, target: str, status: str) -> tuple[str, bytes] | Held | Redirect | None:
    """(Content-Type, bytes) of what `provisional` makes for the request target (with its query), the
    errors that hold an article's page back (`Held`), where to go instead (`Redirect`), or None.

    Every form of an address is read as the server reads it once the site is built (`server.route`:
    percent-escapes, NFC, the query, `base_url`'s path), and what the server will redirect is
    redirected now to the same place: `/` and the base path without its "/" (`route`), and an
    article's folder without its "/" (`locate`: `articles/x` → `articles/x/`), so the tab is at the
    address whose relative links the page's are (a page at `articles/x` would lead them one folder
    too high) and no form of it waits on the building page while another shows the article."""
    base = provisional.base_path()
    where = route(target, base) if base else None
    if isinstance(where, Redirect):
        return where
    if not isinstance(where, InSite) or not where.parts:
        return None
    parts = where.parts
    if parts[0] == "articles" and len(parts) == 2 and not where.slash:
        return folder(where) if provisional.article(parts[1], status) is not None else None
    if parts[0] == "articles" and (len(parts) == 2 or parts[2:] == ("index.html",) and not where.slash):
        made = provisional.article(parts[1], status)
        return made if made is None or isinstance(made, Held) else ("text/html; charset=utf-8", made)
    if where.slash:
        return None
    data = provisional.static("/".join(parts))
    return None if data is None else (content_type(Path(parts[-1])), data)


def waiting_page(project: str, status: str, elapsed: float, recent: tuple[tuple[str, str, str], ...] = (),
                 problems: tuple[str, ...] = (), whole: bool = False) -> bytes:
    """The page shown while the first build runs: valid HTML5, no script, reloads every second.
    `recent`: (address, title, outlet) of articles whose provisional pages can be read meanwhile.
    `problems`: the errors (`path:line: message`) that hold back the article page asked for, or with
    `whole` the whole site (config.yaml that gives no config: until 2026-12-02 the page said nothing of it)."""
    what = ("The site cannot be built yet", "the page you asked for") if whole else ("This article cannot be shown yet",
                                                                                    "the article")
    held = "" if not problems else (
        f'<h2>{what[0]}</h2>\n<p>The build will stop on these errors; fix them and '
        f"this page shows {what[1]}:</p>\n<ul>\n" + "".join(
            f"<li><code>{html.escape(problem)}</code></li>\n" for problem in problems) + "</ul>\n")
    listed = "" if not recent else (
        "<h2>Changed most recently</h2>\n<p>Meanwhile each of these articles can be read as a provisional "
        "page, made from its file alone:</p>\n<ul>\n" + "".join(
            f'<li><a href="{html.escape(href)}">{html.escape(title)}</a> ({html.escape(source)})</li>\n'
            for href, title, source in recent) + "</ul>\n")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="{REFRESH_SECONDS}">
<title>Building the site&nbsp;… — briefgen serve</title>
<style>body{{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}}
p.status{{font-family:ui-monospace,monospace;font-size:.95rem;color:#444}}</style>
</head>
<body>
<main>
<h1>Building the site&nbsp;…</h1>
<p>briefgen is building {html.escape(project)} for the first time. This page reloads by itself
and shows the page you asked for as soon as the site is ready.</p>
<p class="status" role="status">{html.escape(status)} ({elapsed:.0f} s)</p>
{held}{listed}</main>
</body>
</html>
""".encode()
