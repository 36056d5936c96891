"""A breaker's findings in the session's body and acronym rules (BR17, 2026-12-06).

- acronymthings.py read firms and parties as things, which the archive leaves off every page: "GSK, a drug company"
  and "BP, the oil and gas giant" (a substance's noun modifying the appositive's head), "the lifeboat charity, or
  RNLI", "the drugmaker (GSK)", "the nationalist party (SNP)" (a lower-case word before ", or X"/"(X)" that does not
  spell X). Now the substance's noun must head the appositive and the lower-case words must spell the acronym.
- andnames.and_organisation joined "the X and Y <Head>" when the first side is a person's title alone: "the Mayor and
  London Assembly" (T14's rule), and "the Treasury and Financial Conduct Authority" (a body's head alone beside a body
  of two words). Places' and parties' words may stand on either side ("the Social Democratic and Labour Party").
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word
from support.sites import run_cli, write_site

from briefgen.analyse.acronymthings import acronym_things, spelt_out
from briefgen.analyse.names import names_in

ACRONYM = st.from_regex(r"[A-Z]{3,5}", fullmatch=True)
FIRMS = ("a drug company", "the oil and gas giant", "a vaccine maker", "a chemicals group", "the drug firm",
         "a pesticide manufacturer", "the gas supplier")


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in names_in("", text)]


def test_the_reported_acronyms_are_bodies() -> None:
    for text, acronym in (("Shares in GSK, a drug company, fell. GSK said the trial was on track.", "GSK"),
                          ("BP, the oil and gas giant, said profits rose.", "BP"),
                          ("The lifeboat charity, or RNLI, rescued three people. The RNLI said it was proud.", "RNLI"),
                          ("The drugmaker (GSK) recalled the batch. GSK said it regretted the error.", "GSK"),
                          ("The nationalist party (SNP) won the seat. The SNP said voters had spoken.", "SNP")):
        assert acronym_things(text, [acronym]) == set(), text
    # the things stay things
    assert acronym_things("Samples held N-nitrosodiethylamine, or NDEA, an impurity.", ["NDEA"]) == {"NDEA"}
    assert acronym_things("Traces of NDEA, a probable carcinogen, were found.", ["NDEA"]) == {"NDEA"}
    assert acronym_things("NDEA, a nitrosamine impurity that can form in storage, was found.", ["NDEA"]) == {"NDEA"}


@FAST
@given(ACRONYM, st.sampled_from(FIRMS))
def test_a_firm_described_by_its_product_is_no_thing(acronym: str, firm: str) -> None:
    assert acronym_things(f"Shares in {acronym}, {firm}, fell on Monday.", [acronym]) == set()


@FAST
@given(ACRONYM, st.lists(st.from_regex(r"[a-z]{4,9}", fullmatch=True), min_size=1, max_size=3),
       st.sampled_from(("{}, or {}", "{} ({})")))
def test_lower_case_words_that_do_not_spell_it_are_no_expansion(acronym: str, words: list[str], form: str) -> None:
    assume(not any(w[0] == acronym[0].lower() for w in words))  # (the first letter opens no word: no expansion)
    text = f"Police said the {form.format(' '.join(words), acronym)} had been warned."
    assert acronym_things(text, [acronym]) == set(), text


@FAST
@given(st.lists(st.from_regex(r"[a-z]{4,9}", fullmatch=True), min_size=2, max_size=4), st.sampled_from(("{}, or {}", "{} ({})")))
def test_an_expansion_in_lower_case_makes_a_thing(words: list[str], form: str) -> None:
    acronym = "".join(w[0] for w in words).upper()
    assert spelt_out(acronym, " ".join(words))
    text = f"Inspectors found {form.format(' '.join(words), acronym)} in the tablets."
    assert acronym_things(text, [acronym]) == {acronym}, text


def test_a_firm_keeps_its_people_page(tmp_path: Path) -> None:
    bodies = ["Shares in TQX, a drug company, fell after the recall.", "TQX was fined by the regulator on Monday.",
              "The regulator said TQX had written to pharmacies."]
    files = {"config.yaml": "title: Recall Briefing\ntimezone: UTC\ntopics:\n  - id: recall\n    title: Recall\n"
                            "    keywords: [recall]\n"}
    files.update({f"content/articles/a{n}.md": f"---\ntitle: Recall {n}\nsource: The Ledger\n"
                  f"published: 2026-03-0{n + 1}\n---\n{body}\n" for n, body in enumerate(bodies)})
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    assert (site / "output/people/tqx").is_dir(), sorted(p.name for p in (site / "output/people").iterdir())


TITLES = ("Mayor", "Governor", "President", "Chancellor", "Minister")


def test_the_reported_pairs_stay_two() -> None:
    assert mentions("The Mayor and London Assembly disagreed.") == [("London Assembly", "organisation")]
    assert mentions("The Treasury and Financial Conduct Authority said rules would change.") == [
        ("Financial Conduct Authority", "organisation")]
    # one body each: T14's, and bodies whose sides are places' or parties' words
    for name in ("Medicines and Devices Agency", "Social Democratic and Labour Party", "England and Wales Cricket Board",
                 "Cambridgeshire and Peterborough Combined Authority"):
        assert mentions(f"The {name} said on Monday.") == [(name, "organisation")], name


@FAST
@given(st.sampled_from(TITLES), word, st.sampled_from(("Agency", "Authority", "Council", "Assembly", "Commission")))
def test_a_title_alone_is_not_joined_to_a_body(title: str, other: str, head: str) -> None:
    text = f"It wrote to the {title} and {other} {head} on Monday."
    assert not any(" and " in surface for surface, _ in mentions(text)), mentions(text)
