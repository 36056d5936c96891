"""Command line: parses arguments, calls the library, prints diagnostics, maps them to exit codes.

Exit codes: 0 success, 1 content or config errors, 2 usage errors, 130 interrupted. A user mistake never
shows a traceback; `--debug` shows one for anything unexpected.
"""
from __future__ import annotations

import argparse
import shlex
import sys
import time
from contextlib import ExitStack, nullcontext
from pathlib import Path

from briefgen import __version__
from briefgen.arguments import base_url, host, path, seconds
from briefgen.diagnostics import Diagnostic, UsageError, count, count_errors, has_errors, shown_line, sort_key
from briefgen.diagnostics import written_summary
from briefgen.load.utf8mode import run_in_utf8_mode
from briefgen.paths import project_root
from briefgen.pipereader import PipeReader
from briefgen.sitefolder import existing_config
from briefgen.speed.gcpause import paused_gc
from briefgen.speed.methodcache import kept_methods
from briefgen.speed.regexcache import kept_patterns

LOCK_WAIT = 600.0  # seconds `review accept|reject` waits for a running fetch

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130  # (130: 128 + SIGINT, as shells report it)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefgen", description="Build curated news-briefing sites and RSS digests from Markdown.",
        epilog="Exit codes: 0 success, 1 content or config errors, 2 usage errors, 130 interrupted (Ctrl-C). "
               "Run `briefgen COMMAND --help` for the options of one command.")
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on unexpected errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def config_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", type=path, default=Path("config.yaml"), metavar="FILE",
                       help="the site's config file (default: config.yaml); the project root is its folder")

    p = commands.add_parser("init", help="scaffold a new site project",
                            description="Create config.yaml, sample content and folders in DIR.")
    p.add_argument("dir", nargs="?", type=path, default=Path("."), metavar="DIR",
                   help="folder to create the project in (default: current folder)")

    p = commands.add_parser("build", help="build the site into output/",
                            description="Build the static site and feeds. On errors nothing is written "
                                        "and the previous output is left exactly as it was.")
    config_option(p)
    p.add_argument("--output", type=path, metavar="DIR", help="output folder (default: output/ next to the config)")
    p.add_argument("--base-url", type=base_url, metavar="URL",
                   help="override base_url, e.g. https://example.org/briefing/")
    p.add_argument("--drafts", action="store_true", help="include articles and notes marked draft: true")
    p.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: one per core)")
    p.add_argument("--wait", type=seconds, default=600, metavar="SECONDS",
                   help="if another build of this project is running (or `serve` is rebuilding), wait up to "
                        "this long for it, then give up with exit code 1 (default: 600; 0: do not wait)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")

    p = commands.add_parser("serve", help="live preview: build, serve, rebuild on save",
                            description="Serve the site locally, rebuild on every save and reload the browser.")
    config_option(p)
    p.add_argument("--host", type=host, default="127.0.0.1", help="address to bind (default: 127.0.0.1, local only)")
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
                   help="explain each article's topics (which keywords matched) and every story (members, "
                        "score, shared words, related stories)")
    p.add_argument("--drafts", action="store_true", help="also explain drafts")

    p = commands.add_parser("fetch", help="import new entries of the configured feeds",
                            description="Import new entries of the RSS/Atom/JSON feeds listed under `feeds:` in "
                                        "config.yaml as articles in content/articles/. Entries already "
                                        "imported (same guid; same link from another outlet) are skipped; "
                                        "existing files are never changed (except by --update, and only files "
                                        "you have not edited). Feeds are asked politely: conditional requests, "
                                        "at most 2 at once per host, Retry-After honoured. A feed that fails is "
                                        "reported and the others are still imported (exit code 1). "
                                        "See docs/fetch.md.")
    config_option(p)
    p.add_argument("--force", action="store_true",
                   help="download and parse every feed even if unchanged, and retry failing feeds now")
    p.add_argument("--update", action="store_true",
                   help="apply upstream changes to imported files you have not edited (others get the new "
                        "version beside them, as NAME.md.upstream)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="say which rule filtered each item, and what changed upstream")
    p.add_argument("--status", action="store_true", help="show each feed's state instead of fetching "
                                                          "(same as `briefgen feeds`)")
    p.add_argument("--jobs", type=int, metavar="N", help="parsing processes (default: one per core)")
    p.add_argument("--wait", type=seconds, default=600, metavar="SECONDS",
                   help="if another fetch of this project is running, wait up to this long for it, then give "
                        "up with exit code 1 (default: 600; 0: do not wait)")

    p = commands.add_parser("feeds", help="show the state of every configured feed",
                            description="Per feed: OK, stale (nothing new in 30 days), failing, rate-limited, "
                                        "gone or redirected; the last answer in plain words; age of the last "
                                        "success; items in the last 30 days; share filtered or duplicate.")
    config_option(p)

    p = commands.add_parser("review", help="list, accept or reject imported drafts",
                            description="Imports marked draft: true (import.draft or a feed's draft: true) wait "
                                        "here. `accept` removes draft: true; `reject` deletes the file and records "
                                        "the item in content/rejected.txt, so that fetch never imports it again.")
    config_option(p)
    p.add_argument("action", nargs="?", choices=("list", "accept", "reject"), default="list",
                   help="what to do (default: list)")
    p.add_argument("slugs", nargs="*", metavar="SLUG", help="articles to accept or reject (file names without .md)")
    p.add_argument("--all", action="store_true", help="accept or reject every pending import")

    p = commands.add_parser("opml", help="import feeds from OPML into config.yaml, or export them",
                            description="`import FILE` adds every outline with an xmlUrl to `feeds:` in "
                                        "config.yaml (nested outlines become categories; feeds already there are "
                                        "skipped), keeping the file's comments and order. `export` writes the "
                                        "configured feeds as OPML 2.0.")
    config_option(p)
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("file", nargs="?", type=path, metavar="FILE",
                   help="OPML file to import; for export, where to write (default: standard output)")
    p.add_argument("--dry-run", action="store_true", help="import: show what would be added, change nothing")
    for command in commands.choices.values():  # also after the command, as the crash hint says it
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                             help="show a traceback on unexpected errors")
    return parser


def print_diagnostics(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
    diagnostics = list(dict.fromkeys(diagnostics))  # each once (a YAML alias bomb said one warning 8 times)
    for d in sorted(diagnostics, key=sort_key):
        print(d, file=sys.stderr)
    errors = count_errors(diagnostics)
    if errors:
        print(f"{errors} error{'s' if errors != 1 else ''}; fix {'them' if errors != 1 else 'it'} "
              "and run the command again.", file=sys.stderr)


def _has_site(folder: Path) -> bool:
    """Whether `folder` holds anything (a previous build's site) that a failed build left as it was."""
    try:
        return any(folder.iterdir())
    except OSError:
        return False


def cmd_build(args: argparse.Namespace) -> int:
    from briefgen.build import BuildOptions, build
    from briefgen.load.baseurl import base_url_problem
    from briefgen.load.config import normalise_base_url
    from briefgen.load.webaddresses import credentials, redacted

    if args.base_url and not normalise_base_url(args.base_url, None, "--base-url"):
        raise UsageError(base_url_problem(redacted(args.base_url), "--base-url") or "--base-url is not usable")
    if args.base_url and credentials(args.base_url) is not None:  # it would be in every feed link
        raise UsageError(f"--base-url {redacted(args.base_url)} carries a user name or password, which every "
                         f"reader of the feeds and sitemap would see; give it as {credentials(args.base_url)[1]}")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    started = time.perf_counter()
    report = None if args.quiet else (lambda message: print(message, file=sys.stderr, flush=True))
    options = BuildOptions.from_environment(output_dir=args.output, base_url=args.base_url, drafts=args.drafts,
                                            jobs=args.jobs, progress=report, lock_wait=args.wait)
    result = build(existing_config(args.config), options)  # (with no cyclic GC: main)
    print_diagnostics(result.diagnostics)
    if not result.ok:
        print("Nothing was written; " + ("the previous output is unchanged." if _has_site(result.output_dir)
                                         else "there was no previous output."), file=sys.stderr)
        return EXIT_CONTENT
    if not args.quiet:
        elapsed = time.perf_counter() - started
        what = written_summary(result.pages_written)
        print(f"Built {result.output_dir} in {elapsed:.2f} s ({what}).")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from briefgen.advice import editor_advice, story_report
    from briefgen.checking import BuildOptions, check, imported_media, left_out_static, verdict

    result = check(existing_config(args.config), BuildOptions.from_environment(drafts=args.drafts))  # the same "now" as build
    planned = result.plan
    # Advice only for content that builds (suggestions from broken files are noise), said so: a trial fixed its errors
    errors = has_errors(result.diagnostics)  # and found 5 story suggestions waiting that no line had announced
    advice = [] if planned is None or errors else editor_advice(project_root(existing_config(args.config)), planned)
    print_diagnostics((*result.diagnostics, *advice))
    if errors and planned is not None:
        print("Likely misspellings and story suggestions are given once the errors are fixed.", file=sys.stderr)
    if planned is None:
        return EXIT_CONTENT
    site = planned.site
    broken = {d.path for d in result.diagnostics if d.severity == "error"}  # (`topics: [typo]` leaves () too)
    emptied = {e.article.slug for e in site.entries if e.article.topics == () and e.article.path not in broken}
    if args.verbose:  # (`topics: []`: keywords are not asked, SPEC: only when `topics` is absent)
        from briefgen.analyse.topics import explain
        for entry in sorted(site.entries, key=lambda e: e.article.path):
            print(shown_line(f"{entry.article.path}: {explain(planned.matches[entry.article.slug], entry.article.slug in emptied)}"))
        for line in imported_media(planned):  # (the remote images the one warning of imported articles sums up)
            print(line)
        config_name = existing_config(args.config).name
        if any(d.severity == "error" and d.path == config_name for d in result.diagnostics):
            # (its `stories:` settings may be what is wrong: a listing at the defaults would mislead)
            print(f"stories: not listed until {config_name} has no errors")
        else:
            for line in (*story_report(planned), *left_out_static(planned)):  # (as the project writes them: escaped)
                print(shown_line(line))
    for entry in sorted(site.other, key=lambda e: e.article.path):
        if entry.article.slug in emptied:
            print(shown_line(f"{entry.article.path}: has no topic, listed under Other: its `topics:` is empty, so "
                             "topic keywords are not used; list topic ids in it, or remove it to assign topics from keywords"))
        elif entry.article.topics != () or entry.article.path not in broken:  # `topics: [grids]`: its error says it
            print(shown_line(f"{entry.article.path}: matches no topic, listed under Other; add `topics:` or topic keywords"))
    stories = sum(1 for s in site.stories if s.has_page)
    summary = (f"{count(len(site.entries), 'article')} in {count(len(site.stories), 'story', 'stories')} "
               f"({stories or 'none'} told by several reports), {count(len(site.notes), 'note')}, "
               f"{count(len(site.editions), 'edition')}, {count(len(site.config.topics), 'topic')}")
    print(f"{summary}: {verdict(result.diagnostics, advice)}.")
    return EXIT_CONTENT if has_errors(result.diagnostics) else EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from briefgen.scaffold import address_note, new_file

    created, problems = new_file(existing_config(args.config), args.kind, args.title)
    print_diagnostics(problems)
    if created is None:
        return EXIT_CONTENT
    print(f"Created {created}.{address_note(args.title)} Fill in its front matter, remove `draft: true` when it is ready, "
          "then run `briefgen build`.")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from briefgen.scaffold import init_site

    created, problems = init_site(args.dir)
    print_diagnostics(problems)
    if problems:
        return EXIT_CONTENT
    go = "" if Path(args.dir) == Path(".") else f"cd {shlex.quote(str(args.dir))} && "  # (a folder name with spaces)
    print(f"Created a briefgen site in {args.dir} ({len(created)} files). Next: {go}briefgen serve")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from briefgen.preview.command import serve

    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    return serve(existing_config(args.config), args.host, args.port, not args.no_watch, args.drafts, args.open)


def cmd_fetch(args: argparse.Namespace) -> int:
    from briefgen.importer.fetch import FetchOptions, fetch_feeds
    from briefgen.importer.progress import console_progress, summary

    if args.status:
        return cmd_feeds(args)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    path = existing_config(args.config)
    started = time.perf_counter()
    options = FetchOptions(force=args.force, update=args.update, jobs=args.jobs, lock_wait=args.wait)
    with console_progress(args.verbose, total=0) as progress:
        result = fetch_feeds(path, options, progress.feed, progress.downloaded,
                             lambda message: print(message, file=sys.stderr, flush=True))
    print_diagnostics(result.diagnostics)
    if not result.config_ok or not result.feeds and not result.ok:  # config errors, or the lock not had
        return EXIT_CONTENT
    if not result.feeds:
        print("No feeds configured: add a `feeds:` list to config.yaml (each item has a `url:`) and run "
              "`briefgen fetch` again.")
        return EXIT_OK
    for line in summary(result, time.perf_counter() - started, args.update, args.verbose):
        print(shown_line(line))
    return EXIT_OK if result.ok else EXIT_CONTENT


def cmd_feeds(args: argparse.Namespace) -> int:
    from briefgen.importer.status import feed_statuses

    rows, problems = feed_statuses(existing_config(args.config))
    print_diagnostics(problems)
    if has_errors(problems):
        return EXIT_CONTENT
    if not rows:
        print("No feeds configured.")
    for row in rows:
        print(row.line())
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from briefgen.importer.fetch import articles_lock
    from briefgen.importer.review import decide, pending
    from briefgen.load.config import load_config

    path = existing_config(args.config)
    if args.action == "list":
        if args.slugs or args.all:
            raise UsageError("`review list` takes no SLUG or --all")
        items = pending(project_root(path))
        for item in items:
            print(item.line())
        print(f"{len(items)} import{'s' if len(items) != 1 else ''} waiting for review."
              + (" Accept with `briefgen review accept SLUG` (or --all), reject with `briefgen review reject "
                 "SLUG`." if items else ""))
        return EXIT_OK
    if not args.slugs and not args.all:
        raise UsageError(f"`review {args.action}` needs SLUG... or --all")
    config = load_config(path, path.name)[0]  # its allow_symlinks_to: (a broken config allows none)
    with ExitStack() as held:  # not while fetch rewrites a file (also_in) that this edits
        trouble = articles_lock(held, project_root(path), path.name, f"briefgen review {args.action}",
                                LOCK_WAIT, lambda message: print(message, file=sys.stderr, flush=True),
                                config.allow_symlinks_to if config is not None else ())
        if trouble is not None:
            print_diagnostics([trouble])
            return EXIT_CONTENT
        done, problems = decide(project_root(path), args.action, tuple(args.slugs), args.all)
    print_diagnostics(problems)
    for line in done:
        print(shown_line(line))
    if not done and not problems:  # (`--all` with nothing waiting said nothing at all: a trial)
        print("0 imports waiting for review; nothing to do.")
    return EXIT_CONTENT if has_errors(problems) else EXIT_OK


def cmd_opml(args: argparse.Namespace) -> int:
    from briefgen.importer.opml import export_opml, import_opml, write_export

    path = existing_config(args.config)
    if args.action == "export":
        text, problems = export_opml(path)
        print_diagnostics(problems)
        if text is None:
            return EXIT_CONTENT
        if args.file is None:
            sys.stdout.write(text)
        else:
            failed = write_export(args.file, text)
            if failed is not None:
                print_diagnostics([failed])
                return EXIT_CONTENT
            print(f"Wrote {args.file}.")
        return EXIT_OK
    if args.file is None:
        raise UsageError("`opml import` needs the OPML FILE to read")
    lines, problems = import_opml(path, args.file, args.dry_run)
    print_diagnostics(problems)
    for line in lines:
        print(shown_line(line))
    return EXIT_CONTENT if has_errors(problems) else EXIT_OK


COMMANDS = {"build": cmd_build, "check": cmd_check, "new": cmd_new, "init": cmd_init, "serve": cmd_serve,
            "fetch": cmd_fetch, "feeds": cmd_feeds, "review": cmd_review, "opml": cmd_opml}


@kept_patterns()  # the stages' regular expressions as an earlier process compiled them (speed/regexcache.py)
@kept_methods()  # and their dataclasses' methods (speed/methodcache.py)
def main(argv: list[str] | None = None) -> int:
    run_in_utf8_mode(argv)  # file names and arguments are UTF-8 whatever the locale (LC_ALL=C)
    for stream in (sys.stdout, sys.stderr):  # a path that is not UTF-8 (a folder named on another system)
        if hasattr(stream, "reconfigure"):   # is printed with \xNN escapes, never ends the command
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    sys.stdout = PipeReader.wrap(sys.stdout)
    try:  # build and check are single-threaded: no cyclic GC from their first import on (speed/gcpause.py: a
        with paused_gc() if args.command in ("build", "check") else nullcontext():  # check's was 60 ms of 0.8 s)
            return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"briefgen {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # (a build's output is then the complete old or new site: output/commit.py)
        print(f"briefgen {args.command}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        if args.debug:
            raise
        print(f"briefgen: unexpected error: {type(exc).__name__}: {exc}\n"
              "Run again with --debug for a traceback, and please report it.", file=sys.stderr)
        return EXIT_CONTENT


if __name__ == "__main__":
    sys.exit(main())
