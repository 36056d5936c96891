"""The command line as a user runs it: `python -m briefgen ...` in a real child process.

Exit codes, stdout/stderr and the working directory are part of the contract (SPEC.md:
0 success, 1 content or config errors, 2 usage errors; no traceback for user
mistakes). Commands that do not depend on each other are started together in a
thread pool so that the whole file stays fast.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from support.sites import MINIMAL_SITE, run_cli

Result = subprocess.CompletedProcess[str]
SPEC_COMMANDS = ("init", "build", "serve", "new", "check", "fetch")


def _listed_commands(help_text: str) -> list[str]:
    """Command names from the top-level help's COMMAND list ("    name   summary")."""
    section = help_text.split("COMMAND\n", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^    ([a-z][a-z-]*)\s{2,}\S", section, re.M)


@pytest.fixture(scope="module")
def nowhere(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty folder that is not a site (no config.yaml)."""
    return tmp_path_factory.mktemp("not-a-site")


@pytest.fixture(scope="module")
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=8) as executor:
        yield executor


@pytest.fixture(scope="module")
def top_help(nowhere: Path) -> Result:
    return run_cli(["--help"], nowhere)


@pytest.fixture(scope="module")
def runs(pool: ThreadPoolExecutor, nowhere: Path, top_help: Result) -> dict[str, Future[Result]]:
    """Independent commands run outside any site, started at once; tests wait on the one they need."""
    commands: dict[str, list[str]] = {f"help {c}": [c, "--help"] for c in _listed_commands(top_help.stdout)}
    commands.update({
        "no command": [],
        "unknown command": ["publish"],
        "version": ["--version"],
        "build outside": ["build"],
        "check outside": ["check"],
        "new outside": ["new", "article", "A title"],
        "new bad kind": ["new", "story", "A title"],
        "bad base url": ["build", "--base-url", "example.org/briefing"],
        "bad option": ["build", "--frobnicate"],
    })
    return {name: pool.submit(run_cli, args, nowhere) for name, args in commands.items()}


def assert_no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stderr + result.stdout


# --- help ----------------------------------------------------------------------------------------


def test_top_level_help_lists_every_command_with_a_summary(top_help: Result) -> None:
    assert top_help.returncode == 0, top_help.stderr
    assert top_help.stdout.startswith("usage: briefgen ")
    assert "Build curated news-briefing sites and RSS digests from Markdown." in top_help.stdout
    assert set(SPEC_COMMANDS) <= set(_listed_commands(top_help.stdout))


@pytest.mark.parametrize("command", SPEC_COMMANDS)
def test_every_command_has_help_with_a_description(runs: dict[str, Future[Result]], command: str) -> None:
    result = runs[f"help {command}"].result()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: briefgen {command} ")
    paragraphs = result.stdout.split("\n\n")
    description = paragraphs[1]
    assert not description.startswith(("positional arguments:", "options:")), result.stdout
    assert len(description.split()) >= 4, description
    assert "-h, --help" in result.stdout


def test_every_listed_command_has_working_help(runs: dict[str, Future[Result]]) -> None:
    """Also commands added later (e.g. fetch) that SPEC_COMMANDS does not name yet."""
    helps = {name: future.result() for name, future in runs.items() if name.startswith("help ")}
    assert helps
    assert {name: r.returncode for name, r in helps.items()} == {name: 0 for name in helps}


def test_version(runs: dict[str, Future[Result]]) -> None:
    result = runs["version"].result()
    assert result.returncode == 0
    assert re.fullmatch(r"briefgen \d+\.\d+\.\d+\S*\n", result.stdout)


# --- usage errors exit 2 -------------------------------------------------------------------------


def test_unknown_command_exits_2(runs: dict[str, Future[Result]]) -> None:
    result = runs["unknown command"].result()
    assert result.returncode == 2
    assert "invalid choice: 'publish'" in result.stderr
    assert_no_traceback(result)


def test_no_command_exits_2(runs: dict[str, Future[Result]]) -> None:
    result = runs["no command"].result()
    assert result.returncode == 2
    assert result.stderr.startswith("usage: briefgen")


@pytest.mark.parametrize("name", ["new bad kind", "bad option"])
def test_bad_arguments_exit_2(runs: dict[str, Future[Result]], name: str) -> None:
    result = runs[name].result()
    assert result.returncode == 2
    assert "error:" in result.stderr
    assert_no_traceback(result)


@pytest.mark.parametrize("name, command", [("build outside", "build"), ("check outside", "check"),
                                           ("new outside", "new")])
def test_command_outside_a_site_exits_2_with_a_message(runs: dict[str, Future[Result]], nowhere: Path,
                                                       name: str, command: str) -> None:
    result = runs[name].result()
    assert result.returncode == 2
    assert result.stderr == (
        f"briefgen {command}: no config file at config.yaml; run the command in a site folder, pass "
        "--config FILE, or create a site with `briefgen init`\n")
    assert result.stdout == ""
    assert list(nowhere.iterdir()) == []  # nothing created, not even output/


def test_bad_base_url_is_a_usage_error(runs: dict[str, Future[Result]]) -> None:
    result = runs["bad base url"].result()
    assert result.returncode == 2
    assert result.stderr == ('briefgen build: "--base-url" must be an absolute http(s) URL like '
                             'https://example.org/briefing/, got "example.org/briefing"\n')


# --- init and build -------------------------------------------------------------------------------


def test_init_then_build_makes_a_site_and_init_refuses_to_overwrite(tmp_path: Path) -> None:
    site = tmp_path / "my-briefing"
    init = run_cli(["init", str(site)], tmp_path)
    assert init.returncode == 0, init.stderr
    assert (site / "config.yaml").is_file()
    assert list((site / "content" / "articles").glob("*.md"))

    build = run_cli(["build"], site)
    assert build.returncode == 0, build.stderr
    assert build.stdout.startswith(f"Built {site / 'output'} in ")
    assert_no_traceback(build)
    for path in ("index.html", "feed.xml", "sitemap.xml", "robots.txt", "search/index.json", "404.html",
                 "editions/index.html", "topics/ceasefire-talks/index.html", "topics/ceasefire-talks/feed.xml",
                 "articles/example-ceasefire-framework/index.html"):
        assert (site / "output" / path).is_file(), path
    # Nothing the scaffold wrote for the editor's eyes is published (a static/README.md would be).
    assert (site / "static").is_dir() and not list((site / "static").iterdir())
    assert not [p for p in (site / "output").rglob("*") if p.name.lower().startswith("readme")]

    config_before = (site / "config.yaml").read_bytes()
    (site / "config.yaml").write_bytes(config_before + b"# my edits\n")
    again = run_cli(["init", str(site)], tmp_path)
    assert again.returncode == 2
    assert again.stderr == (f"briefgen init: {site / 'config.yaml'} already exists; briefgen init never "
                            "overwrites a site\n")
    assert (site / "config.yaml").read_bytes() == config_before + b"# my edits\n"


def test_init_in_the_current_folder(tmp_path: Path) -> None:
    result = run_cli(["init"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "config.yaml").is_file()
    assert (tmp_path / ".gitignore").read_text() == "/output/\n/.briefgen-cache/\n"


def test_the_last_line_counts_the_files_written(site_factory: Callable[..., Path]) -> None:
    root = site_factory({**MINIMAL_SITE, "static/robots-note.txt": "one\n"})
    assert "files changed)" in run_cli(["build"], root).stdout
    (root / "static/robots-note.txt").write_text("two\n")  # only this file changes
    assert run_cli(["build"], root).stdout.rstrip().endswith("(1 file changed).")
    assert run_cli(["build"], root).stdout.rstrip().endswith("(nothing changed).")
    (root / "static/robots-note.txt").write_text("two\n")  # the same bytes again: copied, but nothing changed
    assert run_cli(["build"], root).stdout.rstrip().endswith("(nothing changed).")
    (root / "static/robots-note.txt").unlink()  # a build that only removes a file said "(nothing changed)"
    assert run_cli(["build"], root).stdout.rstrip().endswith("(1 file changed).")
    assert not (root / "output/robots-note.txt").exists()


def test_build_with_a_content_error_exits_1_and_writes_nothing(site_factory: Callable[..., Path]) -> None:
    root = site_factory({**MINIMAL_SITE, "content/articles/bad.md": "---\ntitle: T\nsource: S\n"
                                                                    "published: 2023-05-10\ntopics: no\n---\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        'content/articles/bad.md:5: "topics" must be a list like [a, b], got false')
    assert result.stderr.splitlines()[-1] == "Nothing was written; there was no previous output."
    assert not (root / "output").exists()
    assert_no_traceback(result)
    (root / "content/articles/bad.md").unlink()
    assert run_cli(["build"], root).returncode == 0
    (root / "content/articles/bad.md").write_text("---\ntitle: T\n---\n")
    again = run_cli(["build"], root)
    assert again.returncode == 1
    assert again.stderr.splitlines()[-1] == "Nothing was written; the previous output is unchanged."


# --- new -----------------------------------------------------------------------------------------------


def test_new_article_creates_a_draft_file_named_after_the_title(site_factory: Callable[..., Path]) -> None:
    root = site_factory()
    result = run_cli(["new", "article", "Some Title"], root)
    assert result.returncode == 0, result.stderr
    created = root / "content" / "articles" / "some-title.md"
    assert result.stdout.startswith("Created ")
    assert "some-title.md" in result.stdout
    text = created.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: Some Title\n')
    assert "\ndraft: true\n" in text


def test_new_article_refuses_to_overwrite(site_factory: Callable[..., Path]) -> None:
    root = site_factory()
    assert run_cli(["new", "article", "Some Title"], root).returncode == 0
    created = root / "content" / "articles" / "some-title.md"
    created.write_text(created.read_text() + "My edits.\n")
    before = created.read_bytes()
    again = run_cli(["new", "article", "Some Title"], root)
    assert again.returncode == 1
    assert again.stderr.splitlines()[0] == (
        "content/articles/some-title.md:1: already exists; choose another title or edit that file")
    assert created.read_bytes() == before


def test_new_article_builds_with_drafts(site_factory: Callable[..., Path]) -> None:
    root = site_factory()
    assert run_cli(["new", "article", "Some Title"], root).returncode == 0
    build = run_cli(["build", "--drafts"], root)
    assert build.returncode == 0, build.stderr
    assert (root / "output" / "articles" / "some-title" / "index.html").is_file()


def test_new_note_builds_with_drafts_and_is_left_out_without(site_factory: Callable[..., Path]) -> None:
    root = site_factory()
    new = run_cli(["new", "note", "What to watch: Geneva"], root)
    assert new.returncode == 0, new.stderr
    assert (root / "content" / "notes" / "what-to-watch-geneva.md").is_file()
    with_drafts = run_cli(["check", "--drafts"], root)
    assert with_drafts.returncode == 0, with_drafts.stderr
    # The new note is dated today, so it opens an edition of its own.
    assert with_drafts.stdout.splitlines()[-1] == "1 article in 1 story (none told by several reports), 2 notes, 2 editions, 1 topic: no errors, 1 warning above."  # (the placeholders `new` left)
    without = run_cli(["check"], root)
    assert without.stdout.splitlines()[-1] == "1 article in 1 story (none told by several reports), 1 note, 1 edition, 1 topic: no errors, 1 warning above."


# --- check -v ----------------------------------------------------------------------------------------


def test_check_verbose_explains_every_articles_topics(site_factory: Callable[..., Path]) -> None:
    root = site_factory({
        **MINIMAL_SITE,
        "content/articles/weather.md": "---\ntitle: Weather in Geneva\nsource: Other Paper\n"
                                       "published: 2023-05-09\n---\nSunny.\n",
        "content/articles/chosen.md": "---\ntitle: Something\nsource: Other Paper\npublished: 2023-05-09\n"
                                      "topics: [ceasefire-talks]\n---\nText.\n",
    })
    result = run_cli(["check", "-v"], root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "content/articles/chosen.md: ceasefire-talks (explicit)",
        "content/articles/first-report.md: ceasefire-talks (ceasefire \u00d72)",
        "content/articles/weather.md: no topic (shown under Other)",
        "3 stories have one report each, not listed",
        "content/articles/weather.md: matches no topic, listed under Other; add `topics:` or topic keywords",
        # "Weather in Geneva" shares one word with the Geneva talks: not one story (analyse/similarity.py)
        "3 articles in 3 stories (none told by several reports), 1 note, 1 edition, 1 topic: no errors.",  # ("listed under Other" is a note on stdout, no warning: none counted)
    ]
    assert not (root / "output").exists()


def test_check_without_verbose_still_lists_articles_without_topic(site_factory: Callable[..., Path]) -> None:
    root = site_factory({**MINIMAL_SITE, "content/articles/weather.md":
                         "---\ntitle: Weather\nsource: Other Paper\npublished: 2023-05-09\n---\nSunny.\n"})
    result = run_cli(["check"], root)
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "content/articles/weather.md: matches no topic, listed under Other; add `topics:` or topic keywords",
        "2 articles in 2 stories (none told by several reports), 1 note, 1 edition, 1 topic: no errors.",  # ("listed under Other" is a note on stdout, no warning: none counted)
    ]


@pytest.mark.parametrize("args", [["--debug", "build", "-q"], ["build", "-q", "--debug"], ["check", "--debug"]])
def test_debug_is_accepted_before_and_after_the_command(site_factory: Callable[..., Path], args: list[str]) -> None:
    """The crash message says "run again with --debug"; `briefgen build --debug` was a usage error."""
    result = run_cli(args, cwd=site_factory())
    assert result.returncode == 0, result.stderr


def test_check_verbose_lists_no_stories_while_the_config_has_errors(site_factory: Callable[..., Path]) -> None:
    """A trial: with `threshold: 1.5` refused, `check -v` listed stories grouped at the default."""
    config = MINIMAL_SITE["config.yaml"] + "stories:\n  threshold: 1.5\n"
    second = MINIMAL_SITE["content/articles/first-report.md"].replace("Example Times", "Other Paper")
    root = site_factory({**MINIMAL_SITE, "config.yaml": config, "content/articles/retold.md": second})
    result = run_cli(["check", "-v"], root)
    assert result.returncode == 1 and "config.yaml:" in result.stderr
    assert "stories: not listed until config.yaml has no errors" in result.stdout
    assert not [line for line in result.stdout.splitlines() if line.startswith("story ")]


def test_check_does_not_tell_to_add_topics_to_a_file_whose_topics_are_misspelt(
        site_factory: Callable[..., Path]) -> None:
    """A new editor's `topics: [ceasefire-talk]` was an error at its line and also "matches no topic,
    listed under Other; add `topics:` or topic keywords", which told them to add what they had written."""
    article = MINIMAL_SITE["content/articles/first-report.md"].replace(
        "published:", "topics: [ceasefire-talk]\npublished:")
    root = site_factory({**MINIMAL_SITE, "content/articles/first-report.md": article,
                         "content/articles/weather.md":
                         "---\ntitle: Weather\nsource: Other Paper\npublished: 2023-05-09\n---\nSunny.\n"})
    result = run_cli(["check"], root)
    assert result.returncode == 1
    assert 'content/articles/first-report.md:4: unknown topic "ceasefire-talk" (did you mean "ceasefire-talks"?)' \
        in result.stderr
    assert "first-report.md" not in result.stdout
    # an article that really matches no topic is still listed
    assert "content/articles/weather.md: matches no topic, listed under Other" in result.stdout


@pytest.mark.parametrize("command", [["build"], ["check"], ["fetch"], ["new", "note", "A note"]])
def test_a_command_run_inside_a_site_names_the_site_and_the_config_path(site_factory: Callable[..., Path],
                                                                        command: list[str]) -> None:
    """A new editor ran `briefgen build` in content/articles/, where they had been editing, and was told
    only to "run the command in a site folder"."""
    root = site_factory()
    result = run_cli(command, root / "content" / "articles")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (f"briefgen {command[0]}: no config file at config.yaml; this folder is inside the site "
                             f"at {root.resolve()}: run the command there, or pass --config ../../config.yaml\n")
    assert sorted(p.name for p in (root / "content" / "articles").iterdir()) == ["first-report.md"]


def test_another_tools_config_above_is_not_taken_for_a_site(tmp_path: Path) -> None:
    from briefgen.sitefolder import missing_config

    (tmp_path / "config.yaml").write_text("theme: x\n")  # no content/ beside it
    (tmp_path / "docs").mkdir()
    assert missing_config(Path("config.yaml"), tmp_path / "docs") == (
        "no config file at config.yaml; run the command in a site folder, pass --config FILE, "
        "or create a site with `briefgen init`")


def test_the_same_diagnostic_is_said_once(tmp_path: Path) -> None:
    """Reported (a hostile trial, 2026-12-04): a YAML alias bomb in `tags:`/`author:` printed one warning 8 times and
    one error 9 times at the same line. Each diagnostic is printed once, and counted once."""
    from support.sites import write_site

    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/bomb.md": (
        "---\ntitle: &a Hello\nsource: Valley Wire\npublished: 2026-11-01\ntags: &t [*a, *a, *a, *a, *a]\n"
        "author: [*t, *t, *t]\n---\nBody\n")})
    done = run_cli(["check"], root)
    lines = done.stderr.splitlines()
    assert len(lines) == len(set(lines)), done.stderr
    assert 'bomb.md:6: "author" items must be text, got a list' in done.stderr
    assert "1 error;" in done.stderr, done.stderr


def test_check_verbose_escapes_what_file_names_hold(tmp_path: Path) -> None:
    """Reported (a hostile trial, 2026-12-04): a file named `zz<ESC>[31mred<U+202E>.md` was escaped in its error but
    printed raw in `check`'s "matches no topic" line and `check -v`'s topic lines: a shared project's file name
    acted on the editor's terminal."""
    from support.sites import write_site

    name = "zz\x1b[31mred\u202e.md"
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, f"content/articles/{name}": (
        "---\ntitle: Odd name\nsource: Wire\npublished: 2026-11-01\n---\nBody words.\n")})
    done = run_cli(["check", "-v"], root)
    assert "\x1b" not in done.stdout + done.stderr and "\u202e" not in done.stdout + done.stderr
    assert "zz\\x1b[31mred\\u202e" in done.stdout, done.stdout
