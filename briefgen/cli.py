"""Command line: parses arguments, calls the library, prints diagnostics, maps them to exit codes.

Exit codes: 0 success, 1 content or config errors, 2 usage errors. A user mistake never
shows a traceback; `--debug` shows one for anything unexpected.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from briefgen import __version__
from briefgen.build import BuildOptions, build, check
from briefgen.diagnostics import Diagnostic, UsageError, count_errors, has_errors, sort_key
from briefgen.load.config import normalise_base_url
from briefgen.speed.parallel import paused_gc

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefgen", description="Build curated news-briefing sites and RSS digests from Markdown.",
        epilog="Run `briefgen COMMAND --help` for the options of one command.")
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on unexpected errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def config_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", type=Path, default=Path("config.yaml"), metavar="FILE",
                       help="the site's config file (default: config.yaml); the project root is its folder")

    p = commands.add_parser("init", help="scaffold a new site project",
                            description="Create config.yaml, sample content and folders in DIR.")
    p.add_argument("dir", nargs="?", type=Path, default=Path("."), metavar="DIR",
                   help="folder to create the project in (default: current folder)")

    p = commands.add_parser("build", help="build the site into output/",
                            description="Build the static site and feeds. On errors nothing is written "
                                        "and the previous output is left exactly as it was.")
    config_option(p)
    p.add_argument("--output", type=Path, metavar="DIR", help="output folder (default: output/ next to the config)")
    p.add_argument("--base-url", metavar="URL", help="override base_url, e.g. https://example.org/briefing/")
    p.add_argument("--drafts", action="store_true", help="include articles and notes marked draft: true")
    p.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: one per core)")
    p.add_argument("--wait", type=float, default=600, metavar="SECONDS",
                   help="if another build of this project is running (or `serve` is rebuilding), wait up to "
                        "this long for it, then give up with exit code 1 (default: 600; 0: do not wait)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")

    p = commands.add_parser("serve", help="live preview: build, serve, rebuild on save",
                            description="Serve the site locally, rebuild on every save and reload the browser.")
    config_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, local only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    p.add_argument("--no-watch", action="store_true", help="build once and serve, without watching files")
    p.add_argument("--drafts", action="store_true", help="include drafts in the preview")
    p.add_argument("--open", action="store_true", help="open the site in a web browser")

    p = commands.add_parser("new", help="create a new article or editor note",
                            description="Create a Markdown file with front matter to fill in.")
    config_option(p)
    p.add_argument("kind", choices=("article", "note"), help="what to create")
    p.add_argument("title", help="its title, in quotes")

    p = commands.add_parser("check", help="validate config and content without writing output",
                            description="Report every problem as path:line: message; exit 1 if any is an error.")
    config_option(p)
    p.add_argument("-v", "--verbose", action="store_true",
                   help="explain each article's topics (which keywords matched)")
    p.add_argument("--drafts", action="store_true", help="also explain drafts")

    p = commands.add_parser("fetch", help="import new entries of the configured feeds",
                            description="Import new entries of the RSS/Atom feeds listed under `feeds:` in "
                                        "config.yaml as articles in content/articles/. Entries already "
                                        "imported (same guid or link) are skipped; existing files are never "
                                        "changed. A feed that fails is reported and the others are still "
                                        "imported (exit code 1).")
    config_option(p)
    return parser


def print_diagnostics(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
    for d in sorted(diagnostics, key=sort_key):
        print(d, file=sys.stderr)
    errors = count_errors(diagnostics)
    if errors:
        print(f"{errors} error{'s' if errors != 1 else ''}; fix {'them' if errors != 1 else 'it'} "
              "and run the command again.", file=sys.stderr)


def _config_path(args: argparse.Namespace) -> Path:
    path: Path = args.config
    if not path.is_file():
        raise UsageError(f"no config file at {path}; run the command in a site folder, pass "
                         "--config FILE, or create a site with `briefgen init`")
    return path


def cmd_build(args: argparse.Namespace) -> int:
    if args.base_url and not normalise_base_url(args.base_url, None, "--base-url"):
        raise UsageError(f"--base-url must be an absolute http(s) URL, got {args.base_url!r}")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    started = time.perf_counter()
    report = None if args.quiet else (lambda message: print(message, file=sys.stderr, flush=True))
    if args.wait < 0:
        raise UsageError("--wait must be 0 or more seconds")
    options = BuildOptions.from_environment(output_dir=args.output, base_url=args.base_url, drafts=args.drafts,
                                            jobs=args.jobs, progress=report, lock_wait=args.wait)
    with paused_gc():  # a single-threaded command: no cyclic GC during the build (speed/parallel.py)
        result = build(_config_path(args), options)
    print_diagnostics(result.diagnostics)
    if not result.ok:
        print("Nothing was written; the previous output is unchanged.", file=sys.stderr)
        return EXIT_CONTENT
    if not args.quiet:
        elapsed = time.perf_counter() - started
        what = f"{result.pages_written} files written" if result.pages_written else "nothing changed"
        print(f"Built {result.output_dir} in {elapsed:.2f} s ({what}).")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    result = check(_config_path(args), BuildOptions(drafts=args.drafts))
    print_diagnostics(result.diagnostics)
    if result.plan is None:
        return EXIT_CONTENT
    site = result.plan.site
    if args.verbose:
        from briefgen.analyse.topics import explain

        for entry in sorted(site.entries, key=lambda e: e.article.path):
            print(f"{entry.article.path}: {explain(entry.matches)}")
    for entry in sorted(site.other, key=lambda e: e.article.path):
        print(f"{entry.article.path}: matches no topic, listed under Other; add `topics:` "
              "or topic keywords")
    summary = (f"{len(site.entries)} articles, {len(site.notes)} notes, {len(site.editions)} editions, "
               f"{len(site.config.topics)} topics")
    print(f"{summary}: {'errors found' if has_errors(result.diagnostics) else 'no errors'}.")
    return EXIT_CONTENT if has_errors(result.diagnostics) else EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from briefgen.scaffold import new_file

    created, problems = new_file(_config_path(args), args.kind, args.title)
    print_diagnostics(problems)
    if created is None:
        return EXIT_CONTENT
    print(f"Created {created}. Fill in its front matter, remove `draft: true` when it is ready, "
          "then run `briefgen build`.")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from briefgen.scaffold import init_site

    created = init_site(args.dir)
    print(f"Created a briefgen site in {args.dir} ({len(created)} files). Next: cd {args.dir} && "
          "briefgen serve")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from briefgen.preview.command import serve

    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    return serve(_config_path(args), args.host, args.port, not args.no_watch, args.drafts, args.open)


def cmd_fetch(args: argparse.Namespace) -> int:
    from briefgen.importer.fetch import fetch_feeds

    started = time.perf_counter()
    result = fetch_feeds(_config_path(args))
    print_diagnostics(result.diagnostics)
    if not result.config_ok:
        return EXIT_CONTENT
    if not result.feeds:
        print("No feeds configured: add a `feeds:` list to config.yaml (each item has a `url:`) and run "
              "`briefgen fetch` again.")
        return EXIT_OK
    for feed in result.feeds:
        failed = " (failed, see above)" if feed.failed else ""
        print(f"{feed.url}: {len(feed.written)} new, {feed.already} already imported{failed}")
    failures = sum(1 for f in result.feeds if f.failed)
    feeds = len(result.feeds)
    summary = (f"Imported {result.written} new article{'s' if result.written != 1 else ''} from {feeds} "
               f"feed{'s' if feeds != 1 else ''} in {time.perf_counter() - started:.2f} s "
               f"({result.already} already imported{f'; {failures} failed' if failures else ''}).")
    if result.written:
        summary += " Review them in content/articles/, then run `briefgen build`."
    print(summary)
    return EXIT_OK if result.ok else EXIT_CONTENT


COMMANDS = {"build": cmd_build, "check": cmd_check, "new": cmd_new, "init": cmd_init, "serve": cmd_serve,
            "fetch": cmd_fetch}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"briefgen {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(f"briefgen: unexpected error: {type(exc).__name__}: {exc}\n"
              "Run again with --debug for a traceback, and please report it.", file=sys.stderr)
        return EXIT_CONTENT


if __name__ == "__main__":
    sys.exit(main())
