"""Wall time of a build's stages, in-process: which stage a rebuild waits on.

    cd <a site> && python <briefgen>/benchmarks/stage_times.py build --quiet

Runs `briefgen` with the arguments given, after wrapping the stages' functions (module attributes, so
that the build's own imports find the wrapped ones) with timers; prints, to stderr, each stage's total
wall seconds in the build's process (not in forked children: the page fingerprints' child is seen as
the parent's wait, `Pending.__call__`), in the order first called. Nested stages are counted in their
callers too. The wrappers cost ~1 µs a call; py-spy's sampling inflates short stages more.
Standard library and briefgen only. Not a test: figures depend on the machine (docs/performance.md).
"""
from __future__ import annotations

import atexit
import functools
import importlib
import os
import sys
import time

STAGES = (
    ("briefgen.build", "gather"), ("briefgen.build", "plan"), ("briefgen.speed.files", "FileIndex.revisions"),
    ("briefgen.speed.stages", "load_documents"), ("briefgen.speed.stages", "run_analyses"),
    ("briefgen.speed.stages", "whole_site"), ("briefgen.speed.stages", "cached"),
    ("briefgen.speed.storyarchive", "story_archive"), ("briefgen.analyse.stories", "group_stories"),
    ("briefgen.site.assemble", "assemble"), ("briefgen.site.pages", "plan_pages"),
    ("briefgen.claims", "planned_claims"), ("briefgen.output.guards", "check_collisions"),
    ("briefgen.site.sitelinks", "broken_links"), ("briefgen.publish", "publish"),
    ("briefgen.publish", "index_search"), ("briefgen.publish", "search_documents"), ("briefgen.publish", "index_files"),
    ("briefgen.publish", "feed_files"), ("briefgen.speed.cache", "BuildCache.save_settled"),
    ("briefgen.output.commit", "OutputTree.__init__"), ("briefgen.output.commit", "OutputTree.check_spare"),
    ("briefgen.speed.parallel", "Pending.__call__"), ("briefgen.speed.parallel", "share_work"),
    ("briefgen.output.commit", "OutputTree.commit"), ("briefgen.output.commit", "OutputTree.save_record"),
    ("briefgen.speed.cache", "BuildCache.save"),
)


def main() -> None:
    start = time.perf_counter()
    totals: dict[str, float] = {}
    parent = os.getpid()

    def wrap(module_name: str, attribute: str) -> None:
        owner = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        function = getattr(owner, name)

        @functools.wraps(function)
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                if os.getpid() == parent:
                    totals[attribute] = totals.get(attribute, 0.0) + time.perf_counter() - began
        setattr(owner, name, timed)

    for module_name, attribute in STAGES:
        wrap(module_name, attribute)
    imported = time.perf_counter() - start
    from briefgen.cli import main as cli

    @atexit.register
    def show() -> None:
        if os.getpid() != parent:
            return
        print(f"{'imports (the stages above)':34s} {imported:6.3f} s", file=sys.stderr)
        for attribute, seconds in totals.items():
            print(f"{attribute:34s} {seconds:6.3f} s", file=sys.stderr)
        print(f"{'whole run':34s} {time.perf_counter() - start:6.3f} s", file=sys.stderr)

    sys.argv = ["briefgen", *sys.argv[1:]]
    cli()


if __name__ == "__main__":
    main()
