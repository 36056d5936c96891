"""Made-up words for property tests of names and quotations: capitalised, in no word list of lexicon.py (so never
a stopword, place, title, role or organisation head), and not shaped like a verb or a plural."""
from __future__ import annotations

from hypothesis import HealthCheck, settings, strategies as st

from briefgen.analyse.lexicon import (DEMONYMS, MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACES, ROLE_NOUNS, STOPWORDS,
                                      SURNAME_PARTICLES, THING_HEADS, TITLE_WORDS)
from briefgen.analyse.nameruns import ABBREVIATED_TITLES, MORE_ORG_HEADS
from briefgen.analyse.occupations import OCCUPATIONS, opening_occupation
from briefgen.analyse.placewords import PLACE_HEADS, PLACE_LEADS
from briefgen.analyse.titlewords import CHURCH_TITLES, CLERICAL_TITLES, INITIAL_TITLES, STYLE_TITLES
from support.examples import examples

FAST = settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES
          | THING_HEADS | SURNAME_PARTICLES | ABBREVIATED_TITLES | OCCUPATIONS | MORE_ORG_HEADS
          | PLACE_HEADS | PLACE_LEADS  # ("Revd": a title, "Author": a job; "Road": "Aaaa Road" is a street, a CI-scale draw)
          | INITIAL_TITLES | CLERICAL_TITLES | CHURCH_TITLES | STYLE_TITLES)  # (the title lists of titlewords.py)
word = (st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9)
        .map(str.capitalize).filter(lambda w: w.lower() not in LISTED and not w.endswith(("ing", "ed", "s"))
                                    and not opening_occupation(w.lower())))
