"""Verbs of saying of the press's higher register, as Nigerian, Ghanaian, South Asian and British papers use them.

`lexicon.SPEECH_VERBS` held the verbs of wire copy ("said", "stated", "noted", "maintained"), and a frame of any
other verb had no speaker: T26 (a Nigerian fuel-subsidy briefing, 2026-12-07) lost '"…," lamented Mrs Bisi
Adeyemi', '"…," Ajaero lamented' and 'Otunba Kayode Adebayo-Lawal … averred that the listing would "…"'; "disclosed",
"posited", "enthused", "opined", "asserted", "emphasised" were the same (tests/analyse/test_press_verbs_t26.py).
Each is a verb whose object is what was said ("X lamented that …", "'…,' X lamented"), past and present forms; not
their forms that are common nouns ("reasons", "fumes") or verbs whose object is mostly a thing ("charged",
"submitted a bid", "appealed the ruling", "hinted at"). The source: the reporting verbs of the Nigerian press (Punch,
Vanguard, The Guardian Nigeria, the News Agency of Nigeria), which T26's articles imitate, and of style guides'
lists of "said" substitutes.
"""
from __future__ import annotations

PRESS_VERBS = frozenset("""
lamented laments averred avers disclosed discloses posited posits enthused enthuses opined opines bemoaned bemoans
decried decries intoned intones asserted asserts affirmed affirms reaffirmed reaffirms emphasised emphasises
emphasized emphasizes underscored underscores retorted retorts contended contends reasoned exclaimed exclaims
chided chides fumed reckoned reckons implored implores revealed reveals
""".split())
