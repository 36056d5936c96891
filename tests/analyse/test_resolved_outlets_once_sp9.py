"""SP9 (2026-12-07): `viaoutlets.resolved_outlets` asks `source_named` once per distinct (value, field), not once per
article (at 100,000 articles an `outlet_key` for each field of each article on every rebuild). The answer is a function
of the value, the field and the site's sources, so the articles and warnings must be those of asking for each article:
this property compares the two over draws that repeat values across articles, in other cases and spacings, with forms
of several sources and unknown names."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.outletkeys import bare, name_forms, outlet_key
from briefgen.analyse.viaoutlets import resolved_outlets, source_named
from briefgen.diagnostics import did_you_mean, warning
from briefgen.load.config import Source

SOURCES = ("Agencia Informativa del Pacífico (AIP)", "The Nation", "Daily Nation", "Reuters", "Ulster News (UN)")
WRITTEN = ("", "AIP", "aip", "Agencia Informativa del Pacífico", "Nation", "the  nation", "Daily Nation", "Reuters",
           "reuters", "UN", "Reuter", "Mining Weekly", "FT")


def _one_by_one(articles, config):
    """The resolution as it was written before SP9: `source_named` asked for every article's two fields."""
    sources = {outlet_key(s.name): s.name for s in config.sources}
    forms: dict[str, set[str]] = {}
    for name in sources.values():
        for form in name_forms(name):
            forms.setdefault(bare(form), set()).add(name)
    found, problems = [], []
    for article in articles:
        changed = {}
        for field, line in (("source", article.source_line), ("via", article.via_line)):
            written = getattr(article, field)
            name, problem = source_named(written, field, sources, forms)
            if name:
                changed[field] = name
            elif problem:
                problems.append(warning(article.path, line, problem))
            elif field == "source" and written and sources and written not in sources.values():
                hint = did_you_mean(written, sources.values())
                if hint:
                    problems.append(warning(article.path, line, f'unknown source "{written}"{hint}; outlets are listed '
                                            "under `sources:` in config.yaml (add it there if it is a new one)"))
        found.append(factories.article(**{**{f: getattr(article, f) for f in article.__dataclass_fields__}, **changed})
                     if changed else article)
    return tuple(found), problems


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WRITTEN), st.sampled_from(WRITTEN)), min_size=1, max_size=12),
       st.sets(st.sampled_from(SOURCES)))
def test_resolved_once_per_value_is_resolved_per_article(fields: list[tuple[str, str]], sources: set[str]) -> None:
    config = factories.config(sources=tuple(Source(name, "", "") for name in sorted(sources)))
    articles = tuple(factories.article(f"a{i}", source=source or "Example Times", via=via, source_line=2, via_line=3)
                     for i, (source, via) in enumerate(fields))
    assert resolved_outlets(articles, config) == _one_by_one(articles, config)
