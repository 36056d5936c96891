"""A quotation that ends a sentence which names its speaker keeps that speaker: the next sentence's frame is its own.

    class _Context(OwnFrames, ...): n, who = self._own_frame(n, who, terminal, left_start, open_mark, lead_in, previous)

quotes.py tries the frame after a quotation first. After a quotation that ends its sentence ("….”), the next sentence
may be its frame ("“We will win.” Mary Jones said."), but not when the quotation's own sentence has a frame before it
that names a speaker: in "John Smith said the pause was “the oldest trick in the book.” Mary Jones said." the words are
Smith's, whatever Jones's sentence says (T29 F1 gave them to the next sentence's subject).
"""
from __future__ import annotations

from briefgen.analyse.quoteresult import Who


class OwnFrames:
    """A mixin of quotes._Context (its `masked`, `sentences`, `verb_end` and `_before`)."""

    def _own_frame(self, step: int, who: Who | None, terminal: bool, left_start: int, open_mark: int, lead_in: int,
                   previous) -> tuple[int, Who | None]:
        """(`step`, `who`) as quotes._Context.attribute's frame `step` read them (0: the frame after the quotation), or
        (1, the frame before's speaker) when step 0 read a frame (named or not) after a quotation that ends its sentence
        (`terminal`) and the quotation's own sentence (masked[left_start:open_mark], its lead-in from sentence
        `lead_in`) has a frame naming a speaker. Offsets into the masked text."""
        if step != 0 or not terminal or who is None or not self.masked[left_start:open_mark].strip():
            return step, who
        verb_end = self.verb_end
        own = self._before(self.sentences[lead_in][0], open_mark, lead_in, previous)
        if own is not None and own.speaker is not None:
            return 1, own
        self.verb_end = verb_end  # (the frame after's verb, for quoteframes.governs)
        return step, who
