"""The story's common words, which make no two sentences of its reports one fact (compare.py, 2026-12-05).

A story page paired sentences that shared only the words every report repeats — its subject, "said", "council", a
weekday: a trial's "More than 200 people crowded into Harcastle's Corn Exchange on Saturday as the Northern Arts Fund
heard arguments over its grant to the town's art museum." stood in one row with "The Northern Arts Fund is considering
reducing its support for the Harcastle Museum of Art from £4.2m a year to £2.5m.", which share only the fund's and
the museum's names. A word rare in the archive may be common within a story, so commonness is read within the story.

Rule (`common_terms`): a term is common when more of the story's sentences hold it than RARE_PER_REPORT times the
number of reports (a fact's own words stand about once in each report that tells it), and so is every term of a name
of two capitalised words or more ("Northern Arts Fund", "Harcastle Museum of Art") one of whose terms is common: the
subject named in full is as common as its short form ("the fund"), however seldom it is written in full. Two
reports' opening sentences still match on common words (compare.py): they tell the story's event in them. Tuned on
the labelled sentences of tests/stories/eval/adds.yaml (docs/log/stories.md, "What each report adds").
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.terms import term_of, words

RARE_PER_REPORT = 1.0  # sentences a report a term may stand in and stay no common word (docs/stories.md)
# A name of two capitalised words or more ("Northern Arts Fund", "Harcastle Museum of Art"), "of", "the", "and" inside
_NAME_RUN = re.compile(rf"{CAPITAL}[\w\u2019'-]*(?:\s+(?:(?:of|the|and|for)\s+)?{CAPITAL}[\w\u2019'-]*)+")


def common_terms(reports: Sequence[Sequence[str]], counts: Mapping[str, int]) -> frozenset[str]:
    """The story's common terms (module docstring). `reports`: each report's sentences; `counts`: per term, the
    number of the story's sentences that hold it (its terms as compare.py reads them)."""
    common = frozenset(term for term, count in counts.items() if count > RARE_PER_REPORT * len(reports))
    if not common:
        return common
    found = set(common)
    for sentences in reports:
        for sentence in sentences:
            for run in _NAME_RUN.findall(sentence):
                named = {t for t in map(term_of, words(run)) if t}
                if named & common:
                    found |= named
    return frozenset(found)
