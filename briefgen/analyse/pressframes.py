"""Who a press verb's frame names: a person only by other evidence than the verb (FX84).

pressverbs.PRESS_VERBS ("revealed", "affirmed", "underscored", "decried" …) frame quotations (quoteframes), but
unlike lexicon.SPEECH_VERBS they are no evidence that their subject is a person: things reveal and affirm
("Records revealed a gap.", "“Funds were missing,” Records revealed.", "Data revealed …" made persons and speakers
of "Records" and "Data" when the verbs were speech verbs: a breaker's cases, 2026-12-07). A press verb's frame
keeps its speaker when the name is a person's by other evidence: two or more words ("Ada Obi lamented", a made-up
"Zorbuk Tellavan opined"), or a lone word that stands for a fuller name in the text ("Ajaero lamented" after
"Comr. Joe Ajaero"), a title before it ("Governor Zorbuk opined"), or a pronoun's antecedent. A lone capitalised word named by nothing else is no speaker.
"""
from __future__ import annotations

from briefgen.analyse.lexicon import PRESS_VERBS, SPEECH_VERBS, TITLE_WORDS
from briefgen.analyse.quoteresult import UNNAMED, Who


def press_speaker(who: Who | None, verb: str, np: str = "") -> Who | None:
    """`who`, the speaker a frame with the verb `verb` (its words as matched, e.g. "revealed", "said") names; or
    UNNAMED (the quotation's own, unknown speaker) when `verb` is a press verb only (PRESS_VERBS, not SPEECH_VERBS)
    and `who` is a person named by one word that no fuller name in the text stands behind ("Records", "Data").
    A title in the frame's noun phrase `np` ("Governor Zorbuk opined", "said Dr. Zorbuk") keeps it. None stays None."""
    words = verb.lower().split()
    if who is None or not words or words[-1] not in PRESS_VERBS or words[-1] in SPEECH_VERBS:
        return who
    if who.name is not None and len(who.name.split()) == 1 and not any(w.strip(".,").lower() in TITLE_WORDS for w in np.split()):
        return UNNAMED
    return who
