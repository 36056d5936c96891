"""The briefing's own words: what its title says the whole briefing is about, as story-grouping terms.

Takes the site's title (config.yaml's `title:`); gives the terms (terms.py's forms) of its words: "Drava Valley Flood
Briefing" → drava, valley, flood, briefing (the two-word name terms of a title, "drava valley", are not kept). They
name the briefing's subject, not one event of it.

Why (FX113): in a briefing on one subject most reports use the subject's words, and a small archive's document
frequencies cannot tell them from an event's words: in a 9-article Drava flood briefing, "flood" is a term of 3
articles, as is "spillway" of the three reports of the dam's breach, so a levee that held at Ptuj and insurers'
claims a day later were one story at 0.60 on "flood, Drava, Ožbalt" (0.77 as a briefing of the two alone).
similarity.py never counts these terms as key terms, so they are no event word, no key name (who) and no blocking
key: a pair must show who and what in other words, else it is capped under the threshold (a suggestion at most).

Measured and not adopted (docs/log/stories.md, "FX113"): the topics' titles and one-term keywords as well. Keywords
often name the events themselves (a bakery briefing's topic "Recalls and the claim", keyword "recall": its one recall
story lost a report and the outbreak and recall stories merged, precision 1.000 → 0.739), and the evaluation set's
"sanctions" split the EU's sanctions package. Their weight in the cosine is kept too: weighed at 0 (or halved), the
topic words cost the evaluation set's small briefings a tenth of their true pairs (benchmarks/stories_small.py).
"""
from __future__ import annotations

from briefgen.analyse.terms import term_list


def briefing_terms(title: str) -> frozenset[str]:
    """The one-word terms of the site's `title` (module docstring); an empty title gives none. Never raises."""
    return frozenset(term for term in term_list(title, "") if " " not in term)
