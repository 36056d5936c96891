"""python-markdown's tables, with every cell of a row kept (the Markdown renderer's instances)."""
from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

import markdown


def keep_extra_table_cells(md: markdown.Markdown) -> None:
    """python-markdown drops the cells of a row beyond the header's columns, silently: keep them
    (a row longer than the first is valid HTML)."""
    processor = md.parser.blockprocessors["table"] if "table" in md.parser.blockprocessors else None
    if not (hasattr(processor, "_build_row") and hasattr(processor, "_split_row")):
        return  # another python-markdown than the 3.x this was written against: leave it be
    build_row = processor._build_row

    def build_all(row: str, parent: Any, align: Any) -> None:
        build_row(row, parent, align)
        if row.count("|") < len(align):  # fewer separators than columns: no cell beyond them
            return
        cells = processor._split_row(row)
        if len(cells) > len(align) and len(parent):
            for text in cells[len(align):]:
                etree.SubElement(parent[-1], "th" if parent.tag == "thead" else "td").text = text.strip(" ")

    processor._build_row = build_all
