"""BR29's minor regression of 2c70b7ec (FX36 #4, 2026-12-07): with the sources "The Nation" and "Daily Nation",
`source: Nation` silently became "The Nation" (its key, "nation", is The Nation's); before it warned 'unknown source
"Nation" (did you mean "The Nation"?)'. The Daily Nation is often called "Nation": a short form two sources share is
ambiguous and warned of at its line, kept as written (viaoutlets.source_named). The name itself in any case is the
source (2c70b7ec's "the nation" for The Nation: one outlet page), and a short form of one source alone is as before.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, strategies as st

from briefgen.checking import check

PAIRS = (("The Nation", "Daily Nation", "Nation"), ("The Star", "Morning Star", "Star"),
         ("The Herald", "Glasgow Herald", "herald"), ("The Standard", "Evening Standard", "STANDARD"))


def _site(root: Path, sources: tuple[str, ...], field: str, written: str) -> Path:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text("title: B\nbase_url: https://example.org/\nlanguage: en\ntimezone: UTC\nsources:\n"
                                      + "".join(f"  - name: {s}\n    url: https://{i}.example\n"
                                                for i, s in enumerate(sources)), encoding="utf-8")
    lines = f"source: {written}\n" if field == "source" else f"source: {sources[0]}\nvia: {written}\n"
    (root / "content" / "articles" / "story.md").write_text(
        f"---\ntitle: 'Budget passed'\n{lines}published: '2026-11-20T10:00:00Z'\n---\nParliament passed the budget.\n",
        encoding="utf-8")
    return root


@given(st.sampled_from(PAIRS), st.sampled_from(("source", "via")))
def test_a_short_form_two_sources_share_warns(tmp_path_factory, pair: tuple[str, str, str], field: str) -> None:
    """Sources' pairs x the short form (any case) x either field: a warning naming both sources at the field's line
    (before: silently the "The …" one)."""
    the, other, short = pair
    result = check(_site(tmp_path_factory.mktemp("short"), (the, other), field, short) / "config.yaml")
    assert [(p.line, p.message) for p in result.diagnostics if "several outlets" in p.message] == [
        (3 if field == "source" else 4, f'"{field}" is "{short}", a name of several outlets of `sources:` '
         f'({", ".join(sorted((the, other)))}): write the one meant, as in "{field}: {sorted((the, other))[0]}"')]


@given(st.sampled_from(PAIRS))
def test_the_name_in_another_case_and_one_sources_short_form_do_not_warn(tmp_path_factory, pair) -> None:
    """Guards: "the nation" is The Nation; "Nation" with The Nation alone is it (no other source ends so)."""
    the, other, short = pair
    for sources, written in (((the, other), the.lower()), ((the, "Reuters"), short)):
        result = check(_site(tmp_path_factory.mktemp("one"), sources, "source", written) / "config.yaml")
        assert not [p for p in result.diagnostics if "source" in p.message], (sources, written)
        (outlet,) = [o.name for o, _ in result.plan.site.outlets]
        assert outlet == the
