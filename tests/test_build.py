"""Building real sites into temp dirs: determinism, incremental = cold, drafts, safety."""
from __future__ import annotations

import html
import os
import pickle
import re
import shutil
from pathlib import Path

import pytest

from briefgen import sealed
from briefgen.build import BuildOptions, build
from briefgen.outputchecks import output_check
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import copy_sample, tree_bytes


def _build(site: Path, **options) -> Path:
    result = build(site / "config.yaml", BuildOptions(jobs=options.pop("jobs", 1), **options))
    assert result.ok, [str(d) for d in result.diagnostics]
    return result.output_dir


def _cold_copy(site: Path, dest: Path) -> dict[str, bytes]:
    """Build a fresh copy of the site's inputs (no cache, no output) and return its tree."""
    shutil.copytree(site, dest, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    return tree_bytes(_build(dest))


def test_same_inputs_give_byte_identical_output(tmp_path: Path) -> None:
    first = tree_bytes(_build(copy_sample(tmp_path / "a")))
    second = tree_bytes(_build(copy_sample(tmp_path / "b"), jobs=2))
    assert first == second


def _synthetic_articles(count: int) -> dict[str, str]:
    files = dict(MINIMAL_SITE)
    for n in range(count):
        files[f"content/articles/item-{n:04d}.md"] = (
            f"---\ntitle: Item {n} on the ceasefire\nsource: Outlet {n % 7}\n"
            f"published: 2023-0{1 + n % 9}-{1 + n % 28:02d}\n---\n"
            f"Paragraph {n} about a ceasefire and \"peace talks\".\n\n- point\n- another\n")
    return files


def test_parallel_build_equals_serial_build(tmp_path: Path) -> None:
    files = _synthetic_articles(320)  # above the thresholds for worker processes
    serial = tree_bytes(_build(write_site(tmp_path / "serial", files), jobs=1))
    parallel = tree_bytes(_build(write_site(tmp_path / "parallel", files), jobs=2))
    assert serial == parallel


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


MUTATIONS = {
    "edit body": lambda s: _edit(s / "content/articles/reuters-xi-zelenskiy-call.md", "\n\n", "\n\nA new sentence.\n\n"),
    "edit front matter": lambda s: _edit(s / "content/articles/reuters-xi-zelenskiy-call.md", "title: ", "title: Revised "),
    "rename": lambda s: (s / "content/articles/politico-zelensky-europe-tour.md").rename(s / "content/articles/politico-zelensky-tour.md"),
    "delete": lambda s: (s / "content/articles/le-monde-g7-hiroshima.md").unlink(),
    "change a template": lambda s: (s / "templates/partials").mkdir(parents=True, exist_ok=True) or
        (s / "templates/partials/masthead.html").write_text('<p class="masthead">Changed masthead</p>\n'),
    "change config": lambda s: _edit(s / "config.yaml", "title: Ukraine Diplomacy Briefing", "title: Ukraine Briefing"),
    "change a topic keyword": lambda s: _edit(s / "config.yaml", "      - Wang Yi\n", "      - Wang Yi\n      - Lavrov\n"),
    "add a note": lambda s: (s / "content/notes/new-note.md").write_text(
        "---\ntitle: A new note\ndate: 2023-06-12\nkind: correction\narticles: [ft-counteroffensive-begins]\n---\nFixed.\n"),
    "add a static file": lambda s: (s / "static").mkdir(exist_ok=True) or (s / "static/extra.txt").write_text("x"),
    "remove the static file": lambda s: (s / "static/extra.txt").unlink(),
    "draft an article": lambda s: _edit(s / "content/articles/ft-counteroffensive-begins.md", "---\n", "---\ndraft: true\n"),
}


def test_incremental_builds_equal_cold_builds_after_every_mutation(tmp_path: Path) -> None:
    site = copy_sample(tmp_path / "site")
    _build(site)
    for n, (name, mutate) in enumerate(MUTATIONS.items()):
        mutate(site)
        incremental = tree_bytes(_build(site))
        cold = _cold_copy(site, tmp_path / f"cold-{n}")
        assert incremental == cold, name


# Listings of five stories a page (numbered from the oldest: site/listing.py), so that each
# mutation below moves articles across page boundaries of the topic, source, edition-archive
# and people listings.
PAGING = {
    "add an article older than all": lambda s: (s / "content/articles/early-report.md").write_text(
        "---\ntitle: Early word from Beijing\nsource: Reuters\npublished: 2023-03-01\n---\n"
        "China's envoy Li Hui is to travel to Kyiv, officials said.\n"),
    "add the newest article": lambda s: (s / "content/articles/late-report.md").write_text(
        "---\ntitle: Ceasefire talk fades\nsource: Reuters\npublished: 2023-06-20\n---\n"
        "No ceasefire is in sight, diplomats in Kyiv said.\n"),
    "move an article back in time": lambda s: _edit(s / "content/articles/ft-counteroffensive-begins.md",
                                                    "published: 2023-06-09", "published: 2023-04-02"),
    "move an article to another topic": lambda s: _edit(s / "content/articles/ft-counteroffensive-begins.md",
                                                        "topics: [counteroffensive]", "topics: [china-role]"),
    "delete an article in the middle": lambda s: (s / "content/articles/politico-vilnius-security-guarantees.md").unlink(),
    "delete the oldest article": lambda s: (s / "content/articles/early-report.md").unlink(),
    "page size": lambda s: _edit(s / "config.yaml", "listings: {page_size: 5}", "listings: {page_size: 6}"),
}


def test_incremental_builds_equal_cold_builds_when_articles_cross_page_boundaries(tmp_path: Path) -> None:
    site = copy_sample(tmp_path / "site")
    _edit(site / "config.yaml", "edition: weekly\n", "edition: weekly\nlistings: {page_size: 5}\n")
    first = _build(site)
    assert (first / "topics/china-role/page/2/index.html").is_file()  # the listings really are paginated
    for n, (name, mutate) in enumerate(PAGING.items()):
        mutate(site)
        incremental = tree_bytes(_build(site))
        cold = _cold_copy(site, tmp_path / f"cold-{n}")
        assert incremental == cold, name


def test_foreign_or_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    site = copy_sample(tmp_path / "site")
    _build(site)
    shards = sorted((site / ".briefgen-cache" / "memo").glob("*.pickle"))
    assert shards
    for shard in shards:  # as if written by an older briefgen (sealed: only the version tells it apart)
        version, entries = pickle.loads(sealed.unseal(shard.read_bytes()))
        shard.write_bytes(sealed.seal(pickle.dumps(("briefgen 0.0.0 format 0", entries))))
    _edit(site / "content/articles/reuters-xi-zelenskiy-call.md", "\n\n", "\n\nMore.\n\n")
    assert tree_bytes(_build(site)) == _cold_copy(site, tmp_path / "cold-a")
    for path in (site / ".briefgen-cache").rglob("*"):
        if path.is_file():
            path.write_bytes(b"\x80\x04garbage")
    assert tree_bytes(_build(site)) == _cold_copy(site, tmp_path / "cold-b")


def test_no_change_rebuild_writes_nothing(tmp_path: Path) -> None:
    site = copy_sample(tmp_path / "site")
    output = _build(site)
    before = {p: p.stat().st_ino for p in output.rglob("*")}
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok and result.pages_written == 0
    assert {p: p.stat().st_ino for p in output.rglob("*")} == before


@pytest.mark.parametrize("published, body", [
    ("2099-01-01", "Diplomats met again."),  # dated in the future (load/futuredates.py)
    ("2023-05-10", "Diplomats met\x07 again."),  # a control character, shown as U+FFFD (load/codepoints.py)
])
def test_a_no_change_rebuild_says_the_last_builds_content_warnings_again(tmp_path: Path, published: str,
                                                                           body: str) -> None:
    """A warning must not vanish because nothing changed since the build that gave it."""
    site = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/typo.md": (
        f"---\ntitle: A dated report\nsource: Example Times\npublished: {published}\n---\n{body}\n")})
    first = run_cli(["build"], cwd=site)
    again = run_cli(["build"], cwd=site)
    assert first.returncode == again.returncode == 0, first.stderr
    said = [line for line in first.stderr.splitlines() if "warning" in line]
    assert any("typo.md" in line for line in said)
    assert [line for line in again.stderr.splitlines() if "warning" in line] == said
    cold = build(site / "config.yaml", BuildOptions(jobs=1))
    assert cold.ok and cold.pages_written == 0 and [str(d) for d in cold.diagnostics] == \
        [str(d) for d in build(site / "config.yaml", BuildOptions(jobs=1)).diagnostics]


def test_one_edit_rewrites_only_affected_files(tmp_path: Path) -> None:
    site = copy_sample(tmp_path / "site")
    _build(site)
    _edit(site / "content/articles/reuters-xi-zelenskiy-call.md", "\n\n", "\n\nA new sentence.\n\n")
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    # its page, the listings that show its summary, the feeds, and in search/ the shards of
    # "new" and "sentence" and the display chunk holding its excerpt
    assert result.ok and 0 < result.pages_written < 15


def test_drafts_are_left_out_unless_asked_for(tmp_path: Path) -> None:
    files = dict(MINIMAL_SITE)
    files["content/articles/secret.md"] = ("---\ntitle: Not yet\nsource: Reuters\npublished: 2023-05-08\n"
                                           "draft: true\n---\nDraft body.\n")
    site = write_site(tmp_path / "site", files)
    output = _build(site)
    assert not (output / "articles/secret").exists()
    assert not any("Not yet" in p.read_text() for p in (output / "search").rglob("*.json"))
    output = _build(site, drafts=True)
    assert (output / "articles/secret/index.html").is_file()


HOSTILE_BODY = """\
<script>alert('body')</script>
<a href="javascript:alert('link')">click</a> <a href="JaVaScRiPt:alert(1)">x</a>
<img src="x" onerror="alert('img')"> <p onclick="alert(2)">para</p>
<iframe src="https://evil.example/"></iframe>
<svg onload="alert(3)"><script>alert(4)</script></svg>
<form action="https://evil.example/"><input name="x"></form>
<style>body{display:none}</style>
[markdown link](javascript:alert('md'))
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>
"""


def test_hostile_content_never_reaches_pages_or_feeds(tmp_path: Path) -> None:
    files = dict(MINIMAL_SITE)
    files["content/articles/hostile.md"] = (
        "---\ntitle: \"<script>alert('title')</script> ceasefire\"\nsource: \"<img src=x onerror=alert(1)>\"\n"
        "published: 2023-05-08\nauthor: \"<b onmouseover=alert(1)>x</b>\"\ntags: [\"<svg/onload=alert(1)>\"]\n"
        "topics: [ceasefire-talks]\n---\n" + HOSTILE_BODY)
    files["content/notes/hostile-note.md"] = ("---\ntitle: Note <script>x</script>\ndate: 2023-05-08\n"
                                              "articles: [hostile]\n---\n" + HOSTILE_BODY)
    output = _build(write_site(tmp_path / "site", files))
    checked = 0
    for path in output.rglob("*"):
        if path.suffix not in (".html", ".xml"):
            continue
        text = path.read_text()
        # Feeds carry item HTML escaped inside <description>; a reader unescapes and renders it.
        descriptions = [html.unescape(d) for d in re.findall(r"<description>(.*?)</description>", text, re.S)]
        for form in [text, *descriptions]:
            lowered = form.lower()
            assert "javascript:" not in lowered, path
            assert "data:text/html" not in lowered, path
            assert not re.search(r"<(iframe|svg|style|object|embed)\b", lowered), path
            assert "evil.example" not in lowered, path
            assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", lowered), path
            for tag in re.findall(r"<script\b[^>]*>", lowered):
                assert 'type="application/ld+json"' in tag or re.search(r'src="[./]*assets/search\.js"', tag), \
                    (path, tag)
        checked += 1
    assert checked > 10
    # The search index holds titles as data; the search page must insert them as text only.
    script = (output / "assets" / "search.js").read_text()
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", script)


def test_refuses_a_non_empty_folder_it_did_not_create(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    result = run_cli(["build", "--output", str(precious)], cwd=site)
    assert result.returncode == 1
    assert "not empty and was not made by briefgen" in result.stderr
    assert sorted(os.listdir(precious)) == ["thesis.txt"]
    for dangerous in (".", "content", str(Path.home()), "/"):
        result = run_cli(["build", "--output", dangerous], cwd=site)
        assert result.returncode == 1 and "refusing" in result.stderr, dangerous


def test_source_date_epoch_sets_the_feed_build_date(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    result = run_cli(["build"], cwd=site, env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.returncode == 0, result.stderr
    assert "<lastBuildDate>Tue, 14 Nov 2023 22:13:20 +0000</lastBuildDate>" in \
        (site / "output/feed.xml").read_text()


@pytest.mark.parametrize("base", ["https://example.org/briefing/", "https://example.org"])
def test_base_url_override_changes_absolute_links_only(tmp_path: Path, base: str) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    output = _build(site, base_url=base)
    expected = base if base.endswith("/") else base + "/"
    assert f"<link>{expected}</link>" in (output / "feed.xml").read_text()
    assert 'href="./assets/style.css"' in (output / "index.html").read_text()


class _Collector:
    """An EarlyPages (briefgen.build) that wants some pages and keeps what it is given."""

    def __init__(self, wanted: set[str]) -> None:
        self.wanted, self.given = frozenset(wanted), {}

    def open_pages(self) -> frozenset[str]:
        return self.wanted

    def early_page(self, path: str, data: bytes) -> None:
        self.given[path] = data

    def planned(self, plan, environment, reads_site) -> None:  # type: ignore[no-untyped-def]
        self.plan, self.reads_site = plan, reads_site


def test_early_pages_are_exactly_the_pages_the_build_writes(tmp_path: Path) -> None:
    # Only pages that change are handed over (an unchanged one would only make its tab reload).
    site = copy_sample(tmp_path / "site")
    _build(site)
    wanted = {"articles/moscow-times-wsj-china-talks/index.html", "index.html", "people/index.html",
              "search/index.html", "articles/no-such-article/index.html"}
    before = {path: (site / "output" / path).read_bytes() for path in wanted if (site / "output" / path).exists()}
    article = site / "content/articles/moscow-times-wsj-china-talks.md"
    article.write_text(article.read_text().replace("Avril Haynes", "Avril Haines"))
    early = _Collector(wanted)
    result = build(site / "config.yaml", BuildOptions(early=early))
    assert result.ok, result.diagnostics
    after = {path: (site / "output" / path).read_bytes() for path in before}
    assert set(early.given) == {path for path in before if before[path] != after[path]}
    assert "articles/moscow-times-wsj-china-talks/index.html" in early.given
    assert "search/index.html" not in early.given  # unchanged
    for path, data in early.given.items():
        assert after[path] == data, path
    assert b"Avril Haines" in early.given["articles/moscow-times-wsj-china-talks/index.html"]
    assert [p.path for p in early.plan.pages if p.path in wanted] and early.plan.inputs.root == site.resolve()
    assert early.reads_site == {"article.html": False, **early.reads_site}  # the theme's article page does not


def test_changing_the_markdown_settings_rebuilds_what_was_read_from_the_text(tmp_path: Path) -> None:
    # Plain texts (people, stories, topics, search) and summaries are made from rendered bodies:
    # a `markdown:` change must reach them as a cold build would (found by a helper's fuzzing).
    site = copy_sample(tmp_path / "site")
    article = site / "content/articles/politico-macron-xi-beijing.md"
    article.write_text(article.read_text() + '\n"We are ready -- and willing -- to talk," said Jane Smithson, '
                                             "a senior adviser.\n")
    wsj = site / "content/articles/wsj-china-role-ending-war.md"
    wsj.write_text(wsj.read_text().replace("The Journal reports a quiet shift",
                                           "The Journal -- citing officials -- reports a quiet shift"))
    _build(site)
    config = site / "config.yaml"
    config.write_text(config.read_text() + "\nmarkdown:\n  extensions: [smarty]\n")
    incremental = tree_bytes(_build(site))
    assert incremental == _cold_copy(site, tmp_path / "cold")
    assert "\u2013 and willing \u2013".encode() in incremental["people/jane-smithson/index.html"]


@pytest.mark.parametrize("damage", ["none", "deleted", "edited", "touched", "record lost"])
def test_the_output_check_sees_a_damaged_output_forked_or_not(tmp_path: Path, damage: str) -> None:
    # The no-change check (is output/ exactly as the last build left it?) runs in a forked child
    # for big sites (outputchecks.output_check): the child and the caller must give the same answer.
    import multiprocessing

    from briefgen.speed.cache import BuildCache

    site = copy_sample(tmp_path / "site")
    _build(site)
    output = (site / "output").resolve()
    page = output / "index.html"
    if damage == "deleted":
        page.unlink()
    elif damage == "edited":
        page.write_bytes(page.read_bytes().replace(b"<h1", b"<h1 data-by-hand"))
    elif damage == "touched":
        os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    elif damage == "record lost":
        (BuildCache.state_dir(site, output) / "record.pickle").unlink()
    forked = output_check(site, output, jobs=2, min_record=0)
    serial = output_check(site, output, jobs=1)
    assert forked() == serial() == (damage == "none")
    forked.abandon()
    assert not multiprocessing.active_children()
    # Abandoned before it is asked: the child is stopped and reaped.
    output_check(site, output, jobs=2, min_record=0).abandon()
    assert not multiprocessing.active_children()
    # And the build itself notices: a no-change build repairs the damage, or writes nothing.
    again = build(site / "config.yaml", BuildOptions())
    assert again.ok and (again.pages_written > 0) == (damage != "none")


@pytest.mark.parametrize("include", ['{% include "partials/" ~ "newest.html" %}',
                                     '{% set part = "newest.html" %}{% include "partials/" ~ part %}',
                                     '{% import "partials/" ~ "newest.html" as newest with context %}{{ newest.list() }}'])
def test_a_template_named_at_render_time_still_re_renders_with_the_site(tmp_path: Path, include: str) -> None:
    # A page whose template includes a name computed at render time may read the whole site
    # model (`briefing`) through it: render.environment.template_variables counts it so, and
    # such a page is rendered again when the site changes (found by a helper's trial).
    site = copy_sample(tmp_path / "site")
    (site / "templates" / "partials").mkdir(parents=True, exist_ok=True)
    lister = "{% for e in briefing.entries %}<li>{{ e.article.title }}</li>{% endfor %}"
    (site / "templates" / "partials" / "newest.html").write_text(
        "{% macro list() %}" + lister + "{% endmacro %}" if "import" in include else lister)
    (site / "templates" / "404.html").write_text(
        "<!DOCTYPE html><html lang=en><title>Not found</title><ul>" + include + "</ul></html>\n")
    _build(site)
    article = site / "content/articles/reuters-xi-zelenskiy-call.md"
    article.write_text(re.sub(r"^title: .*$", "title: Renamed for the test", article.read_text(), count=1,
                              flags=re.MULTILINE))
    incremental = tree_bytes(_build(site))
    assert b"Renamed for the test" in incremental["404.html"]
    assert incremental == _cold_copy(site, tmp_path / "cold")


def test_a_failing_template_in_a_subfolder_is_named_relative_to_the_project(tmp_path: Path) -> None:
    site = copy_sample(tmp_path / "site")
    (site / "templates" / "partials" / "deep").mkdir(parents=True, exist_ok=True)
    (site / "templates" / "partials" / "deep" / "broken.html").write_text("<p>\n{{ no_such_thing.field }}</p>\n")
    (site / "templates" / "404.html").write_text(
        '<!DOCTYPE html><html lang=en><title>Not found</title>{% include "partials/deep/broken.html" %}</html>\n')
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert not result.ok
    assert [f"{d.path}:{d.line}" for d in result.diagnostics] == ["templates/partials/deep/broken.html:2"]


def test_a_template_that_is_not_utf8_is_an_error_at_its_line(tmp_path: Path) -> None:
    """It ended the build in UnicodeDecodeError ("unexpected error") and `check` said "no errors"."""
    from support.sites import MINIMAL_SITE, run_cli, write_site

    root = write_site(tmp_path / "s", {**MINIMAL_SITE, "templates/partials/extra.html": "one\ntwo\n"})
    with open(root / "templates/partials/extra.html", "ab") as handle:
        handle.write(b"\xff\n")
    for command in ("build", "check"):
        result = run_cli([command], cwd=root)
        assert result.returncode == 1, (command, result.stderr)
        assert "templates/partials/extra.html:3: not valid UTF-8: byte 0xff" in result.stderr
    assert not (root / "output").exists()


@pytest.mark.parametrize("target", ["../.briefgen-cache", "../output", ".."])
def test_static_links_into_the_builds_own_folders_publish_nothing_of_them(tmp_path: Path, target: str) -> None:
    """A trial's `static/cache -> ../.briefgen-cache` published the cache (drafts in the memo,
    the previous site) and the site grew with every build."""
    from support.sites import MINIMAL_SITE, run_cli, write_site

    draft = "---\ntitle: Secret draft\nsource: X\npublished: 2023-05-10\ndraft: true\n---\nSECRET-DRAFT-WORDS\n"
    root = write_site(tmp_path / "s", {**MINIMAL_SITE, "content/articles/secret.md": draft,
                                       "config.yaml": MINIMAL_SITE["config.yaml"] + "allow_symlinks_to: [.]\n"})
    (root / "static").mkdir()
    (root / "static/link").symlink_to(target)
    counts = []
    for _ in range(3):
        result = run_cli(["build"], cwd=root)
        assert result.returncode == 0, result.stderr
        files = [p for p in (root / "output").rglob("*") if p.is_file()]
        counts.append(len(files))
        assert not any(".briefgen-cache" in p.parts or "spare" in p.parts for p in files)
        if target != "..":  # (a link to the whole project publishes its sources: the editor asked for that)
            assert not any(b"SECRET-DRAFT-WORDS" in p.read_bytes() for p in files)
    assert counts[0] == counts[1] == counts[2]
