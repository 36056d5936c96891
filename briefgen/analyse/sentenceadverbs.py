"""Adverbs that open a sentence and are never part of a name, for lexicon.STOPWORDS (2026-12-07).

A lead's check of T28's colon lead-ins found "Finally Akiko Sato was blunt: “…”" spoken by a person "Finally Akiko
Sato", and "Separately Akiko Sato said …", "Reportedly Kenji Mori …" named persons "Separately Akiko Sato", "Reportedly
Kenji Mori": a sentence's first word is dropped from a run only when it is a stopword (names.py, fullnames.py,
quotespeakers.py), and STOPWORDS held "meanwhile", "instead", "later" but no adverb in -ly. English press copy opens
sentences with these without a comma. Left out on purpose: adverbs that are also surnames or given names ("Early",
"Kindly", "Hardly", "Shortly", "Lately", "Only" is a stopword already).
"""
from __future__ import annotations

SENTENCE_ADVERBS = frozenset("""
finally eventually separately notably reportedly allegedly previously initially similarly ultimately unsurprisingly
surprisingly crucially additionally importantly interestingly ironically consequently accordingly subsequently
currently recently originally officially publicly privately traditionally historically typically generally usually
normally frequently occasionally increasingly understandably predictably fortunately unfortunately thankfully
hopefully admittedly apparently evidently obviously clearly certainly undoubtedly presumably supposedly arguably
possibly probably specifically particularly especially primarily mainly largely partly briefly simply basically
essentially effectively practically virtually literally frankly honestly seriously personally technically legally
politically economically financially internationally domestically locally globally immediately suddenly gradually
formerly secondly thirdly lastly firstly nevertheless nonetheless furthermore besides overall elsewhere likewise
otherwise perhaps maybe afterwards altogether regardless conversely alternatively critically tellingly curiously
remarkably strikingly notoriously famously privately confidentially anonymously
""".split())
