"""Tables the Nu Html Checker accepts: structure and the cell grid, for the HTML5 repair (html5.py).

A mixin of the repair: it uses the repair's `changed` flag and `place` (flow content).
Structure: caption?, thead?, tbody*, tfoot? in that order; rows and cells out of place
get a section or row; anything else in a table goes before it (as the HTML5 parser
"foster-parents" it); a row without cells gets an empty one. The grid: a cell may not
span past its row group or over a slot a cell above already spans into, and every column
needs a cell beginning in it — spans are made smaller until that holds. A table whose
spans would mark more than MAX_SPAN_SLOTS slots has its spans dropped instead.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from briefgen.load.html5tree import SECTIONS, El, blank, tag_of

MAX_SPAN_SLOTS = 100_000  # grid slots a table's row spans may mark before spans are dropped


class TableRepair:
    """Mixin: needs `self.changed` (bool) and `self.place(kids) -> list` from the repair."""

    changed: bool

    def place(self, kids: list, allow: str = "") -> list:  # pragma: no cover - provided by the repair
        raise NotImplementedError

    def row_cells(self, kids: list) -> list:
        out: list = []
        run: list = []
        for kid in kids + [None]:
            if kid is None or tag_of(kid) in ("td", "th"):
                if run and not all(blank(k) for k in run):
                    self.changed = True
                    out.append(El("td", [], self.place(run[:])))
                else:
                    out.extend(run)
                run.clear()
                if kid is not None:
                    out.append(kid)
            else:
                run.append(kid)
        return out

    def section(self, el: El, kids: list) -> list:
        """thead/tbody/tfoot: rows; loose cells get a row, anything else goes before the table."""
        fostered: list = []
        rows: list = []
        cells: list = []
        for kid in kids + [None]:
            tag = tag_of(kid)
            if tag in ("td", "th"):
                cells.append(kid)
                continue
            if cells:
                rows.append(El("tr", [], cells[:]))
                cells.clear()
                self.changed = True
            if kid is None:
                break
            if tag == "tr" or blank(kid):
                rows.append(kid)
            else:
                fostered.append(kid)
                self.changed = True
        el.kids = rows
        return fostered + [el]

    def table(self, el: El, kids: list) -> list:
        """caption?, thead?, tbody*, tfoot? — anything else goes before the table; then the grid."""
        parts = [k for k in kids if not blank(k)]
        order = [{"caption": 0, "thead": 1, "tbody": 2, "tfoot": 3}.get(tag_of(k), 9) for k in parts]
        valid = (all(o < 9 for o in order) and order == sorted(order)
                 and order.count(0) <= 1 and order.count(1) <= 1 and order.count(3) <= 1)
        fostered: list = []
        if not valid:
            self.changed = True
            caption, head, foot = None, None, None
            bodies: list[El] = []
            loose: list = []  # rows and cells not yet in a section
            for kid in parts + [None]:
                tag = tag_of(kid)
                if tag in ("tr", "td", "th"):
                    loose.append(kid)
                    continue
                if loose:
                    body = self.section(El("tbody", [], []), loose[:])
                    fostered.extend(body[:-1])
                    bodies.append(body[-1])
                    loose.clear()
                if kid is None:
                    break
                if tag == "caption" and caption is None and not (head or bodies or foot):
                    caption = kid
                elif tag == "thead" and head is None:
                    head = kid
                elif tag == "tfoot" and foot is None:
                    foot = kid
                elif tag in SECTIONS:
                    kid.tag = "tbody"
                    bodies.append(kid)
                elif tag == "caption":
                    fostered.append(El("div", [], kid.kids))
                else:
                    fostered.append(kid)
            el.kids = [part for part in (caption, head, *bodies, foot) if part is not None]
        else:
            el.kids = kids
        self.grid(el)
        return fostered + [el]

    def grid(self, table: El) -> None:
        """Spans the checker accepts: within the row group, and a cell beginning in every column."""
        groups = [[r for r in part.kids if tag_of(r) == "tr"] for part in table.kids if tag_of(part) in SECTIONS]
        for row in (row for rows in groups for row in rows):
            if not any(tag_of(c) in ("td", "th") for c in row.kids):
                row.kids.append(El("td", [], []))  # the checker wants a cell beginning on every row
                self.changed = True
        cells = [c for rows in groups for row in rows for c in row.kids if tag_of(c) in ("td", "th")]
        if not any(c.get("colspan") or c.get("rowspan") for c in cells):
            return
        rows = sum(len(g) for g in groups)
        slots = sum((int(c.get("rowspan") or 1) or rows) * int(c.get("colspan") or 1) for c in cells)
        if slots > MAX_SPAN_SLOTS:
            for cell in cells:
                cell.set("colspan", None)
                cell.set("rowspan", None)
            self.changed = True
            return
        for _ in range(1_001):  # a round removes the columns no cell begins in (one round, mostly)
            begins: set[int] = set()
            covered: list[tuple[El, int, int]] = []  # (cell, first column, span)
            for rows in groups:
                taken: set[tuple[int, int]] = set()
                for y, row in enumerate(rows):
                    x = 0
                    for cell in (c for c in row.kids if tag_of(c) in ("td", "th")):
                        while (y, x) in taken:
                            x += 1
                        span = self.span(cell, "colspan", 1)
                        height = self.span(cell, "rowspan", 1) or len(rows) - y
                        if height > len(rows) - y:
                            height = len(rows) - y
                            cell.set("rowspan", str(height) if height > 1 else None)
                            self.changed = True
                        fits = 1
                        while fits < span and (y, x + fits) not in taken:
                            fits += 1
                        if fits < span:
                            span = fits
                            cell.set("colspan", str(span) if span > 1 else None)
                            self.changed = True
                        if height > 1:
                            taken.update((y + dy, x + dx) for dy in range(1, height) for dx in range(span))
                        begins.add(x)
                        covered.append((cell, x, span))
                        x += span
            width = max((x + span for _, x, span in covered), default=0)
            empty = [column for column in range(width) if column not in begins]
            if not empty:
                return
            for cell, x, span in covered:  # a cell loses the empty columns it spans
                lost = bisect_left(empty, x + span) - bisect_right(empty, x)
                if lost:
                    cell.set("colspan", str(span - lost) if span - lost > 1 else None)
            self.changed = True

    @staticmethod
    def span(cell: El, name: str, default: int) -> int:
        value = cell.get(name)
        return int(value) if value is not None else default
