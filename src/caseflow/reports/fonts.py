"""The font every Caseflow PDF embeds: DejaVu Sans, shipped in resources/fonts.

reportlab's built-in Helvetica is not embedded and its encoding cannot be
trusted with every Swedish name, so reports register DejaVu Sans (which
covers å, ä, ö and the names people actually have) and embed the subset they
use. The licence is in resources/fonts/LICENSE.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from caseflow import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

# Reports are built on worker threads; two first builds must not register twice.
_lock = threading.Lock()


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold face once; returns their names."""
    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in known:
                path = paths.resources_dir() / "fonts" / filename
                pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> in a paragraph picks the bold face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
