"""One reload channel for all the tabs a browser has open on the preview.

A browser opens at most six HTTP/1.x connections to one host and port (Chromium, Firefox
and Safari alike), and a reload channel (Server-Sent Events) holds its connection for as
long as the tab is open. With a channel per tab, a seventh tab on the preview never
loaded: its page request queued behind six open channels. So where the browser has
shared workers, the tabs' reload script hands its token and page to one worker per
preview origin (`WORKER_JS`, served at `WORKER_PATH`), which holds a single channel
listing every tab (`?tab=<token> <path>`, repeated) and tells each tab when to reload.
Elsewhere (Chrome on Android, older Safari) each tab keeps its own channel, as before.

The server's side: `tabs_of` reads the list; `LiveState.wait_for_tabs` waits until one
or more of them must reload; the event names them by their index in the list.
"""
from __future__ import annotations

from urllib.parse import parse_qs

WORKER_PATH = "/__briefgen__/reload-worker.js"
MAX_TABS = 200  # a longer list is cut: those tabs reload on the next change anyway (worker re-lists)

WORKER_JS = """\
/* briefgen serve: one reload channel for every tab of this preview in this browser. */
var tabs = [], source = null, pending = null;
function drop(port) { tabs = tabs.filter(function (t) { return t.port !== port; }); }
function connect() {
  clearTimeout(pending);
  pending = setTimeout(function () {
    if (source) source.close();
    source = null;
    if (!tabs.length) return;
    var listed = tabs.slice();
    source = new EventSource("%(events)s?" + listed.map(function (t) {
      return "tab=" + encodeURIComponent(t.token + " " + t.page);
    }).join("&"));
    source.addEventListener("reload", function (event) {
      var due = null;
      try { due = JSON.parse(event.data); } catch (e) {}
      if (!Array.isArray(due)) due = listed.map(function (t, i) { return i; });  /* a restart: all */
      due.forEach(function (i) {
        var tab = listed[i];
        if (tab) { drop(tab.port); tab.port.postMessage("reload"); }
      });
      connect();
    });
  }, 20);
}
onconnect = function (event) {
  var port = event.ports[0];
  port.onmessage = function (message) {
    drop(port);  /* {token, page}: this tab now shows that page; {}: it went away */
    if (message.data && message.data.token) tabs.push({port: port, token: message.data.token, page: message.data.page});
    connect();
  };
};
"""


def worker_js(events_path: str) -> bytes:
    """The shared worker's script (UTF-8 JavaScript) for a reload channel at `events_path`."""
    return (WORKER_JS % {"events": events_path}).encode("utf-8")


def tabs_of(query: str) -> list[tuple[str, str]] | None:
    """The tabs a shared channel lists, [(token, URL path the tab shows)], in order; None when
    the query lists none (a single tab's own channel: `?token=...&page=...`)."""
    listed = parse_qs(query, keep_blank_values=True).get("tab")
    if not listed:
        return None
    tabs = []
    for item in listed[:MAX_TABS]:
        token, _, page = item.partition(" ")
        tabs.append((token, page))
    return tabs
