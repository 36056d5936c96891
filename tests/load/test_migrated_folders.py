"""Folders and settings files of another generator, copied into a briefgen project, are named.

A migration trial copied a Jekyll site's `_drafts/` into content/articles/: its drafts were published
without a word (briefgen decides by `draft:` alone, SPEC.md); now such a file without `draft:` is an
error saying to write `draft: true` (or `draft: false`). The same trial ran briefgen beside `hugo.toml`
or a `config.yml` and was told only to "run the command in a site folder"; now the file is named
(briefgen/sitefolder.py).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.sitefolder import _OTHER_SETTINGS, missing_config
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

ARTICLE = "---\ntitle: Kyiv responds\nsource: Example Times\npublished: 2023-05-01\n{draft}---\nThe ceasefire talks.\n"
NOTE = "---\ntitle: Why Geneva\ndate: 2023-05-01\ntopics: [ceasefire-talks]\n{draft}---\nContext.\n"
DRAFTS_ERROR = ("this file is in a `_drafts/` folder, where Jekyll keeps drafts, but briefgen publishes a file unless "
                "it says `draft: true`: write `draft: true` to keep it a draft, or `draft: false` to publish it")


# Every (kind, folder) the property drew from — 2 × 3, each with no `draft:`, `draft: true` and `draft: false`: 18
# files, ~7 of them drawn a run as a build each — in two sites, one build each: the files without `draft:` (the
# build fails, naming each at its front matter) and those with it (2026-12-07, CT4: the suite's time). Each file has
# a title of its own, so what is published is told file by file.
PLACES = [(kind, folder) for kind in ("articles", "notes") for folder in ("_drafts", "_posts/_drafts", "2023/_drafts")]


def _drafts(draft: str) -> dict[str, str]:
    """A file of each of PLACES saying `draft` (the n-th titled "… n0N", its body its own), by its path."""
    files = {}
    for n, (kind, folder) in enumerate(PLACES):
        text = (ARTICLE if kind == "articles" else NOTE).format(draft=draft)
        files[f"content/{kind}/{folder}/unfinished-{n}.md"] = (
            text.replace("Kyiv responds", f"Kyiv responds n0{n}").replace("Why Geneva", f"Why Geneva n0{n}")
            .replace("The ceasefire talks.", f"The ceasefire talks, day {n}.").replace("Context.", f"Context {n}."))
    return files


def test_a_file_in_a_drafts_folder_without_draft_is_an_error_at_its_front_matter(tmp_path: Path) -> None:
    files = _drafts("")
    site = write_site(tmp_path / "site", {**MINIMAL_SITE, **files})
    result = run_cli(["build"], site)
    assert result.returncode == 1
    for path in files:
        assert f"{path}:2: {DRAFTS_ERROR}" in result.stderr.splitlines(), (path, result.stderr)
    assert not (site / "output").exists()


def test_a_file_in_a_drafts_folder_is_published_or_left_out_as_its_draft_says(tmp_path: Path) -> None:
    kept, shown = _drafts("draft: true\n"), _drafts("draft: false\n")
    site = write_site(tmp_path / "site", {**MINIMAL_SITE, **kept,
                                          **{path.replace("unfinished-", "finished-"): text.replace(" n0", " n1")
                                             for path, text in shown.items()}})
    result = run_cli(["build"], site)
    assert result.returncode == 0, result.stderr
    assert "_drafts" not in result.stderr
    pages = "".join(page.read_text() for page in (site / "output/editions").rglob("index.html"))
    for n, (kind, _) in enumerate(PLACES):
        title = "Kyiv responds" if kind == "articles" else "Why Geneva"
        assert f"{title} n0{n}" not in pages, (kind, n)  # draft: true
        assert f"{title} n1{n}" in pages, (kind, n)  # draft: false


def test_a_drafts_folder_elsewhere_and_a_file_named_drafts_are_quiet(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/drafts/a.md": ARTICLE.format(draft=""),
        "content/articles/x_drafts/b.md": ARTICLE.format(draft="").replace("Kyiv responds", "Kyiv answers"),
        "content/articles/_drafts.md": ARTICLE.format(draft="draft: true\n")})
    result = run_cli(["build"], site)
    assert result.returncode == 0, result.stderr
    assert "Jekyll keeps drafts" not in result.stderr


@given(st.sampled_from(_OTHER_SETTINGS))
@example("hugo.toml")
@example("config.yml")
def test_another_generators_settings_beside_a_missing_config_are_named(name: str) -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / name).write_text("title = 'x'\n")
        (Path(work) / "content").mkdir()  # a generator's site: its settings and its content
        message = missing_config(Path("config.yaml"), Path(work))
    assert message == (f"no config file at config.yaml; {name} here holds another generator's settings, which "
                       "briefgen does not read: write config.yaml in YAML (`briefgen init` in an empty folder "
                       'writes one to start from; README.md, "Moving from another generator", says which '
                       "settings carry over)")


OTHER_TOOLS = st.sampled_from([
    "services:\n  web:\n    image: nginx\n",  # docker-compose
    "version: 2.1\njobs:\n  build:\n    docker:\n      - image: python:3.11\n",  # CircleCI
    "title: Lint rules\nrules:\n  line-length: 100\n",  # a linter's, with a title
    '{"name": "x", "port": 8080}\n', "[server]\nport = 8080\n", ""])


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(["config.yml", "config.toml", "config.json"]), OTHER_TOOLS,
       st.sampled_from(["", "base_url: https://example.org/\n", "topics:\n  - id: gas\n"]))
@example("config.yml", "services:\n  web:\n    image: nginx\n", "")  # the reported input: docker-compose's
@example("config.yml", "title: Brief\n", "base_url: https://example.org/\n")  # briefgen's, misnamed
def test_any_tools_config_beside_a_missing_config_is_not_to_be_renamed(name: str, text: str, own: str) -> None:
    """A folder without config.yaml and content/ that holds a docker-compose or CI `config.yml` was told
    "rename config.yml to config.yaml", which breaks that tool; only a config.yml holding briefgen's own
    keys (base_url:, topics: …) is to be renamed, and a tool's file is not called a generator's."""
    import tempfile
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / name).write_text(text + (own if name == "config.yml" else ""))
        message = missing_config(Path("config.yaml"), Path(work))
    if name == "config.yml" and own:
        assert message == "no config file at config.yaml; rename config.yml to config.yaml (briefgen reads only that name)"
    else:
        assert message == ("no config file at config.yaml; run the command in a site folder, pass --config FILE, "
                           "or create a site with `briefgen init`")


def test_a_hugo_site_folder_gets_the_named_message_from_the_command(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    (tmp_path / "content").mkdir()
    result = run_cli(["build"], tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("briefgen build: no config file at config.yaml; hugo.toml here holds another "
                                    "generator's settings")
    assert not (tmp_path / "output").exists()
