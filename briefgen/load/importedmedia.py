"""Imported articles' images from other sites: one warning a build, not one an image (FX19, 2026-12-06).

remotemedia.py warns at its line of every image (or media file) a body loads from another site. For what an
editor wrote that is right: each was typed or pasted by hand and each wants a decision (copy it into static/,
or keep it). Articles `fetch` writes keep their outlets' images, so a feed-fed briefing of 10,000 articles got
thousands of such warnings on every build, `serve` reload and `check`, the same each time, and a real problem
drowned among them. An article is imported when its front matter has `guid:` (fetch writes it into every file,
docs/fetch.md "What an imported article looks like"; `briefgen new` never does). Their remote-media warnings are
said as ONE warning (`content/articles: warning: 137 images in 50 imported articles load from 3 other sites
(…)`); `briefgen check -v` lists each at its line. Tracking pixels removed from a body stay one warning each
(the page changed; fetch already drops them, so an imported article rarely has one), as do hand-written
articles' images. `markdown: {remote_media: allow}` silences both (remotemedia.py makes no warning then).
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Iterable

from briefgen.diagnostics import Diagnostic, warning
from briefgen.load.remotemedia import LOADED_BY, INSECURE

FOLDER = "content/articles"  # where the one warning is said (line 0: the folder, printed `content/articles: …`)
HOSTS_NAMED = 5  # the most frequent hosts named in it; "and N more" for the rest

if TYPE_CHECKING:
    from briefgen.load.content import Content


def imported(content: Content) -> frozenset[str]:
    """The paths of `content`'s articles that `fetch` wrote: those with a `guid:` (drafts too)."""
    return frozenset(article.path for article in content.articles if article.guid)


def remote_load(diagnostic: Diagnostic) -> tuple[str, str] | None:
    """(`<tag`, host) of a remotemedia.py warning that a body loads a file from another site, else None."""
    if diagnostic.severity != "warning" or LOADED_BY not in diagnostic.message:
        return None
    what, _, host = diagnostic.message.partition(LOADED_BY)[0].rpartition(" is loaded from ")
    return (what.partition(" ")[0], host) if what.startswith("<") else None


def folded(diagnostics: Iterable[Diagnostic], paths: frozenset[str] | set[str]
           ) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """(`diagnostics` without the remote-media warnings of the files in `paths` (content paths, as the
    diagnostics name them: the articles with `guid:`) and with one warning summing them up, those warnings).
    Order is kept; the summary goes where the first folded warning was."""
    kept: list[Diagnostic] = []
    gone: list[Diagnostic] = []
    at = -1
    for d in diagnostics:
        if d.path in paths and remote_load(d) is not None:
            at = len(kept) if at < 0 else at
            gone.append(d)
        else:
            kept.append(d)
    if gone:
        kept.insert(at, summary(gone))
    return kept, gone


def summary(loads: list[Diagnostic]) -> Diagnostic:
    """The one warning for imported articles' remote-media warnings `loads` (remote_load is not None for each)."""
    found = [remote_load(d) for d in loads]
    hosts = Counter(host for _, host in found if host)
    named = [host for host, _ in sorted(hosts.items(), key=lambda item: (-item[1], item[0]))[:HOSTS_NAMED]]
    others = len(hosts) - len(named)
    files = len({d.path for d in loads})
    what = "image" if all(tag == "<img" for tag, _ in found) else "image or media file"
    insecure = sum(1 for d in loads if INSECURE in d.message)
    return warning(FOLDER, 0, f"{_count(len(loads), what)} in {_count(files, 'imported article')} "
                              f"{'loads' if len(loads) == 1 else 'load'} from {_count(len(hosts), 'other site')} "
                              f"({', '.join(named)}{f' and {others} more' if others else ''}): every reader's "
                              "browser asks those sites for them"
                              + (f"; {insecure} of them {'is' if insecure == 1 else 'are'} http://, which browsers "
                                 "upgrade or block on a page served over https" if insecure else "")
                              + "; `markdown: {remote_media: allow}` in config.yaml silences this, "
                                "`briefgen check -v` lists each at its line")


def listing(loads: list[Diagnostic]) -> list[str]:
    """`check -v`'s lines for the warnings `folded` summed up: each as it would be said alone, in file order."""
    return [str(d) for d in sorted(loads, key=lambda d: (d.path, d.line))]


def _count(n: int, noun: str) -> str:
    plural = {"image or media file": "images or media files"}.get(noun, noun + "s")
    return f"{n:,} {noun if n == 1 else plural}"
