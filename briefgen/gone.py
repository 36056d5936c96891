"""Addresses the last build published that this one does not: a warning each (SPEC.md: "URLs are promises, so
nothing is renamed silently").

Takes the output folder, the last build's output record (its paths), this build's paths and site model; gives
warnings, `path: what left and how to keep the address`. Only a warning: nothing is published from memory of earlier
builds, so a build after a deleted cache (no record) says nothing and writes the same site (incremental == cold).

Which pages are promises (a reader can have bookmarked, linked or subscribed to them):
- an article's, `articles/<slug>/` (a peer-bug trial, 2026-12-04: a renamed file took its address without a word);
- a story's, `stories/<id>/`: the digest feed and the sitemap give it (a trial, 2026-12-04: `story: none` on a
  story's original report, or a higher `stories: threshold`, took `stories/<id>/` away without a word);
- a topic's page and its feed, `topics/<id>/` and `topics/<id>/feed.xml` (one warning for both), an outlet's,
  `sources/<slug>/`, and an edition's, `editions/<id>/`, which the digest feed links (a hostile trial, 2026-12-04:
  a topic removed from `topics:`, a `source:` renamed, the only article of a week re-dated; gonelistings.py).
Not warned: a person's page, `people/<slug>/`, that goes: people come and go with what the articles' bodies say (a
person no longer named or quoted has no page, by design, and names are found in the text, not declared), so any edit
of a body could take one, and a warning for each would drown the ones above; but a person's page that moved, or
whose address now shows another person (names that share a slug: gonepeople.py), is warned about; a listing's numbered page (`page/N/`
moves and goes as the listing grows or shrinks, by design: its first page is the address promised); the site's
own machine files (sitemap, search index); what only `build --drafts` showed (no address was promised); and a
redirect left at a story's former id (it goes with its story).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Mapping

from briefgen.diagnostics import Diagnostic, shown_path, warning
from briefgen.gonelistings import LISTING_FOLDERS, listed_articles, listing_message, old_page
from briefgen.gonepeople import person_addresses
from briefgen.storytypos import meant_id

GONE_SHOWN = 10  # addresses named one by one in the warnings of pages that left the site
_FOLDERS = ("articles/", "stories/", *LISTING_FOLDERS)  # pages whose address is a promise (above); notes have none
PHRASE = "the last build published this page"  # every such warning says it (tests filter by it)
PREVIEW_PHRASE = "the last `briefgen build` published this page in output/"  # serve's, for the same page


def gone_addresses(output: Path, root: Path, live: Mapping[str, object], paths: set[str],
                   site: Any = None, published: Path | None = None) -> list[Diagnostic]:
    """A warning for each page of the kinds above the last build published (`live`: the output record's paths,
    "articles/x/index.html", every file the last build wrote whatever was done to it by hand since) that this
    build's site (`paths`, the same kind) no longer has. A tester (2026-12-05): a page edited or touched by hand whose
    article was deleted in the same step went without a word, as only the files still intact were given here.

    An article's page: its file renamed, moved, given another `slug:`, made a draft or deleted; the advice is the
    `slug:` that keeps the address. A story's page: the story has fewer than two reports now or no story has that
    id (a report given `story: none`, a higher `stories: threshold`, reports deleted); the message says where the
    story's first report is now (read from `site`, this build's site.model.Site, when given) and that `story: <id>`
    on the reports to keep together keeps the address; a story whose reports are now another story's (its id
    changed) is named with that story's address. A topic's, an outlet's or an edition's page: what took it and what
    keeps it (gonelistings.listing_message). Named as `shown_path` names the page's folder
    (`output/articles/x`). At most GONE_SHOWN warnings, the last counting the rest; [] when nothing left.

    `published`: for serve's preview (which builds into a folder of its own), the output folder `build` publishes
    to. Then "published" means what that folder holds: a page the preview showed and lost is a promise only when
    output/ has it (a regular file), and the warning says `PREVIEW_PHRASE` and that links break once the site is
    built, not now. UX1 (2026-12-07): splitting a wrong merge in serve was told "the last build published this page
    … readers' bookmarks now break" of a page only the preview ever had."""
    if published is not None:
        kept = {path: record for path, record in live.items() if old_page(published / path, 0) is not None}
        return [replace(d, message=d.message.replace(PHRASE, PREVIEW_PHRASE, 1).replace(
            " now break", " break once you run `briefgen build`").replace(
            "stops without a word", "stops without a word once you run `briefgen build`"))
            for d in gone_addresses(output, root, kept, paths, site)]
    gone = sorted(path[:-len("index.html")] for path in live if path.endswith("/index.html")
                  and path.startswith(_FOLDERS) and path.count("/") == 2 and path not in paths
                  and _promised(output / path))
    found = [_warning(output, root, address, site, live) for address in gone[:GONE_SHOWN]]
    found += _drafted_now(output, root, live, site)
    found += person_addresses(output, root, live, site, PHRASE, GONE_SHOWN)
    if len(gone) > GONE_SHOWN:
        found.append(warning(shown_path(output, root), 0, f"and {len(gone) - GONE_SHOWN} more pages (articles', "
                             f"stories', topics', outlets' or editions') that the last build published left the "
                             f"site"))
    return found


def _warning(output: Path, root: Path, address: str, site: Any, live: Mapping[str, object]) -> Diagnostic:
    folder, name = address.split("/")[:2]
    where = shown_path(output / address, root)
    if folder not in ("articles", "stories"):
        return warning(where, 0, f"{PHRASE}, {listing_message(output, address, site, live)}")
    if folder == "articles":
        return warning(where, 0, f"{PHRASE} and this one has no article at its "
                       f"address (its file renamed, moved, given another slug, made a draft or deleted): links to it "
                       f"and readers' bookmarks now break; to keep the address, write `slug: {name}` "
                       f"in the renamed file's front matter (a draft's comes back when `draft: true` goes)")
    moved = _renamed(output / address / "index.html", name, site)
    meant = meant_id(name, site)
    if meant:  # (never "write `story: <typo>`" again: that line would be warned about as a typo, storytypos.py)
        return warning(where, 0, f"{PHRASE}, a story's, under the id \"{name}\", which is a letter or two from "
                       f"\"{meant}\" (likely a typo in a `story:` line, now corrected){_now_at(moved, meant, site)}: "
                       f"links to it, the digest feed's and the sitemap's entries for it and readers' bookmarks now "
                       f"break; keep the correction (the misspelt address goes once; writing `story: {name}` back "
                       f"would bring the typo back)")
    if moved:
        return warning(where, 0, f"{PHRASE}, a story's, and this one has its reports at {moved}: the story's id "
                       f"changed (its reports' `story:`, or its first report's slug): links to it, the digest feed's "
                       f"and the sitemap's entries for it and readers' bookmarks now break; to keep the address, "
                       f"write `story: {name}` in the front matter of each of its reports again (docs/stories.md)")
    return warning(where, 0, f"{PHRASE}, a story's, and this one has no story of two or more reports with the id "
                   f"\"{name}\"{_reports_now(name, site)}: links to it, the digest feed's and the sitemap's entries "
                   f"for it and readers' bookmarks now break; to keep the address, write `story: {name}` in the front "
                   f"matter of each report you want together (a report with `story: none` is kept alone; "
                   f"docs/stories.md)")


def _now_at(moved: str, meant: str, site: Any) -> str:
    """Where a story's reports are now, for the warning about its likely misspelt former id: at `moved` (`_renamed`),
    else the page of the story `meant` when it has one, else ""."""
    if moved:
        return f"; its reports are now at {moved}"
    story = next((s for s in site.stories if s.id == meant and s.has_page), None)
    return f"; the story \"{meant}\" is at {story.url}" if story is not None else ""


def _renamed(page: Path, story_id: str, site: Any) -> str:
    """When the reports the last build's story page `page` listed are, all that are still published, one story of
    this build with a page of its own and another id: "stories/<new>/ (its reports are the same articles: …)";
    else "". A trial (2026-12-04): `story: secret-lead` changed to `story: tallinn-pact` on both reports was said to
    be a first report "renamed, made a draft or deleted"; the old page's links tell the cases apart."""
    if site is None or any(entry.story == story_id for entry in site.entries):
        return ""
    entries = {entry.article.slug: entry for entry in site.entries}
    now = [entries[slug] for slug in listed_articles(page) if slug in entries]
    stories = {entry.story for entry in now}
    story = next((s for s in site.stories if s.id in stories), None) if len(stories) == 1 else None
    if len(now) < 2 or story is None or not story.has_page:
        return ""
    named = ", ".join(entry.url for entry in now[:3]) + (f" and {len(now) - 3} more" if len(now) > 3 else "")
    return f"{story.url} (its reports are the same articles: {named})"


def _reports_now(story_id: str, site: Any) -> str:
    """Where the reports of the story `story_id` are now, as the warning says it: ", its report … now …" or ""."""
    if site is None:
        return ""
    members = [entry for entry in site.entries if entry.story == story_id]  # (pinned by `story:`, or its lead)
    if not members:
        members = [entry for entry in site.entries if entry.article.slug == story_id]  # its first report, regrouped
    if not members:
        return " (no article has that id or slug any more: its first report was renamed, made a draft or deleted)"
    stories = {story.id: story for story in site.stories}
    places = []
    for entry in members[:3]:
        story = stories.get(entry.story)
        if story is not None and story.has_page:
            places.append(f"{entry.url} is now a report of {story.url}")
        else:
            places.append(f"{entry.url} now stands alone (a story needs two reports for a page of its own)")
    more = f", and {len(members) - 3} more" if len(members) > 3 else ""
    return f" (its reports are now apart: {'; '.join(places)}{more})"


def _drafted_now(output: Path, root: Path, live: Mapping[str, object], site: Any) -> list[Diagnostic]:
    """In a `build --drafts`: a warning for each page of the kinds above the last build published as a page of
    its own that this build shows only because of drafts (the article made a draft; a story, outlet or edition
    whose every article is). The plain build after it leaves the page out and, reading a draft's page in the live tree, cannot tell it
    was promised: a re-test (2026-12-04) saw a published article and its story go without a word after a
    `build --drafts` between two builds. Said here, once, instead. [] for a build without drafts."""
    if site is None or not any(entry.article.draft for entry in site.entries):
        return []
    from briefgen.site.drafted import draft_only, is_draft_only  # (only builds that show drafts)

    drafted = draft_only(site)
    now = {f"{entry.url}index.html" for entry in site.entries if entry.article.draft}
    shown = sorted(path for path in live if path.startswith(_FOLDERS) and path.count("/") == 2
                   and path.endswith("/index.html")
                   and (path in now or is_draft_only(path, drafted)) and _promised(output / path))
    return [warning(shown_path(output / path[:-len("index.html")], root), 0,
                    f"{PHRASE} as a page of its own, and this build shows it only because of drafts "
                    f"(--drafts): a build without --drafts leaves it out, and links to it and readers' bookmarks "
                    f"break; remove `draft: true` to keep it") for path in shown[:GONE_SHOWN]]


def _promised(page: Path) -> bool:
    """Whether the live page at `page` was a page of its own: not a draft shown by `build --drafts` (an article's
    Draft notice, article.html; a page only drafts gave the site, base.html's `draft_only` notice — both
    `disclosure--draft`; a draft's card, `badge--draft` alone, is no sign: a published page lists it in a preview; no address was
    promised, and a plain build after such a preview named each draft "gone", a trial, 2026-12-04), nor a redirect
    left at a story's former id (moved.html, a `<meta http-equiv="refresh">`: it goes with the story it led to,
    whose own page is warned about). Reads the page's first 64 KiB; a page that cannot be read, or is no regular
    file any more (replaced by hand: `gonelistings.old_page`), counts as promised."""
    head = old_page(page, 65536)
    if head is None:
        return True
    return b"disclosure--draft" not in head and b'http-equiv="refresh"' not in head.lower()
