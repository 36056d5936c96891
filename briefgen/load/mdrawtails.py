"""The rest of a line after a raw HTML block, kept in its place: python-markdown moved parts of it.

python-markdown's raw-HTML block pass (`markdown.htmlparser.HTMLExtractor`, 3.11.3) reads text
after a block's end on the same line (`<!-- note --> Q&amp;A …`, `</div> Text &copy; 2023`) as
the start of a paragraph (its "tail"), but every entity, character reference, comment or
self-closing tag in that tail went into the buffer of the *next* raw block: `&lt;b&gt;` was
taken out of "Use &lt;b&gt; here" (published as "Use b here") and came back as a paragraph
"<>" at the end of the body, or inside the next `<p>…</p>` block; a `<br/>` went to the end.
Found by the editors' Markdown property test (tests/load/test_editor_bodies.py).

`TailExtractor` writes such a part where it stands: text and inline markup of the paragraph the
tail starts, as anywhere else in a line; a block-level one (a comment) that starts the tail, with
nothing but spaces before it, stays a raw block of its own, as it would on a line of its own.
"""
from __future__ import annotations

from markdown.htmlparser import HTMLExtractor


class TailExtractor(HTMLExtractor):
    """`HTMLExtractor` that keeps what follows a raw block on its line in place (see the module)."""

    def handle_empty_tag(self, data: str, is_block: bool) -> None:
        if not self.intail or self.inraw:
            super().handle_empty_tag(data, is_block)
            return
        if is_block and not self._tail().strip():
            self.cleandoc.append(self.md.htmlStash.store(data))
            self.cleandoc.append("\n\n")
        else:
            self.cleandoc.append(data)

    def _tail(self) -> str:
        """The tail written so far: what follows the "\\n\\n" python-markdown put after the block
        (a tail holds no line end: the first one ends it)."""
        at = len(self.cleandoc)
        while at and self.cleandoc[at - 1] != "\n\n":
            at -= 1
        return "".join(self.cleandoc[at:])
