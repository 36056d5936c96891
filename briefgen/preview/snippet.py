"""The HTML `serve` adds to every HTML page it answers, at serve time only (never written to disk): the reload
listener, and the error overlay while the latest build fails or else the editor's advice panel.

Takes a livereload.Snapshot; gives text. The listener reloads the tab when the server names it (preview/tabs.py,
livereload.LiveState: a tab whose page looks as it did stays, preview/looks.py).
"""
from __future__ import annotations

import html
import json
import re
from typing import Any

from briefgen.diagnostics import Diagnostic, sort_key
from briefgen.preview.tabs import WORKER_PATH

EVENTS_PATH = "/__briefgen__/events"


_RELOAD_SCRIPT = """<script>
(function () {
  /* briefgen serve: reload this tab when a newer build is visible. One channel for all the
     tabs, in a shared worker where there is one: a browser opens 6 connections to a host. */
  if (window.SharedWorker) {
    try {
      var port = new SharedWorker(%(worker)s, {name: "briefgen-reload"}).port;
      port.onmessage = function () { location.reload(); };
      var hello = function () { port.postMessage({token: %(token)s, page: location.pathname}); };
      hello();
      addEventListener("pageshow", function (event) { if (event.persisted) hello(); });
      addEventListener("pagehide", function () { port.postMessage({}); });
      return;
    } catch (e) {}
  }
  if (!window.EventSource) return;
  var source = new EventSource(%(url)s + "&page=" + encodeURIComponent(location.pathname));
  source.addEventListener("reload", function () { source.close(); location.reload(); });
})();
</script>"""

_OVERLAY = """<div id="briefgen-overlay" role="alert" style="%(style)s">
<p style="margin:0 0 .5em;font-weight:bold">Build failed%(kept)s. \
Fix the %(what)s below and save; this page reloads by itself.
<button type="button" id="briefgen-overlay-hide" style="float:right">Hide</button></p>
<ul style="margin:0;padding-left:1.2em">%(items)s</ul>%(warnings)s
</div>
<script>
document.getElementById("briefgen-overlay-hide").addEventListener("click", function () {
  document.getElementById("briefgen-overlay").hidden = true;
});
</script>"""

# Both panels end the page's body and stick to the window's bottom (sticky, not fixed: a fixed one hid
# a phone's last lines and footer at any scroll); scrolled to the end, the page's footer is above them.
# (`align-self`: for the theme's flex-column body; `width`, for a block one.)
_OVERLAY_STYLE = (
    "position:sticky;bottom:0;z-index:2147483647;max-height:50vh;overflow:auto;clear:both;"
    "box-sizing:border-box;align-self:stretch;"
    "margin:0;padding:1em;background:#2b0b0b;color:#ffdcdc;border-top:4px solid #e0443e;"
    "font:14px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left"
)


_ADVICE = """<details id="briefgen-advice" style="%(style)s">
<summary style="cursor:pointer;font-weight:bold">For the editor: %(count)s \
suggestion%(s)s — only in this preview, never published</summary>
<ul style="margin:.5em 0 0;padding-left:1.2em">%(items)s</ul>
</details>"""

_ADVICE_STYLE = (  # (sticky like the overlay's, above; a tab at the left as wide as its words)
    "position:sticky;bottom:0;z-index:2147483646;width:fit-content;max-width:100%;max-height:40vh;"
    "overflow:auto;clear:both;box-sizing:border-box;align-self:flex-start;"
    "margin:0;padding:.5em 1em;background:#102a43;color:#e6f0fa;border-top:3px solid #4c8ed9;"
    "font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left"
)


_OVERLAY_WARNINGS = """
<p style="margin:.75em 0 .25em;font-weight:bold">Also %(count)s warning%(s)s (these do not stop the build):</p>
<ul style="margin:0;padding-left:1.2em;opacity:.85">%(items)s</ul>"""


def _items(diagnostics: list[Diagnostic]) -> str:
    return "".join(f"<li>{html.escape(str(d))}</li>" for d in diagnostics)


def render_snippet(snapshot: Any) -> str:
    """The HTML added to every HTML response: reload listener, plus overlay while failing."""
    url = json.dumps(f"{EVENTS_PATH}?token={snapshot.token}")
    parts = []
    if snapshot.failing:
        # The errors the heading asks to fix come first; the build's warnings (any number,
        # and each sorting anywhere among them by path) follow under their own heading.
        ordered = sorted(snapshot.diagnostics, key=sort_key)
        errors = [d for d in ordered if d.severity == "error"]
        others = [d for d in ordered if d.severity != "error"]
        what = "error" if len(errors) == 1 else f"{len(errors)} errors"
        kept = ": showing the last good site" if snapshot.built else ""
        warnings = _OVERLAY_WARNINGS % {"count": len(others), "s": "" if len(others) == 1 else "s",
                                        "items": _items(others)} if others else ""
        parts.append(_OVERLAY % {"style": _OVERLAY_STYLE, "kept": kept, "what": what,
                                 "items": _items(errors), "warnings": warnings})
    elif snapshot.advice:
        ordered = sorted(snapshot.advice, key=sort_key)
        parts.append(_ADVICE % {"style": _ADVICE_STYLE, "count": len(ordered), "s": "" if len(ordered) == 1 else "s",
                                "items": _items(ordered)})
    # json.dumps escapes quotes; "</" cannot occur in the token, so the
    # script element cannot be closed early.
    parts.append(_RELOAD_SCRIPT % {"url": url, "token": json.dumps(snapshot.token), "worker": json.dumps(WORKER_PATH)})
    return "\n".join(parts)


_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def inject(page: bytes, snippet: str) -> bytes:
    """Insert `snippet` before the last `</body>` (or append when there is none)."""
    data = snippet.encode("utf-8")
    ends = [match.start() for match in _BODY_END.finditer(page)]
    if not ends:
        return page + data
    return page[: ends[-1]] + data + page[ends[-1]:]
