"""The report's page: an A4 fpdf2 document with DejaVu fonts, headings, paragraphs and tables.

DejaVu Sans ships inside matplotlib (already a dependency for the charts), covers Latin with
accents, Cyrillic and Greek, and fpdf2 embeds only the glyphs used, so nothing is downloaded
at run time and a report stays around 50 kB.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import matplotlib
from fpdf import FPDF, FontFace, XPos, YPos

FONT = "DejaVu"
BODY_PT, SMALL_PT, HEADING_PT, TITLE_PT = 10, 8, 13, 18
LINE_MM = 5.0
MARGIN_MM = 15.0
INK = (51, 56, 63)
MUTED = (110, 116, 126)
RULE = (210, 206, 198)
HEADINGS_FILL = (236, 233, 227)
_PAD_X_MM = 1.5


@cache
def font_files() -> tuple[Path, Path]:
    """DejaVu Sans regular and bold from matplotlib's bundled fonts."""
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
    for path in (regular, bold):
        if not path.is_file():
            raise FileNotFoundError(f"matplotlib's bundled font is missing: {path}")
    return regular, bold


class ReportDocument(FPDF):
    """A4 portrait with the fonts loaded and a footer line on every page."""

    def __init__(self, footer: Callable[[int], str]) -> None:
        """`footer(page_number)` gives the footer text; "{nb}" in it becomes the page count."""
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.footer_text = footer
        regular, bold = font_files()
        self.add_font(FONT, "", str(regular))
        self.add_font(FONT, "B", str(bold))
        self.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        self.set_auto_page_break(True, margin=MARGIN_MM + 4)
        self.set_text_color(*INK)

    def footer(self) -> None:
        """The disclaimer and page number, small and grey, at the bottom of each page."""
        self.set_y(-MARGIN_MM)
        self.set_font(FONT, size=SMALL_PT - 0.5)
        self.set_text_color(*MUTED)
        self.cell(0, 4, self.footer_text(self.page_no()), align="C")
        self.set_text_color(*INK)

    @property
    def room_left(self) -> float:
        """Millimetres left above the bottom margin on this page."""
        return self.h - self.b_margin - self.get_y()

    def heading(self, text: str, keep_with_mm: float = 30.0) -> None:
        """A section heading with a rule under it, moved to a new page when it would be orphaned."""
        if self.room_left < keep_with_mm + 12:
            self.add_page()
        elif self.get_y() > self.t_margin + 1:
            self.ln(4)
        self.set_font(FONT, "B", HEADING_PT)
        self.multi_cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*RULE)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)
        self.set_font(FONT, size=BODY_PT)

    def paragraph(self, text: str, *, size: float = BODY_PT, bold: bool = False) -> None:
        """Wrapped text across the page width."""
        self.set_font(FONT, "B" if bold else "", size)
        self.multi_cell(0, LINE_MM * size / BODY_PT, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, size=BODY_PT)

    def column_width(self, heading: str, *, size: float = BODY_PT - 1) -> float:
        """Millimetres a column needs so its bold heading breaks only between words."""
        self.set_font(FONT, "B", size)
        widest = max((self.get_string_width(word) for word in heading.split()), default=0.0)
        self.set_font(FONT, size=BODY_PT)
        return widest + 2 * _PAD_X_MM + 1.0

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        align: Sequence[str],
        *,
        size: float = BODY_PT - 1,
    ) -> None:
        """A table whose first row is the heading, repeated on a new page if it breaks."""
        self.set_font(FONT, size=size)
        with self.table(
            col_widths=tuple(widths),
            text_align=tuple(align),
            first_row_as_headings=True,
            headings_style=FontFace(emphasis="BOLD", fill_color=HEADINGS_FILL),
            borders_layout="HORIZONTAL_LINES",
            line_height=LINE_MM * size / BODY_PT,
            padding=(1.2, _PAD_X_MM),
        ) as table:
            for cells in rows:
                row = table.row()
                for text in cells:
                    row.cell(text)
        self.set_font(FONT, size=BODY_PT)
