"""Plural common nouns that open a sentence as its subject ("Unions said …", "Nurses called the offer “…”") and name
no person, where namecontext._PLURAL's endings (-ers, -ors, -ists, -ians …) do not show them.

    GROUP_PLURALS    # frozenset of lower-case plurals: "unions", "nurses", "banks", "neighbours" …

namecontext.plural_opening reads a capitalised word as no one's name when it has a plural's shape and the article
writes it capitalised only where a sentence opens. Issue 9 (2026-12-05): "Unions called the plan “a betrayal”" listed
a person "Unions" and gave it the quotation; "Nurses", "Banks", "Neighbours", "Councils" the same (measured on made-up
sentences: each a person before). These are the plurals of groups that speak in news copy whose endings the pattern
cannot take without taking surnames too (-ons: Parsons; -es: Hughes, Barnes; -ks: Banks): listed one by one, and like
the pattern's, read as a group only where the article never writes the word inside a sentence ("Arron Banks … Banks
said" keeps him).
"""
from __future__ import annotations

GROUP_PLURALS = frozenset("""
unions nurses banks neighbours neighbors councils experts firms schools pupils airlines landlords judges groups fans
rebels businesses friends colleagues sources markets troops forces crews witnesses victims women men children people
pilots states nations allies bosses chiefs churches clubs teams athletes coaches colleges guards youths sons husbands
cousins fishermen shops stores brands charities hospitals families relatives doctors medics residents scientists
councillors MPs campaigners locals insiders investors regulators rescuers paramedics firefighters hundreds thousands
dozens millions scores
""".lower().split())

# Plural nouns of a party's members, a chamber's or a government's office holders and a force's commanders, capitalised
# as a party's name is ("Ten Republicans voted against", "Republicans said", "Two Senators said", "Senate Republicans
# said"): a group, no person, whatever the sentence (FX50: a trial's People page had "Republicans" and "Senators").
# No surname has these forms.
PARTY_PLURALS = frozenset("""
republicans democrats conservatives tories liberals socialists communists nationalists unionists loyalists
senators ministers generals governors congressmen congresswomen lawmakers legislators representatives mayors
admirals colonels lords peers
""".split())
# First words that make such a plural a party's name ("Liberal Democrats", "Sweden Democrats", "Social Democrats").
_PARTY_FIRSTS = frozenset("liberal social free christian sweden swiss national democratic progressive young united".split())


def plural_group(lowered: list[str] | tuple[str, ...]) -> str:
    """What a run whose lower-case words are `lowered` is by a last word in `PARTY_PLURALS`: "party" when its other
    words are one of a party's (`_PARTY_FIRSTS`: "Liberal Democrats", an organisation), "group" for any other ("Senate
    Republicans", "Ten Republicans", "Republicans": no one), "" when the last word is none of them."""
    if not lowered or lowered[-1] not in PARTY_PLURALS:
        return ""
    return "party" if len(lowered) == 2 and lowered[0] in _PARTY_FIRSTS else "group"
