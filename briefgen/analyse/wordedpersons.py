"""Whether an article shows a name its company word would make a company's to be a person's, at any of its mentions
(FX92, 2026-12-07): one name is one kind in one article.

    shown_person("Sara Robotics, a nurse, watched. “It can dance,” said Sara Robotics.", "Sara Robotics")   # True
    shown_person("Aroha Robotics was hurt when she fell.", "Aroha Robotics")                                 # True
    shown_person("Daiwa Jidosha fired Taro Ueda. He said he would sue.", "Daiwa Jidosha")                    # False

A company word after a surname (companyforms.company_worded: "Motor", "Robotics", "Denki") makes a company of a
name whose first word is no known given name (givenwords.known_given), unless the mention's own frame says a person
(a title before it, a person's appositive after it: runparts.parts, stopnames.appositive_person). BR52 found the same
name read both ways in one article: "Sara Robotics, a nurse, watched. “It can dance,” said Sara Robotics." listed a
person and an organisation "Sara Robotics" and gave the words to the organisation. A person's frame at any mention
now makes every mention of that name a person's:

- a person's title before it ("Ms Aroha Robotics", "Dr"; postnominals.titled_name);
- a person's appositive after it, of no words a company's role has too ("Aroha Robotics, a nurse,", "…, 54,";
  stopnames.person_appositive);
- "he" or "she" (or "himself", "herself") later in its own sentence, with no one else named, no noun a determiner
  opens and no report's verb between them ("Aroha Robotics was hurt when she fell", "Aroha Robotics blamed herself";
  not "Daiwa Jidosha recalled cars after a driver said she …", "Daiwa Jidosha fired Taro Ueda, who said he …", nor
  "Hondaka Motor said he had resigned": a company reports what its people do). companyforms.referred_to_as_person
  reads a utility's name more loosely ("India Power told reporters she …", FX69): a country's name opens it, no
  surname.

Read by stopnames.appositive_person (names.py's mentions) and quotespeakers (a speaker's run). A name no mention
frames stays a company ("“We will comply,” said Daiwa Jidosha").
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analyse.clausesubjects import sentence_subject
from briefgen.analyse.companyforms import company_worded, surname_worded
from briefgen.analyse.postnominals import titled_name
from briefgen.analyse.stopnames import person_appositive

_SUBJECT = re.compile(r"(?<![\w'\u2019-])(?:she|he|herself|himself)(?![\w'\u2019-])", re.IGNORECASE)
# Between the name and the pronoun: the sentence's end, a quotation, someone else's name (a capital not opening a
# sentence), a noun a determiner opens ("a driver", "its chief"), or the company's own reference
_BETWEEN = re.compile(r"[.!?;:\u201c\u201d\"(]|(?<![\w'\u2019-])(?:a|an|the|its|their|his|her|it|they|this|that|these|"
                      r"those|another|one|two|several|some|many)(?![\w'\u2019-])", re.IGNORECASE)
_CAPITAL = re.compile(r"(?<=[ \t,])[A-Z]")
# A report's verb: a company reports what someone else did ("Hondaka Motor said he had resigned", "… told staff she
# would leave"), so "he"/"she" after one tells nothing of the name
_REPORTS = re.compile(r"(?<![\w'\u2019-])(?:said|says|say|told|tells|added|announced|confirmed|reported|stated|"
                      r"disclosed|revealed|claimed|insisted|noted|wrote|writes|explained|acknowledged|denied|"
                      r"believes|believed|expects|expected|hopes|hoped|thinks|thought)(?![\w'\u2019-])", re.IGNORECASE)
# A relative clause's word: "Aston Martin, which she joined", "… that he founded", "… where she worked" say what
# someone did to the name, not what the name did (FX115)
_RELATIVE = re.compile(r"(?<![\w'\u2019-])(?:which|that|where|who|whom|whose)(?![\w'\u2019-])", re.IGNORECASE)
_WINDOW = 120  # the characters after a name read for "he" or "she" (a clause)


@lru_cache(maxsize=1024)  # a pure function of an article and a name; asked of each mention of the name
def shown_person(text: str, name: str) -> bool:
    """Whether `name` (as written, two words or more), a company's by its company word (companyforms.company_worded),
    is a person's by some mention of it (word-bounded) in `text` (an article, masked or not) framed as a person's
    (module docstring): a title before it, a person's appositive after it, or "he"/"she" in the rest of its clause
    with no one else between; a given name and an organisation's head word (companyforms.given_headed: "Emma
    Electric") only by the first two ("Victoria Police, which she joined" is a body: FX97)."""
    words = name.split()
    if len(words) < 2 or not surname_worded(words):
        return False  # (only a company word's reading: not "Jabal Ali", a landform's, which its own mention decides)
    referred = company_worded(words)  # (a given name and an organisation's head, "Emma Electric": no pronoun, FX97)
    for found in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w-])", text):
        before = text[max(0, found.start() - 12):found.start()].rstrip().rpartition(" ")[2]
        if titled_name(words, before) or person_appositive(text, found.end(), True) or referred and _referred(text, found.start(), found.end()):
            return True
    return False


def _referred(text: str, start: int, end: int) -> bool:
    """Whether "he"/"she" follows the name at text[start:end] in its clause with nothing between that may be its
    antecedent instead, the name being its sentence's subject (clausesubjects.sentence_subject: "Jane Roe left Aston
    Martin, which she joined" tells nothing of Aston Martin, FX115)."""
    window = text[end:end + _WINDOW]
    pronoun = _SUBJECT.search(window)
    if pronoun is None:
        return False
    between = window[:pronoun.start()]
    return (_BETWEEN.search(between) is None and _CAPITAL.search(between) is None and _REPORTS.search(between) is None
            and _RELATIVE.search(between) is None and sentence_subject(text, start))
