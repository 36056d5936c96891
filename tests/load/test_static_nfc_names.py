"""A static file is published under its name composed (NFC), whatever form the disk gave it.

Peers' report: Hugo issues 2203 and 4853 ("Umlauts in static filenames fail to serve on macOS"),
bep/s3deploy 35. macOS (HFS+, and files copied from it) saves "Zoë-report.pdf" decomposed (NFD);
briefgen published it under that name, while the editor's link to it — composed, like every text
briefgen reads, and like the addresses browsers ask for — was reported as leading to a file "this
site does not have", and answered 404 once the site was copied to a Linux host.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.load.confinement import Confinement
from briefgen.load.staticfiles import static_files
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

NFC, NFD = (lambda text: unicodedata.normalize("NFC", text)), (lambda text: unicodedata.normalize("NFD", text))
LETTERS = "aeoučéëåøñüßÅĆ-"
NAME = st.text(st.sampled_from(LETTERS), min_size=1, max_size=6)


def test_the_reported_file_is_published_composed_and_its_link_found(tmp_path: Path) -> None:
    root = write_site(tmp_path, dict(MINIMAL_SITE, **{"content/articles/with-report.md": (
        "---\ntitle: The report on a ceasefire\nsource: Example Times\npublished: 2023-05-10\n---\n"
        "Read [the report](../../Zo%C3%AB-report.pdf) on the ceasefire talks.\n")}))
    (root / "static").mkdir()
    (root / "static" / NFD("Zoë-report.pdf")).write_bytes(b"%PDF-1.4 report")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 0, result.stderr
    assert "does not have" not in result.stderr
    assert [p.name for p in (root / "output").iterdir() if p.name.startswith("Zo")] == [NFC("Zoë-report.pdf")]
    assert (root / "output" / NFC("Zoë-report.pdf")).read_bytes() == b"%PDF-1.4 report"


def test_both_forms_of_one_name_are_an_error_naming_both(tmp_path: Path) -> None:
    root = write_site(tmp_path, MINIMAL_SITE)
    (root / "static").mkdir()
    (root / "static" / NFD("Zoë.pdf")).write_bytes(b"decomposed")
    (root / "static" / NFC("Zoë.pdf")).write_bytes(b"composed")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1
    assert (f"static/{NFC('Zoë.pdf')}:1: static/{NFC('Zoë.pdf')} (composed) and static/{NFD('Zoë.pdf')} "
            "(decomposed, as macOS saves names) are both published as Zoë.pdf") in result.stderr
    assert not (root / "output").exists()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("static-forms")


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.tuples(NAME, st.sampled_from([NFC, NFD])), min_size=1, max_size=6))
@example(names=[("Zoë-report", NFD)])
@example(names=[("café", NFC), ("café", NFD)])
def test_every_name_is_published_composed_and_two_forms_of_one_name_are_one_error(
        folder: Path, names: list[tuple[str, object]]) -> None:
    root = folder / f"s{abs(hash(tuple((n, f is NFC) for n, f in names)))}"
    (root / "static" / "docs").mkdir(parents=True, exist_ok=True)
    written = {}
    for name, form in names:
        disk = form(f"{name}.txt")  # type: ignore[operator]
        path = root / "static" / "docs" / disk
        path.write_text(disk, encoding="utf-8")
        written[f"static/docs/{disk}"] = path
    found, problems = static_files(root, Confinement((str(root.resolve()),)))
    own = {key: source for key, source in found.items() if not key.startswith("assets/")}
    on_disk = {f"static/docs/{p.name}" for p in (root / "static" / "docs").iterdir()}
    composed = {NFC(rel.removeprefix("static/")) for rel in on_disk}
    assert set(own) == composed  # every file is published, under its composed name, and only there
    assert all(unicodedata.is_normalized("NFC", key) and NFC(source.name) == key.rsplit("/", 1)[1]
               for key, source in own.items())
    clashes = [d for d in problems if "differ only in the Unicode form" in d.message]
    assert len(clashes) == len(on_disk) - len(composed)  # one error for each file beyond the first of a name
    assert all(d.severity == "error" and d.path in on_disk for d in clashes)
