"""An outlet or topic listed twice in config.yaml is one error at the repeat (load/config.py).

Found by a trial: `sources:` listing "Example Outlet" twice built without a word, and the page
showed the second entry's url and note only (the first's were lost); "Example  Outlet" beside it
would claim the same page, sources/example-outlet/. A topic id given twice was reported, and
again as two errors at `config.yaml:1` (its page and its feed written twice).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import example, given, settings, strategies as st

from briefgen.checking import check
from briefgen.load.yamltext import load_mapping
from briefgen.load.config import parse_config
from briefgen.site.urls import slugify
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

CONFIG = "title: T\nbase_url: https://example.org/\ntopics:\n{topics}sources:\n{sources}"


def _quoted(name: str) -> str:
    """`name` as a YAML double-quoted scalar (Python's repr, written before, is no YAML for '" : a CI draw)."""
    return yaml.safe_dump(name, default_style='"', width=10**9).strip()


def _config(topics: list[str], sources: list[str]) -> str:
    return CONFIG.format(topics="".join(f'  - id: "{t}"\n    title: Topic\n' for t in topics),
                         sources="".join(f"  - name: {_quoted(n)}\n    note: note {i}\n" for i, n in enumerate(sources))
                         or "  []\n")


def test_the_reported_config_says_what_is_repeated(site_factory) -> None:  # type: ignore[no-untyped-def]
    root = site_factory({**MINIMAL_SITE, "config.yaml": _config(
        ["ceasefire-talks", "ceasefire-talks"], ["Example Times", "Example Outlet", "Example Outlet", "Example  Outlet"])})
    result = run_cli(["check"], cwd=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    problems = [line for line in result.stderr.splitlines() if line.startswith("config.yaml")]
    assert problems == [
        'config.yaml:6: topic id "ceasefire-talks" is used twice (first on line 4)',
        'config.yaml:13: source "Example Outlet" is listed twice (first on line 11); keep one entry',
        'config.yaml:15: source "Example  Outlet" and "Example Outlet" (line 11) would share one page, '
        "sources/example-outlet/; keep one of the two names"], result.stderr


names = st.sampled_from(["Example Outlet", "example outlet", "Example  Outlet", "El País", "El Pais", "Reuters",
                         "Новини", "Вести", "AP", "A.P."]) | st.text(min_size=1, max_size=5)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.lists(names, max_size=6))
@example(["Example Outlet", "Example Outlet"])
@example(["'\""])  # (a fresh-clone CI draw: written as Python's repr, no YAML)
def test_each_name_sharing_an_earlier_ones_page_is_one_error(sources: list[str]) -> None:
    data, problems = load_mapping(_config(["t"], sources), "config.yaml")
    assert data is not None
    config = parse_config(data, "config.yaml", problems)
    texts = [str(p) for p in problems if "sources" not in str(p) or "listed twice" in str(p) or "share" in str(p)]
    named = [s.name for s in config.sources if s.name.strip()]
    repeats = len(named) - len({slugify(n) for n in named})
    assert len([t for t in texts if "listed twice" in t or "would share one page" in t]) == repeats, texts


@settings(max_examples=examples(3), deadline=None, database=None)
@given(st.lists(st.sampled_from(["a", "b", "ceasefire-talks"]), min_size=1, max_size=4))
@example(["ceasefire-talks", "ceasefire-talks"])
def test_a_repeated_topic_id_is_one_error_and_nothing_else(topics: list[str]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        root = write_site(Path(temp), {**MINIMAL_SITE, "config.yaml": _config(["ceasefire-talks", *topics],
                                                                                ["Example Times"])})
        found = [str(d) for d in check(root / "config.yaml").diagnostics if d.severity == "error"]
    assert len(found) == len(topics) + 1 - len({"ceasefire-talks", *topics}), found
    assert all("is used twice" in f for f in found), found


def _people_config(people: list[tuple[str, list[str]]]) -> str:
    return "title: T\ntopics:\n  - id: t\n    title: T\npeople:\n" + "".join(
        f"  - name: {name!r}\n    aliases: {aliases!r}\n" for name, aliases in people)


def test_a_spelling_of_two_people_is_an_error_at_the_later() -> None:
    data, problems = load_mapping(_people_config([("Avril Haines", ["DNI Haines", "the Minister"]),
                                                  ("Avril Haines", ["Avril Haynes"]),
                                                  ("John Doe", ["The  minister"])]), "config.yaml")
    assert data is not None
    parse_config(data, "config.yaml", problems)
    assert [str(p) for p in problems] == [
        'config.yaml:8: warning: "Avril Haines" is declared twice in `people:` (first at line 6); a person is '
        "declared once: merge the two entries (their aliases, one kind) into one",
        'config.yaml:11: "The  minister" (of "John Doe") already names "Avril Haines" (line 7); a spelling can '
        "name one person only: keep it for one of them"]


def test_a_person_declared_twice_is_said_at_the_later_and_an_error_when_the_kinds_differ(tmp_path: Path) -> None:
    # BR24 (2026-12-06): a person declared twice got no word, where a spelling of two people is an error
    config = MINIMAL_SITE["config.yaml"] + ("people:\n  - name: José Pérez\n  - name: Jose Perez\n"
                                            "  - name: José Pérez\n    aliases: [Pepe]\n")
    site = write_site(tmp_path / "a", {**MINIMAL_SITE, "config.yaml": config})
    done = run_cli(["check"], site)
    code, err = done.returncode, done.stdout + done.stderr
    assert code == 0, err
    assert ('config.yaml:11: warning: "José Pérez" is declared twice in `people:` (first at line 9); a person is '
            "declared once: merge the two entries (their aliases, one kind) into one") in err
    assert "Jose Perez" not in err  # (another name, another person: accents tell people apart)
    site = write_site(tmp_path / "c", {**MINIMAL_SITE, "config.yaml": config.replace("- name: José Pérez\n    a",
                                                                                     "- name: josé pérez\n    a")})
    done = run_cli(["check"], site)  # written otherwise, one spelling is lost as the name: the clash's error
    assert done.returncode == 1 and '"josé pérez" (of "josé pérez") already names "José Pérez"' in done.stdout + done.stderr
    site = write_site(tmp_path / "b", {**MINIMAL_SITE, "config.yaml": config.replace(
        "aliases: [Pepe]", "kind: organisation")})
    done = run_cli(["check"], site)
    code, err = done.returncode, done.stdout + done.stderr
    assert code == 1, err
    assert ('config.yaml:11: "José Pérez" is declared twice in `people:` (first at line 9) with another '
            'kind ("read from the text", here "organisation")') in err


spellings = st.sampled_from(["Avril Haines", "avril haines", "the Minister", "The  minister", "DNI Haines", "John Doe",
                             "Haines", "Doe"])


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.lists(st.tuples(spellings, st.lists(spellings, max_size=3, unique=True)), min_size=1, max_size=4))
@example([("Avril Haines", ["the Minister"]), ("John Doe", ["the Minister"])])
def test_without_an_error_every_declared_spelling_names_its_own_person(people: list[tuple[str, list[str]]]) -> None:
    from briefgen.analyse.names import _declared
    from briefgen.analyse.textmatch import normalise

    data, problems = load_mapping(_people_config(people), "config.yaml")
    assert data is not None
    config = parse_config(data, "config.yaml", problems)
    errors = [p for p in problems if p.severity == "error"]
    declared = _declared(config.people)
    lost = [(s, p.name) for p in config.people for s in (p.name, *p.aliases) if declared[normalise(s)] != p.name]
    assert bool(errors) == bool(lost), (errors, lost)
