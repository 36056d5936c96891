"""A company's name shortened to its first words ("Bharat Marine" after "Bharat Marine General Insurance"): the
company, not a person (T18, 2026-12-06: a People page listed a person "Bharat Marine" beside the organisation, from
the headline "Bharat Marine faces up to $48 mn exposure …" and "Bharat Marine's shares fell").

    shortened_firms(found)   # names.mentions_in's mentions, a firm's shortened name read as the firm

The rule: an untitled person's name of two words or more that is the first words of an organisation the same article
names, whose last word is a company's (lexicon.COMPANY_HEADS: "Insurance", "Shipping", "Holdings", "Bank" …), is that
organisation — unless its first word is a given name (givensex.given_sex: "Anna Berg" beside "Anna Berg Consulting"
is the founder) or the article refers to the person by a title or a surname alone ("Mr Berg", "Berg said"). Not a name
and a legal form alone ("Giorgio Armani SpA"): orgnames.firms_and_things reads those, the person's frame first (BR25).
"""
from __future__ import annotations

from briefgen.analyse.companyforms import LEGAL_FORMS
from briefgen.analyse.givensex import given_sex
from briefgen.analyse.lexicon import COMPANY_HEADS
PERSON, ORGANISATION = "person", "organisation"  # as nameruns.PERSON, nameruns.ORGANISATION (which imports this module's importers)

# (surface, start, end, kind, full, title, in_title): names.Found
Found = tuple[str, int, int, str, str, str, bool]


def shortened_firms(found: list[Found]) -> list[Found]:
    """`found` with each shortened company name (module docstring) an ORGANISATION whose full name is the company's."""
    firms = {m[4] for m in found if m[3] == ORGANISATION and " " in m[4] and m[4].rsplit(None, 1)[-1].lower() in COMPANY_HEADS}
    if not firms:
        return found
    people = {m[4] for m in found if m[3] == PERSON and m[4].count(" ") >= 1 and not given_sex(m[4].split(None, 1)[0])}
    shown = {m[4] for m in found if m[3] == PERSON and (m[5] or m[0] != m[4])}  # titled, or referred to by a part
    named = {}
    for person in people - shown:
        longer = sorted(firm for firm in firms if firm.startswith(person + " ") and firm.count(" ") > person.count(" ") + 1
                        or firm.startswith(person + " ") and firm.rsplit(None, 1)[-1] not in LEGAL_FORMS)
        if len(longer) == 1:
            named[person] = longer[0]
    if not named:
        return found
    return [(m[0], m[1], m[2], ORGANISATION, named[m[4]], "", m[6]) if m[3] == PERSON and m[4] in named else m
            for m in found]
