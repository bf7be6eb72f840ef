"""Typst source to an accessible, archival PDF with the `typst` Python package."""

from __future__ import annotations

from pathlib import Path

import typst

from rapportlinja.base.errors import UserError


class TypstFailure(UserError):
    """Typst refused the document; `line` is the line in the Typst source that failed."""

    def __init__(self, message: str, hint: str | None, file: str | None, line: int | None) -> None:
        super().__init__(message, hint)
        self.file = file
        self.line = line


def compile_pdf(main: Path, root: Path, timestamp: int) -> bytes:
    try:
        result = typst.compile(
            str(main),
            root=str(root),
            # Tagged PDF for screen readers (WCAG 2.1 via PDF/UA-1) that is also fit for the
            # archive (Noark wants PDF/A); Typst refuses to write a file that breaks either.
            pdf_standards=["ua-1", "a-2a"],
            # Only the fonts built into Typst: the same PDF on every machine, no system fonts.
            ignore_system_fonts=True,
            timestamp=timestamp,
        )
    except typst.TypstError as exc:
        file, line = _where(str(getattr(exc, "diagnostic", "")))
        raise TypstFailure(_norwegian(exc.message), "; ".join(exc.hints) or None, file, line) from None
    assert isinstance(result, bytes)
    return result


def _where(diagnostic: str) -> tuple[str | None, int | None]:
    for line in diagnostic.splitlines():
        line = line.strip()
        if line.startswith("┌─"):
            location = line[2:].strip()
            parts = location.rsplit(":", 2)
            if len(parts) == 3 and parts[1].isdigit():
                return parts[0], int(parts[1])
    return None, None


_KNOWN = {
    "missing alt text": "Et bilde mangler alternativ tekst, som PDF/UA krever.",
    "file not found": "Fant ikke en fil som dokumentet viser til.",
}


def _norwegian(message: str) -> str:
    for needle, text in _KNOWN.items():
        if needle in message:
            return f"{text} (Typst: {message})"
    return f"Typst kunne ikke lage PDF-en: {message}"
