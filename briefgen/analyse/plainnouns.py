"""Whether a capitalised word that opens a sentence is a plain English word, no one's name (QW17, 2026-12-06).

    plain_noun("Irrigation", text)   # True: a noun's ending (-tion)
    plain_noun("Turnout", text)      # True: a noun news sentences open with (`_NOUNS`)
    plain_noun("Budget", "… the budget …")   # True: the text writes it in lower case elsewhere
    plain_noun("Lavrov", text)       # False: a surname, as "Macron", "Zelensky", "Blinken" are

English capitalises every word that opens a sentence, so there a one-word run is a name only by what the word is: a
trial's "Irrigation is banned, said Tom Reid. “We have no choice,” he said." gave "Irrigation" the quotation
(quotespeakers._persons took a one-word run that "acts" for a person, and nameruns.alone knows no such noun). News
opens sentences with a one-word surname just as often ("Lavrov met Li Hui …", "Macron landed …"), so a word is
plain only when it is known to be one (precision of the People pages first, the surnames kept):
- a noun of an abstract ending, its stem four letters or more (`NOUN_ENDINGS`): -tion, -sion, -ment, -ness, -ity,
  -ism, -ance, -ence, -ship ("Inflation", "Unemployment", "Attendance"; not "Clement"; a given name of such an ending,
  "Florence", "Terence", is one by givensex.py); or
- a plain noun that news sentences open with (`_NOUNS`: "Turnout", "Demand", "Sales", "Water", "Traffic"), gerunds
  among them ("Rationing", "Shelling", "Polling"; "-ing" is no such ending: "Cummings", "Manning", "Fleming"); or
- the text writes the word in lower case elsewhere ("… the budget …": "Budget was cut").
A pure function of its arguments.
"""
from __future__ import annotations

import re

from briefgen.analyse.namefinds import name_spans

# (named "…ENDING…" so that the made-up words of the property tests avoid them: tests/support/madeup.py)
NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship")  # (not "-ing": Cummings, Manning)
_ENDINGS = re.compile(rf"[a-z]{{4,}}(?:{'|'.join(NOUN_ENDINGS)})s?")
_NOUNS = frozenset("""
turnout demand sales supply output growth trade traffic water rain wind smoke fire heat energy fuel food bread
wheat grain cattle farming tourism business industry work jobs pay wages rent rents income revenue revenues profit
profits loss losses debt debts spending investment funding support aid help credit interest inflation prices costs
cost exports imports production unemployment employment crime violence security safety health care treatment
access transport travel housing shipping rail freight damage flooding drought pollution waste recycling research
teaching attendance membership enrolment enrollment admissions applications bookings orders stocks shares markets
oil gas electricity broadband coverage service services staffing pressure tension trouble progress action change
reform rationing irrigation policing testing voting polling turnover footfall congestion capacity rainfall snowfall
temperatures consumption borrowing lending savings tax taxes tariffs duty customs planning training parking mining
banking trading marketing sentencing schooling heating catering nursing gambling drinking smoking speeding counting
bombing shelling fighting looting rioting campaigning canvassing screening filming shooting flooding spending
fishing funding housing building
update updates message tweet post alert warning bulletin latest breaking weather response comment verdict notice
advice
""".split())  # (not "price", "power", "cash", "snow", "milk": surnames too — Price, Power, Cash, Snow, Milk)


def plain_noun(word: str, text: str) -> bool:
    """Whether `word` (a capitalised word, a possessive's "’s" dropped) is a plain English word, no name, by its
    ending, the nouns news opens sentences with, or its lower-case form in `text` (module docstring)."""
    lowered = word.lower()
    if lowered in _NOUNS or _ENDINGS.fullmatch(lowered):
        return True
    return bool(name_spans(text, lowered))  # (str.find: no regex compiled a word)
