"""`serve` rebuilds when a plugin file or a plugin's template folder changes (Watcher.watch_also).

Found by a trial: with `plugins: [hooks.py]`, editing hooks.py (a new global value, a filter that
raises, then the fix) and editing plugin_templates/timeline.html rebuilt nothing — only content/,
templates/, static/ and config.yaml were watched — so the preview showed the old site, and no
error, until some other file was saved.
"""
from __future__ import annotations

import io
import queue
import threading
import time
from pathlib import Path
from typing import Callable

from hypothesis import example, given, settings, strategies as st

from briefgen.preview.command import Preview
from briefgen.preview.watch import Watcher
from support.sites import MINIMAL_SITE
from support.examples import examples



def _until(condition: Callable[[], bool], timeout: float = 30) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


HOOKS = """\
from briefgen.plugins import Plugin
from briefgen.site.model import Page


def timeline(site):
    return [Page("timeline/index.html", "timeline.html", {}, "hooks.py timeline")]


def register():
    return Plugin(globals={"desk": "Example desk"}, page_families=(timeline,), templates="plugin_templates")
"""


def test_editing_the_plugin_and_its_templates_rebuilds_and_recovers(site_factory) -> None:  # type: ignore[no-untyped-def]
    root = site_factory({**MINIMAL_SITE, "hooks.py": HOOKS,
                         "plugin_templates/timeline.html": '{% extends "base.html" %}{% block content %}'
                                                           "<h1>Timeline of the {{ desk }}</h1>{% endblock %}"})
    (root / "config.yaml").write_text((root / "config.yaml").read_text() + "plugins: [hooks.py]\n")
    hooks, timeline = root / "hooks.py", root / "plugin_templates" / "timeline.html"
    with Preview(root / "config.yaml", "127.0.0.1", 0, jobs=1, out=io.StringIO(), err=io.StringIO()) as preview:
        loop = threading.Thread(target=preview.run)
        loop.start()
        try:
            page = preview.site_dir / "timeline" / "index.html"
            assert "Example desk" in page.read_text()
            hooks.write_text(HOOKS.replace("def register():\n", "def register():\n    1 / 0\n"))
            assert _until(lambda: preview.last_result is not None and not preview.last_result.ok)
            timeline.write_text(timeline.read_text().replace("Timeline of", "EDITED timeline of"))  # (while failing)
            assert any("ZeroDivisionError" in d.message for d in preview.last_result.diagnostics)
            hooks.write_text(HOOKS.replace('"Example desk"', '"Night desk"'))
            assert _until(lambda: "Night desk" in page.read_text() and preview.last_result.ok)
            assert "EDITED timeline" in page.read_text()
        finally:
            preview.stop()
            loop.join()


@settings(max_examples=examples(4), deadline=None, database=None)
@given(st.sampled_from(["hooks.py", "plugins/hooks.py", "a/b/hooks.py"]),
       st.sampled_from(["plugin_templates", "plugins/templates", "t/u/v"]), st.booleans())
@example("hooks.py", "plugin_templates", False)
def test_a_plugin_file_and_template_folder_anywhere_in_the_project_are_watched(
        plugin: str, folder: str, made_later: bool) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp).resolve()
        (root / "config.yaml").write_text("title: T\n")
        (root / plugin).parent.mkdir(parents=True, exist_ok=True)
        (root / plugin).write_text("def register(): return {}\n")
        if not made_later:
            (root / folder).mkdir(parents=True, exist_ok=True)
        events: queue.Queue[str] = queue.Queue()
        watcher = Watcher(root, "config.yaml", events.put)
        watcher.start()
        try:
            watcher.watch_also((root / plugin, root / folder))
            if made_later:
                (root / folder).mkdir(parents=True, exist_ok=True)
                watcher.watch_also((root / plugin,))  # (as after the next build, whose plugin had no folder yet)
                watcher.watch_also((root / plugin, root / folder))
            (root / plugin).write_text("def register(): return {'globals': {'x': 1}}\n")
            (root / folder / "timeline.html").write_text("<p>x</p>")
            (root / "other.py").write_text("not a plugin")
            seen: set[str] = set()
            end = time.monotonic() + 10
            while {plugin, f"{folder}/timeline.html"} - seen and time.monotonic() < end:
                try:
                    seen.add(events.get(timeout=0.5))
                except queue.Empty:
                    pass
            assert {plugin, f"{folder}/timeline.html"} <= seen, seen
            assert "other.py" not in seen
        finally:
            watcher.stop()
