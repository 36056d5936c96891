"""Places named with a particle or a saint's word, which a name run reads as a surname's shape: "Den Haag", "Saint-Denis"
(T30 F5, FX111, 2026-12-07: nameruns.classify read both as a person's name).

Takes nothing; gives `PARTICLE_PLACES`, lower-case, which placewords.PLACES holds (a run that is one of them is no
name: nameruns.classify). A closed list, not a rule: a particle and a word, or "Saint-" and a word, are people's names
as well ("Le Pen", "Saint-Exupéry", "Saint-Saëns"). The entries are the Dutch, Belgian and French municipalities and
communes so named that English copy writes in their own language (CBS "Gemeentelijke indeling" 2024; INSEE "Code
officiel géographique" 2024: the communes of over 50,000 inhabitants whose name opens with an article or "Saint-"),
and the seats of government and courts the news names ("Den Haag", the ICC's and the Dutch government's seat; "La
Défense", Paris's business district). Not one that is a surname too ("De Haan", "De Panne", "Saint-Pierre", "Saint-Paul").
"""
from __future__ import annotations

PARTICLE_PLACES = frozenset([
    "den haag", "den helder", "den bosch", "den burg", "de bilt", "ter apel", "'s-hertogenbosch", "'s-gravenhage",
    "la haye", "le havre", "le mans", "la rochelle", "la défense", "la defense", "la seyne-sur-mer", "le blanc-mesnil",
    "saint-denis", "saint-étienne", "saint-etienne", "saint-nazaire", "saint-malo", "saint-quentin", "saint-brieuc",
    "saint-ouen", "saint-ouen-sur-seine", "saint-priest", "saint-herblain", "saint-maur-des-fossés",
    "saint-germain-en-laye", "saint-tropez", "sainte-geneviève-des-bois",
])
