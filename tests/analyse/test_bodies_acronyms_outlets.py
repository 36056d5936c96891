"""T14's People index (2026-12-06): "Devices Agency" for "the Medicines and Devices Agency", "Regulatory Agency" for
"the Medicines and Healthcare products Regulatory Agency", "NDEA" (a chemical) and "PPW" (the trade magazine
Pharmacy Practice Weekly, in "told PPW") listed as organisations.

The kinds: a body's name "the X and Y <Head>" whose words no list knows (andnames.and_organisation; a plural noun in
lower case inside: andnames._BRIDGE); an acronym the text shows to be a thing (acronymthings.py; the archive leaves it
off every page, as it does a place); an acronym that spells a site outlet's initials (people._outlet_initials).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word
from support.sites import run_cli, write_site

from briefgen.analyse.acronymthings import acronym_things
from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people

HEADS = ("Agency", "Authority", "Commission", "Council", "Service", "Board")


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in names_in("", text)]


def test_the_reported_bodies() -> None:
    assert mentions("The Medicines and Devices Agency on Monday ordered the recall.") == [
        ("Medicines and Devices Agency", "organisation")]
    assert mentions("It was told by the Medicines and Healthcare products Regulatory Agency on Monday.") == [
        ("Medicines and Healthcare products Regulatory Agency", "organisation")]
    # two bodies stay two: each side a body's name of its own
    assert mentions("The Bank of England and Barclays Bank agreed.") == [
        ("Bank of England", "organisation"), ("Barclays Bank", "organisation")]
    assert mentions("He met the NHS and Care Quality Commission staff.") == [
        ("NHS", "organisation"), ("Care Quality Commission", "organisation")]


@FAST
@given(word, word, st.sampled_from(HEADS), st.sampled_from(("The {} said on Monday.", "It wrote to the {} on Monday.")))
def test_a_body_of_unknown_words_after_the_is_one_name(first: str, second: str, head: str, form: str) -> None:
    assume(first != second)
    name = f"{first} and {second} {head}"
    assert (name, "organisation") in mentions(form.format(name)), mentions(form.format(name))


@FAST
@given(word, word, word, word, st.sampled_from(HEADS))
def test_without_the_two_names_stay_two(given1: str, family1: str, given2: str, family2: str, head: str) -> None:
    text = f"{given1} {family1} and {family2} {head} said on Monday."
    assert not any(" and " in surface for surface, _ in mentions(text)), mentions(text)


def test_the_reported_acronyms() -> None:
    for text in ("The agency found an impurity called NDEA in tablets made by Korvel Pharma.",
                 "Samples contained N-nitrosodiethylamine, or NDEA, an impurity that can form during manufacture.",
                 "The agency recalled 14 batches after finding NDEA, a nitrosamine impurity."):
        assert not [m for m in names_in("", text) if m.surface == "NDEA"], text
    assert acronym_things("the Competition and Markets Authority, or CMA, said", ["CMA"]) == set()
    assert acronym_things("the markets regulator, or CMA, said", ["CMA"]) == set()
    assert acronym_things("the Competition and Markets Authority (CMA) said", ["CMA"]) == set()


@FAST
@given(st.from_regex(r"[A-Z]{3,5}", fullmatch=True), st.sampled_from((
    "a solvent called {}", "an impurity known as {}, which can form in storage", "per- and polyfluoroalkyl substances "
    "(PFAS) and {}, a toxic chemical", "traces of {}, a probable carcinogen")))
def test_an_acronym_shown_to_be_a_thing_is_no_body(acronym: str, form: str) -> None:
    assert acronym_things(f"Inspectors found {form.format(acronym)}.", [acronym]) == {acronym}


def test_an_outlets_initials_are_the_outlet() -> None:
    text = ("Nguyen Thi Lan, president of the Guild of Community Pharmacists, told PPW that members were already "
            "fielding calls. Two wholesalers told PPW they were rationing orders.")
    outlet = find_people("Shortage", text, outlets=("Pharmacy Practice Weekly",))
    assert "PPW" not in [n.full for n in outlet.named]
    assert "PPW" in [n.full for n in find_people("Shortage", text).named]  # (no such outlet: as before)


CONFIG = """\
title: Recall Briefing
timezone: UTC
topics:
  - id: recall
    title: Recall
    keywords: [recall]
sources:
  - name: Pharmacy Practice Weekly
    url: https://ppw.example
"""
BODIES = ["The Medicines and Devices Agency recalled batches after finding NDEA, a nitrosamine impurity.",
          "The Medicines and Devices Agency said the chemicals that form NDEA were in a solvent. Wholesalers told PPW "
          "they were rationing orders.",
          "Two wholesalers told PPW the Medicines and Devices Agency had written to them about NDEA."]


def test_the_people_index_of_a_site(tmp_path: Path) -> None:
    files = {"config.yaml": CONFIG}
    files.update({f"content/articles/a{n}.md": f"---\ntitle: Recall {n}\nsource: Pharmacy Practice Weekly\n"
                  f"published: 2026-03-0{n + 1}\n---\n{body}\n" for n, body in enumerate(BODIES)})
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in (site / "output/people").iterdir() if p.is_dir())
    assert pages == ["medicines-and-devices-agency"], pages
