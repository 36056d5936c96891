"""OPML: subscriptions from another reader into config.yaml, and config.yaml's feeds out (issue 11 §4).

Import reads any outline with an `xmlUrl` (nested outlines become the feed's
`category:`, joined with " / "); feeds already in config.yaml (same URL, compared by
`links.dedup_key`) or listed twice are skipped, and so is a feed on this machine or a private network (fetch
trusts a feed config.yaml lists; someone else's list is no such choice); with `dry_run` nothing is written. The
parser is listparser (by feedparser's author), which copes with the many dialects of
OPML in the wild. The new config text is checked by the config schema before it
replaces the old one (atomically), and config.yaml keeps its comments and order
(configedit.py). Export writes OPML 2.0, one outline per feed, nested by category.
"""
from __future__ import annotations

import os
import re
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

from briefgen.diagnostics import Diagnostic, error, has_errors, warning
from briefgen.importer.configedit import NewFeed, edit_config
from briefgen.importer.links import dedup_key, is_http
from briefgen.importer.privatenet import private_address
from briefgen.load.codepoints import FORBIDDEN
from briefgen.load.config import load_config, parse_config
from briefgen.load.feedconfig import address_problem
from briefgen.load.text import decode, shows_text
from briefgen.load.webaddresses import redacted, without_credentials
from briefgen.load.yamltext import load_mapping


def read_opml(path: Path) -> tuple[list[NewFeed], list[Diagnostic]]:
    import listparser

    display = str(path)  # as the editor gave it: "x.opml: cannot read" hid which x.opml (a tester, 2026-12-05)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [], [error(display, 0, f"cannot read: {exc.strerror or exc}")]
    try:
        parsed = listparser.parse(raw)
    except Exception as exc:  # listparser's own parser on a hostile file: report, never a traceback
        return [], [error(display, 0, f"not an OPML file: {_unparsable(exc)}")]
    feeds = []
    for found in parsed.get("feeds") or ():
        url = str(found.get("url") or "").strip()
        if not url:
            continue
        categories = found.get("categories") or []
        category = " / ".join(filter(None, (_plain(str(part)) for part in categories[0]))) if categories else ""
        feeds.append(NewFeed(url, _plain(str(found.get("title") or "")), category))
    if not feeds:
        reason = parsed.get("bozo_exception")
        return [], [error(display, 0, "no outline with an xmlUrl found" + (f" ({reason})" if reason else "")
                          + "; is this an OPML subscription list?")]
    return feeds, []


def _unparsable(exc: Exception) -> str:
    """Why listparser could not read a file, in words: random bytes showed "(UnicodeDecodeError: 'utf-8' codec
    can't decode byte 0x84 in position 2: invalid start byte)" (a tester, 2026-12-05)."""
    if isinstance(exc, UnicodeDecodeError):
        return (f"it is not text in {exc.encoding.upper()} (byte 0x{exc.object[exc.start]:02x} "
                f"at position {exc.start} is no character of it); an OPML file is XML text, saved in UTF-8 or in the "
                "encoding its first line names")
    if isinstance(exc, LookupError):
        return "its first line names an encoding Python does not know; save it in UTF-8"
    return f"its XML could not be read ({exc})" if str(exc) else "its XML could not be read"


def _plain(text: str) -> str:
    """An outline's text as config.yaml may hold it: whitespace collapsed, and without the
    characters no web page may hold (C0/C1 controls, noncharacters: load/codepoints.py), which
    fetch drops from a feed's titles too. With one of them in a single outline's text, the
    config check refused the whole import ("adding the feeds would break it … U+009B"),
    and no edit of config.yaml could help. Text that shows nothing (`shows_text`: a title of U+3164
    HANGUL FILLER) is "": config.yaml refuses such a `source:` or `category:` (load/feedconfig.py),
    so the feed is added without it (its own title names the outlet) and a folder without a name is
    left out of the path."""
    plain = " ".join(_DIRECTION_CONTROLS.sub("", FORBIDDEN.sub("", text)).split())
    return plain if shows_text(plain) else ""


# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): an outline's "‮Bidi" showed reversed in
# config.yaml and passed its check (a hostile trial, 2026-12-04). The site isolates every name it shows.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def import_opml(config_path: Path, opml_path: Path, dry_run: bool) -> tuple[list[str], list[Diagnostic]]:
    """Add the OPML's feeds to config.yaml; lines to print (addresses with their password as `***`,
    webaddresses.redacted; the caller escapes what a terminal would act on) and problems."""
    display = config_path.name
    config, problems = load_config(config_path, display)
    if config is None or has_errors(problems):
        return [], problems
    feeds, trouble = read_opml(opml_path)
    if trouble:
        return [], trouble
    known = {dedup_key(f.url) for f in config.feeds}
    listed: dict[str, str] = {}  # the file's feeds so far, by dedup key: the URL as the file gave it
    lines, adding = [], []
    for feed in feeds:
        shown = redacted(feed.url)  # (a private feed's password: never printed, as fetch never prints it)
        if not is_http(feed.url):
            lines.append(f"skipped {shown}: not an http(s) URL")
        elif address_problem(feed.url):
            lines.append(f"skipped {shown}: {address_problem(feed.url)}")
        elif private_address(feed.url):  # (someone else's list: fetch trusts a feed config.yaml lists)
            lines.append(f"skipped {shown}: on this machine or a private network; if you mean to fetch it, add it "
                         f"to {display} yourself")
        elif dedup_key(feed.url) in known:
            lines.append(f"skipped {shown}: already in {display}")
        elif dedup_key(feed.url) in listed:
            lines.append(f"skipped {shown}: the same feed as {redacted(listed[dedup_key(feed.url)])}, listed before "
                         f"it in {opml_path.name}")
        else:
            listed[dedup_key(feed.url)] = feed.url
            adding.append(feed)
            lines.append(f"{'would add' if dry_run else 'added'} {shown}"
                         + (f" ({feed.source})" if feed.source else "")
                         + (f" [{feed.category}]" if feed.category else ""))
    summary = f"{len(adding)} feed{'s' if len(adding) != 1 else ''} {'to add' if dry_run else 'added'}, " \
              f"{len(feeds) - len(adding)} skipped"
    if dry_run or not adding:
        return lines + [summary + ("; nothing was changed (dry run)." if dry_run else ".")], problems
    try:
        raw = config_path.read_bytes()
    except OSError as exc:
        return [], [error(display, 0, f"cannot read ({exc.strerror or exc}); nothing was changed")]
    edit = edit_config(raw, adding)
    if edit.data is None:
        return [], [error(display, edit.line, f"cannot add the feeds: {edit.why}; nothing was changed")]
    new_text, _ = decode(edit.data, display)
    data, check = load_mapping(new_text or "", display)
    if data is not None:
        parse_config(data, display, check)
    if data is None or has_errors(check):
        return [], [error(display, 0, f"adding the feeds would break it ({check[0] if check else 'parse error'}); "
                                      "nothing was changed")]
    temp = config_path.with_name(f".{config_path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(edit.data)
        os.chmod(temp, stat.S_IMODE(os.stat(config_path).st_mode))  # (an editor's 0600 config stays so)
        os.replace(temp, config_path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        return [], [error(display, 0, f"cannot write ({exc.strerror or exc}); nothing was changed")]
    return lines + [summary + f"; {display} keeps its comments and order."], problems


def export_opml(config_path: Path) -> tuple[str | None, list[Diagnostic]]:
    config, problems = load_config(config_path, config_path.name)
    if config is None or has_errors(problems):
        return None, problems
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = f"{config.title}: feeds"
    body = ET.SubElement(opml, "body")
    folders: dict[tuple[str, ...], ET.Element] = {(): body}
    for feed in config.feeds:
        path = tuple(p.strip() for p in feed.category.split("/") if p.strip()) if feed.category else ()
        for depth in range(1, len(path) + 1):
            if path[:depth] not in folders:
                folders[path[:depth]] = ET.SubElement(folders[path[:depth - 1]], "outline", text=path[depth - 1])
        url = without_credentials(feed.url)
        if url != feed.url:  # an OPML file is shared (another reader, another editor): never a password
            problems.append(warning(config_path.name, feed.line, f"the user name and password of {feed.shown} are "
                                    f"left out of the export, which lists it as {url}: OPML files are shared; "
                                    "add them again where you import it"))
        name = feed.source or url
        ET.SubElement(folders[path], "outline", type="rss", text=name, title=name, xmlUrl=url)
    ET.indent(opml)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(opml, encoding="unicode") + "\n", problems


def write_export(target: Path, text: str) -> Diagnostic | None:
    """Write `export_opml`'s text to `target` atomically (`articles.write_replacing`: the file is
    whole or as it was); None when written, else an error naming the file and what to do — a
    folder given for the file, a folder that does not exist, a full disk, permissions."""
    import errno

    from briefgen.diagnostics import machine_advice
    from briefgen.importer.articles import write_replacing

    shown = str(target) if str(target) not in ("", ".") else "."
    if target.is_dir():
        return error(shown, 0, "is a folder: name the file to write, such as feeds.opml")
    try:
        write_replacing(target, text.encode("utf-8"))
    except OSError as exc:
        if exc.errno == errno.ENOENT and not target.parent.is_dir():
            return error(shown, 0, f"cannot write it: the folder {target.parent} does not exist; create it first "
                                   "or name a file in a folder that does")
        if exc.errno in (errno.EISDIR, errno.ENOTDIR):
            return error(shown, 0, f"cannot write it: {exc.strerror}; name a file in an existing folder")
        return error(shown, 0, f"cannot write it: {machine_advice(exc)}")
    return None
