"""Advice for the editor: likely misspellings and borderline story merges, in `check` and `serve`, never published."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefgen.preview.command import Preview
from support.sites import run_cli, write_site
from support.trees import copy_sample


def sample(tmp_path: Path, config_edit: tuple[str, str] | None = None) -> Path:
    site = copy_sample(tmp_path / "site")
    if config_edit:
        config = site / "config.yaml"
        config.write_text(config.read_text().replace(*config_edit))
    return site


@pytest.fixture(scope="module")
def sample_checked(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """`check -v` of the unchanged sample, once for the module's tests that read what it says of the sample (-v adds
    the topic and story listing to stdout; stderr, the warnings and advice, is what `check` prints). Each test had
    checked its own copy (~1 s of CPU a check)."""
    result = run_cli(["check", "-v"], cwd=sample(tmp_path_factory.mktemp("checked")))
    assert result.returncode == 0, result.stderr
    return result


def test_check_flags_a_misspelt_name_at_its_line(tmp_path: Path) -> None:
    # Without the alias the sample declares for it, "Avril Haynes" is a likely misspelling.
    site = sample(tmp_path, ("aliases: [DNI Haines, Avril Haynes, Haines]", "aliases: [DNI Haines, Haines]"))
    assert "Avril Haynes" not in (site / "config.yaml").read_text()
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 0, result.stderr
    flagged = re.findall(r'^(content/articles/[\w-]+\.md):(\d+): warning: "Avril Haynes" may be a misspelling of '
                         r'"Avril Haines"', result.stderr, re.MULTILINE)
    assert flagged
    for path, line in flagged:
        assert "Avril Haynes" in (site / path).read_text().splitlines()[int(line) - 1]


def test_a_misspelt_surname_is_flagged_where_it_stands_alone(site_factory) -> None:
    # "Marhs" is flagged apart from "Helena Marhs": its warning names the line of "Marhs said".
    site = site_factory({
        "config.yaml": ("title: T\nbase_url: https://example.org/\ntopics:\n  - id: talks\n    title: Talks\n"
                        "    keywords: [talks]\npeople:\n  - name: Helena Marsh\n"),
        "content/articles/typo.md": ("---\ntitle: Talks open\nsource: Example Times\npublished: 2023-05-09\n---\n"
                                     "Foreign Minister Helena Marhs opened the talks in Oslo on Tuesday.\n\n"
                                     "\"The room is quiet,\" Marhs said.\n"),
    })
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 0, result.stderr
    flagged = re.findall(r'^content/articles/typo\.md:(\d+): warning: "([^"]+)" may be a misspelling', result.stderr,
                         re.MULTILINE)
    lines = {name: line for line, name in flagged}
    assert lines == {"Helena Marhs": "6", "Marhs": "8"}


def test_the_sample_has_no_false_misspelling_flags(sample_checked: subprocess.CompletedProcess[str]) -> None:
    assert "may be a misspelling" not in sample_checked.stderr


def test_check_suggests_borderline_merges_with_one_story_line(tmp_path: Path) -> None:
    # A threshold nothing reaches turns the sample's stories into suggestions.
    site = sample(tmp_path, ("stories:\n  threshold: 0.5", "stories:\n  threshold: 0.99\n  suggest: 0.5"))
    result = run_cli(["check", "-v"], cwd=site)
    assert result.returncode == 0, result.stderr
    assert re.search(r'content/articles/[\w-]+\.md:1: warning: (this article|its story \(\d articles: .+\)) may '
                     r'belong to the story "[\w-]+" \(score 0\.\d\d, (just|capped) under the threshold[^;]*; shared: .+\); '
                     r"to group them, add `story: [\w-]+`", result.stderr)


def test_a_suggestion_says_what_held_it_apart(tmp_path: Path) -> None:
    """The rates trial's advice piece, moved to the evening after the recall ("After this week's recall of
    …" still true), is a follow-up of it (its lead dates the recall): suggested for the recall's story with
    that reason, so the editor knows why it was not grouped. Its lead dating nothing, it joins the story."""
    site = shutil.copytree(Path(__file__).parent / "stories" / "rates", tmp_path / "site")
    piece = site / "content/articles/b5-which-check-charger.md"
    piece.write_text(piece.read_text().replace("published: 2026-03-12T08:00:00+00:00",
                                               "published: 2026-03-10T22:00:00+00:00"))
    result = run_cli(["check", "-v"], cwd=site)
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if line.startswith("content/articles/b5-which-check-charger.md")
            and '"b1-verge-brightwell-recall"' in line]
    assert len(said) == 1 and "held apart: one report's lead dates the other's event (a follow-up)" in said[0], said
    assert "capped under the threshold by what held it apart" in said[0], said  # (not "just under": a cap, a trial)
    piece.write_text(piece.read_text().replace("After this week's recall of", "After the recall of"))
    joined = run_cli(["check", "-v"], cwd=site)
    assert "b5-which-check-charger.md" not in joined.stderr
    assert re.search(r"^  \S+ +content/articles/b5-which-check-charger\.md$", joined.stdout, re.MULTILINE), joined.stdout


def test_check_verbose_lists_stories_with_members_score_and_evidence(
        sample_checked: subprocess.CompletedProcess[str]) -> None:
    result = sample_checked
    assert re.search(r"^story wsj-china-role-ending-war: 3 reports, score 0\.\d\d, first reported by "
                     r"The Wall Street Journal; shared: .+$", result.stdout, re.MULTILINE)
    assert "  original     content/articles/wsj-china-role-ending-war.md" in result.stdout
    assert "  re-report    content/articles/moscow-times-wsj-china-talks.md" in result.stdout
    assert "17 articles in 13 stories (3 told by several reports)" in result.stdout
    listed = len(re.findall(r"^story [\w-]+: \d+ reports", result.stdout, re.MULTILINE))
    assert listed == 3 and "10 stories have one report each, not listed" in result.stdout  # every story accounted for


def test_serve_shows_the_advice_to_the_editor_and_the_site_never_has_it(tmp_path: Path) -> None:
    site = sample(tmp_path, ("aliases: [DNI Haines, Avril Haynes, Haines]", "aliases: [DNI Haines, Haines]"))
    with Preview(site / "config.yaml", "127.0.0.1", 0, watch=False, jobs=1) as preview:
        from support.sites import REPO_ROOT  # noqa: F401  (the checkout is what runs)
        import http.client
        from urllib.parse import urlsplit

        parts = urlsplit(preview.url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
        connection.request("GET", parts.path)
        page = connection.getresponse().read().decode()
        connection.close()
    assert 'id="briefgen-advice"' in page and "Avril Haynes" in page
    assert run_cli(["build", "-q"], cwd=site).returncode == 0
    assert not any("briefgen-advice" in p.read_text() for p in (site / "output").rglob("*.html"))
    shutil.rmtree(site / "output")


def test_check_flags_a_story_id_one_typo_from_an_existing_story(tmp_path: Path,
                                                               sample_checked: subprocess.CompletedProcess[str]) -> None:
    # A typo in `story:` joins nothing: it would only rename the story's page. The sample's own lone
    # ids (stories kept apart on purpose) are not flagged.
    site = sample(tmp_path)
    assert "may be a typo" not in sample_checked.stderr
    article = site / "content/articles/moscow-times-wsj-china-talks.md"
    text = article.read_text()
    article.write_text(text.replace("---\n", "---\nstory: wsj-china-role-endng-war\n", 1))
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 0, result.stderr
    assert ('content/articles/moscow-times-wsj-china-talks.md:2: warning: story id "wsj-china-role-endng-war" '
            'may be a typo: it is 1 letter from "wsj-china-role-ending-war"') in result.stderr
    assert 'did you mean "wsj-china-role-ending-war"?' in result.stderr


def test_a_lone_story_id_is_never_said_to_mean_its_own_article(tmp_path: Path) -> None:
    # b.md joined a.md's story with `story: a`; a.md was renamed, so "a" named nothing, and the
    # warning asked "did you mean \"b\"?" — the article's own slug. The closest other id is named.
    files = {"config.yaml": "title: T\nbase_url: https://example.org/\ntopics:\n  - id: talks\n    title: Talks\n",
             "content/articles/envoy-visit.md": "---\ntitle: Envoy visits Kyiv\nsource: Wire A\npublished: 2026-03-01\n"
                                       "topics: [talks]\n---\nThe envoy visited Kyiv on Monday.\n",
             "content/articles/envoy-in-kyiv.md": "---\ntitle: Envoy in Kyiv\nsource: Wire B\npublished: 2026-03-02\n"
                                      "topics: [talks]\nstory: envoy-visits\n---\nAn envoy arrived in the capital.\n"}
    site = write_site(tmp_path / "site", files)
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 0, result.stderr
    assert ('content/articles/envoy-in-kyiv.md:6: warning: story id "envoy-visits" may be a typo: it is 1 letter from '
            '"envoy-visit"') in result.stderr and 'did you mean "envoy-visit"?' in result.stderr, result.stderr
    assert 'did you mean "envoy-in-kyiv"' not in result.stderr  # (ids of 4 letters or fewer are no typos: FX117)


def test_misspelling_advice_follows_edits_with_a_long_lived_memo(tmp_path: Path) -> None:
    # serve keeps one memo: the memoised suggestions must change when a name is misspelt or corrected.
    from briefgen.build import BuildOptions, build
    from briefgen.speed.memo import Memo

    site = sample(tmp_path, ("aliases: [DNI Haines, Avril Haynes, Haines]", "aliases: [DNI Haines, Haines]"))
    memo, options = Memo(), BuildOptions(advice=True, jobs=1)

    def flagged() -> set[str]:
        result = build(site / "config.yaml", options, memo)
        assert result.ok and result.advice is not None
        return {d.message.split('"')[1] for d in result.advice if "may be a misspelling" in d.message}

    assert flagged() == {"Avril Haynes"}
    article = site / "content/articles/moscow-times-wsj-china-talks.md"
    text = article.read_text()
    article.write_text(text.replace("Avril Haynes", "Avril Haines"))
    assert flagged() == set()
    article.write_text(text + "\nOne more sentence that names no one.\n")
    assert flagged() == {"Avril Haynes"}


CONFIG_DRONES = ("title: Drones\nbase_url: https://example.org/\ntopics:\n  - id: attacks\n    title: Attacks\n"
                 "    keywords: [drone, drones]\n")


def drone_report(slug: str, story: str) -> str:
    """A one-paragraph article of the Lviv drone story with its `story:` line at line 5."""
    return (f"---\ntitle: Drones hit Lviv, report {slug}\nsource: Kyiv Courier\npublished: 2023-05-08\n"
            f"story: {story}\n---\nDrones struck Lviv overnight.\n")


def drone_check(site: Path, stories: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`check -v` of a site of `drone_report`s (slug → its story: line), written to `site`; it must pass."""
    write_site(site, {"config.yaml": CONFIG_DRONES,
                      **{f"content/articles/{slug}.md": drone_report(slug, story) for slug, story in stories.items()}})
    result = run_cli(["check", "-v"], cwd=site)
    assert result.returncode == 0, result.stderr
    return result


def test_check_warns_of_story_lines_that_name_each_other(tmp_path: Path) -> None:
    # a.md says `story: b`, b.md `story: a`: no id to join. They are one story, under "a", and
    # the warning names both lines; a chain that ends at an id (c → a → lviv-attack) is no problem.
    site = tmp_path / "site"
    result = drone_check(site, {"a": "b", "b": "a"})
    assert ("content/articles/a.md:5: warning: these story: lines name each other's articles, so none gives the "
            "story an id: content/articles/a.md:5 (`story: b`), content/articles/b.md:5 (`story: a`); they are one "
            'story, "a"') in result.stderr
    assert "story a: 2 reports" in result.stdout
    write_site(site, {"content/articles/a.md": drone_report("a", "lviv-attack")})
    chained = run_cli(["check", "-v"], cwd=site)
    assert "name each other" not in chained.stderr and "story lviv-attack: 2 reports" in chained.stdout


def test_check_warns_of_story_lines_that_name_an_article_kept_alone(tmp_path: Path) -> None:
    # a.md says `story: none`; b.md names it, c.md names b (a chain that ends at a): they make a
    # story "a" without a. One warning, at a's line, names both lines; d.md's own id is no problem.
    # A trial: a story page said "First reported by The Verge" without The Verge's report, unsaid.
    result = drone_check(tmp_path / "site", {"a": "none", "b": "a", "c": "b", "d": "lviv-attack"})
    assert ("content/articles/a.md:5: warning: this article says `story: none`, but 2 story: lines name it: "
            "content/articles/b.md:5 (`story: a`), content/articles/c.md:5 (`story: b`); it stays alone, and they "
            'make a story "a" without it.') in result.stderr
    assert result.stderr.count("`story: none`, but") == 1 and "story a: 2 reports" in result.stdout
    # check -v marks the members a story: line placed (all of "a"'s; d is alone, no page)
    assert "  independent  content/articles/b.md  (story: line)\n" in result.stdout
    assert "  independent  content/articles/c.md  (story: line)\n" in result.stdout
    assert "lviv-attack" not in result.stderr  # (when no line names a, nothing is said: the property in
    # tests/analyse/test_story_lines.py)


def test_check_warns_of_a_re_telling_dated_before_the_original_it_credits(
        tmp_path: Path, sample_checked: subprocess.CompletedProcess[str]) -> None:
    """A stories trial: a date-only re-telling a day before the original it credits put "first
    reported by" above a report dated earlier. Same-day dates (one without a time) are no warning."""
    site = sample(tmp_path)
    said = "before the original it credits"
    assert said not in sample_checked.stderr  # the Moscow Times (29 April) after the WSJ (28 April)
    retelling = site / "content/articles/moscow-times-wsj-china-talks.md"
    for date, warned in (("2023-04-28", False), ("2023-04-27", True)):
        retelling.write_text(re.sub(r"published: .*", f"published: {date}", retelling.read_text(), count=1))
        result = run_cli(["check"], cwd=site)
        assert result.returncode == 0, result.stderr
        assert (f"content/articles/moscow-times-wsj-china-talks.md:5: warning: dated {date}, before the original "
                "it credits (The Wall Street Journal, content/articles/wsj-china-role-ending-war.md, dated "
                "2023-04-28)" in result.stderr) == warned, result.stderr
    original = site / "content/articles/wsj-china-role-ending-war.md"  # both with times: the times are shown
    original.write_text(original.read_text().replace("published: 2023-04-28", "published: 2023-04-28T15:00:00+00:00"))
    retelling.write_text(re.sub(r"published: .*", "published: 2023-04-28T09:00:00+00:00", retelling.read_text(), count=1))
    said = run_cli(["check"], cwd=site).stderr
    assert "warning: dated 2023-04-28T12:00:00+03:00, before the original it credits" in said, said
    assert "dated 2023-04-28T18:00:00+03:00); check the `published:`" in said, said
