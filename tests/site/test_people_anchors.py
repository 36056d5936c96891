"""Each person's id on the people index is unique, also when two names give one slug.

"José Ruiz" and "Jose Ruiz" have pages people/jose-ruiz/ and people/jose-ruiz-2/, but both
were id="person-jose-ruiz" on the people index (Nu: Duplicate ID "person-jose-ruiz").
Generated spellings of one name, declared and named in an article: one site, one Nu run. Spellings
that differ only in case or spacing ("JOSE RUIZ") are one spelling to the name index, and declaring
them for two people is a config error since 11c3518: one of each such group is declared.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from support.htmlcheck import require_vnu, validate_html
from support.sites import run_cli, write_site
from support.examples import examples

FIRST = st.sampled_from(["José", "Jose", "JOSE", "Jóse", "Jose-", "Josè"])
LAST = st.sampled_from(["Ruiz", "RUIZ", "Ruíz", "Ruiz 2", "Ruiz-2", "Rúiz"])


def test_people_whose_names_slug_alike_have_distinct_anchors(tmp_path: Path) -> None:
    require_vnu()
    names = ["José Ruiz", "Jose Ruiz"]  # the reported input (with "JOSE RUIZ", now one spelling with "Jose Ruiz")

    @settings(derandomize=True, database=None, deadline=None, max_examples=examples(20),
              phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(FIRST, LAST)
    def collect(first: str, last: str) -> None:
        names.append(f"{first} {last}")

    collect()
    unique = sorted({" ".join(name.lower().split()): name for name in sorted(set(names))}.values())
    files = {"config.yaml": "title: P\ntopics:\n  - id: t\n    title: T\npeople:\n"
                            + "".join(f'  - name: "{name}"\n' for name in unique),
             "content/articles/a.md": "---\ntitle: A\nsource: S\npublished: 2023-05-01\n---\n"
                                      + " ".join(f'"We spoke," said {name}.' for name in unique) + "\n"}
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    index = root / "output/people/index.html"
    assert 'id="person-jose-ruiz-2"' in index.read_text(encoding="utf-8")
    assert validate_html([index]) == []
