"""The briefing's own words: what its title says the whole briefing is about, as story-grouping terms.

Takes the site's title (config.yaml's `title:`); gives the terms (terms.py's forms) of its words: "Drava Valley Flood
Briefing" → drava, valley, flood, briefing (the two-word name terms of a title, "drava valley", are not kept). They
name the briefing's subject, not one event of it.

Why (FX113): in a briefing on one subject most reports use the subject's words, and a small archive's document
frequencies cannot tell them from an event's words: in a 9-article Drava flood briefing, "flood" is a term of 3
articles, as is "spillway" of the three reports of the dam's breach, so a levee that held at Ptuj and insurers'
claims a day later were one story at 0.60 on "flood, Drava, Ožbalt" (0.77 as a briefing of the two alone).
similarity.py never counts these terms as an event word (what happened), in a pair or in its leads: a pair must
show what happened in other words, else it is capped under the threshold (a suggestion at most). They keep their
weight in the cosine, and a name among them ("Drava") can still be who, as the subject's name is (subjectnames.py).

Measured and not adopted (docs/log/stories.md, "FX113"): the first version took the topics' titles and one-term
keywords too and made all of them never key (never who, nor a blocking key): keywords often name the events
themselves (the evaluation set's "sanctions" split the EU's sanctions package), and the bakery set's recall reports
shared one key name, "Marrow" of its title ("Marrow Valley Food Safety Briefing"), so its recall story lost a report
and, without it, merged with the outbreak story (precision 1.000 → 0.739; the title's words alone, never key, did
the same). A weight of 0 (or half) cost the evaluation set's small briefings a tenth of their true pairs.
"""
from __future__ import annotations

from briefgen.analyse.terms import term_list


def briefing_terms(title: str) -> frozenset[str]:
    """The one-word terms of the site's `title` (module docstring); an empty title gives none. Never raises."""
    title = title.encode("utf-8", "replace").decode("utf-8")  # (a lone surrogate a YAML escape can write: no word)
    return frozenset(term for term in term_list(title, "") if " " not in term)
