"""What an output folder holds beyond the new site leaves it with a warning, also when no record says what the
previous build wrote (a hostile trial, 2026-12-04: `rm -rf .briefgen-cache`, `echo example.org > output/CNAME`,
an edit, a build — the CNAME was gone without a word, the README promising "named in a warning")."""
from __future__ import annotations


from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.examples import examples
from support.sites import MINIMAL_SITE, remove_cache, write_site

EXTRA = st.lists(st.sampled_from(["CNAME", ".nojekyll", "extra/a.txt", "articles/old-page/index.html",
                                  "google123.html", "deep/er/file.json"]), min_size=1, max_size=4, unique=True)


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extra=EXTRA, edited=st.booleans())
def test_files_the_new_site_lacks_are_named_when_the_cache_is_gone(tmp_path_factory, extra: list[str],
                                                                   edited: bool) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("left") / "site", MINIMAL_SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    remove_cache(root)
    for path in extra:
        (root / "output" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "output" / path).write_text("mine")
    if edited:
        article = root / "content/articles/first-report.md"
        article.write_text(article.read_text().replace("title: ", "title: Edited ", 1))
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    said = [d.message for d in result.diagnostics if "now removed" in d.message]
    assert len(said) == 1, [str(d) for d in result.diagnostics]
    for path in extra:
        outermost = path.split("/")[0] if not path.startswith("articles/") else path.rsplit("/", 1)[0]
        assert outermost in said[0], (path, said)
        assert not (root / "output" / path).exists()
    again = build(root / "config.yaml", BuildOptions(jobs=1))  # (with a record: nothing more to say)
    assert not [d for d in again.diagnostics if "now removed" in d.message]
