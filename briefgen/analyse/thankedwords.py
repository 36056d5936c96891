"""A quotation naming what the speaker thanks or praises someone for, in a second predicate: no one's words (FX62).

    thanked_for("said the town owed him a debt and thanked him for ", 0, 50)   # -> True: "… for “his courage”"
    thanked_for("said she thanked him for ", 0, 25)                            # -> False: her reported words
    thanked_for("said the plan was ", 0, 18)                                   # -> False

"The minister thanked him for “his courage”" quotes a phrase the minister did not say so — to him she would have said
"your courage" — and that the text gives no one: a citation's words, or the thanks told in the writer's terms. Alone it
had no speaker ("thanked" and "praised" are no speech verbs, lexicon.SPEECH_VERBS; docs/log/people.md, T23 #9), but a
speech verb earlier in the sentence whose subject then thanks in a predicate of its own gave it the speaker: "Osei said
the town owed him a debt and thanked him for “his courage”", "“…,” Osei said, thanking him for “his courage”" were
Osei's (the speech verb governs the first clause, not the thanks). Now, when the last verb before the opening mark is
one of thanking or praising (THANKING) opening a predicate of its own — after "and", "but", "then" or a comma — and "for"
ends the words before the mark (at most FOR_AT words after the verb: "thanked the crew of the lifeboat for"), the
quotation is nobody's: a short one is no quote at all (quotes.py drops a fragment with no speaker), a longer one is
unnamed. In the speech verb's reported clause the words stay the speaker's ("Osei said she thanked him for “…”",
"told the crowd she wanted to thank him for “…”": her account of her thanks), and so does a phrase that is not wholly
in the third person (FX69, BR37): the second person ("and thanked him for “your courage”": the thanks as said), the
first ("thanked voters for “standing by me through all of this”", "“my second chance”": her own words), or none
("“an incredible honour”", "“a job well done”": not told apart from her words, and losing a real quotation is worse
than keeping a citation's phrase). Only "his courage", "their work", "showing her calm" are the writer's terms. English forms. Pure.
"""
from __future__ import annotations

import re

FOR_AT = 6  # words between the verb of thanking and "for" ("thanked the crew of the lifeboat for")
THANKING = re.compile(r"(?<![\w'\u2019-])(?:thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|"
                      r"congratulat(?:e|es|ed|ing)|laud(?:s|ed|ing)?|applaud(?:s|ed|ing)?|salut(?:e|es|ed|ing)|"
                      r"hail(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|reward(?:s|ed|ing)?|"
                      r"recognis(?:e|es|ed|ing)|recogniz(?:e|es|ed|ing)|credit(?:s|ed|ing)?)(?![\w'\u2019-])",
                      re.IGNORECASE)
# A predicate of its own opens after a comma or a coordinator (and an adverb): ", thanking", "and thanked", "and also
# praised", ", then thanked".
_OWN_PREDICATE = re.compile(r"(?:,|(?<![\w'\u2019-])(?:and|but|then))\s*(?:(?:also|then|later|warmly|publicly|"
                            r"personally|again)\s+)?$", re.IGNORECASE)
_FOR = re.compile(rf"\s+(?:[^\s.;:!?]+\s+){{0,{FOR_AT}}}?for\s*$", re.IGNORECASE)
# The thanked person's qualities told by the writer: in the third person ("his courage", "their work", "showing her
# calm"). A phrase in the first or second person is the thanks as said ("my second chance", "standing by me", "your
# courage"), and one with no person word ("an incredible honour", "a job well done") cannot be told apart from the
# speaker's own words: it stays the speaker's (BR37: FX62's rule took "thanked voters for “standing by me …”" from her).
_THIRD_PERSON = re.compile(r"(?<![\w'\u2019-])(?:he|she|they|his|her|hers|their|theirs|its|him|them|himself|herself|themselves|"
                           r"itself)(?![\w'\u2019-])", re.IGNORECASE)
_SPEAKER_OR_ADDRESSEE = re.compile(r"(?<![\w'\u2019-])(?:i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|"
                                   r"yourself|yourselves)(?![\w'\u2019-])", re.IGNORECASE)


def thanked_for(masked: str, start: int, open_mark: int, quoted: str = "") -> bool:
    """Whether the words of `masked` from `start` (the end of the frame's speech verb) to `open_mark` (the quotation's
    opening mark) end in a predicate of thanking or praising of its own and its "for", and the quotation `quoted` is
    in the third person only (module docstring): "… and thanked him for " → True; "… she thanked him for " → False."""
    verbs = list(THANKING.finditer(masked, start, open_mark))
    return (bool(verbs) and _OWN_PREDICATE.search(masked, start, verbs[-1].start()) is not None
            and _FOR.fullmatch(masked, verbs[-1].end(), open_mark) is not None and _third_person(quoted))


def _third_person(quoted: str) -> bool:
    """Whether the quotation `quoted` names the thanked person's qualities in the third person and no speaker or
    addressee: "his courage" → True; "standing by me", "your courage", "an incredible honour" → False."""
    return _THIRD_PERSON.search(quoted) is not None and _SPEAKER_OR_ADDRESSEE.search(quoted) is None
