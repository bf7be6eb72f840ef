"""Checks on one chapter's Markdown body: headings, images, the legal reference."""

from __future__ import annotations

import os
import re
from pathlib import Path
from xml.etree import ElementTree

from rapportlinja.base.findings import Finding, error
from rapportlinja.base.layout import Layout
from rapportlinja.base.personal.masking import UserText
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.checks.legalrefs import check_outdated_references
from rapportlinja.report.markdown import Scan

IMAGE_TYPES = (".svg", ".png", ".jpg", ".jpeg", ".gif")


def check_headings(scan: Scan, rel: str) -> list[Finding]:
    findings = []
    level = 1  # the chapter title, from «tittel», is level 1
    for heading in scan.headings:
        if heading.level == 1:
            findings.append(
                error(
                    rel,
                    heading.line,
                    1,
                    "Overskrift på nivå 1 (#) i kapittelteksten.",
                    "Kapittelets tittel kommer fra «tittel» i frontmatter; start underoverskrifter med ##.",
                    "heading.level-one",
                )
            )
        elif heading.level > level + 1:
            findings.append(
                error(
                    rel,
                    heading.line,
                    1,
                    f"Overskriften hopper fra nivå {level} til nivå {heading.level}.",
                    f"Bruk {'#' * (level + 1)} her; hoppede nivåer gjør PDF-en utilgjengelig for skjermlesere.",
                    "heading.skipped-level",
                )
            )
        if not heading.blank_before:
            findings.append(
                error(
                    rel,
                    heading.line,
                    1,
                    "Overskriften har ikke en tom linje over seg og blir vist som vanlig tekst.",
                    "Sett inn en tom linje over overskriften.",
                    "heading.no-blank-line",
                )
            )
        level = max(heading.level, 1)
    return findings


def _placed(layout: Layout, target: Path) -> str:
    """Where an image lies, «..» resolved: report/kapitler/../../meetings/x.svg is in meetings/."""
    return layout.rel(Path(os.path.normpath(target)))


def check_images(scan: Scan, rel: str, source: Path, layout: Layout) -> list[Finding]:
    findings = []
    for image in scan.images:
        where = (rel, image.line, image.column)
        if not image.alt:
            # A caption names the figure; alt text tells a screen reader what it shows.
            caption = (
                " Bildeteksten i [ ] er ikke alternativ tekst: den sier ikke hva bildet viser." if image.caption else ""
            )
            findings.append(
                error(
                    *where,
                    "Bildet mangler alternativ tekst." + caption,
                    'Beskriv hva bildet viser: ![Bildetekst](fil.svg){alt="Hva bildet viser"}.',
                    "image.no-alt",
                )
            )
        if re.match(r"^[a-z][a-z0-9+.-]*:", image.src, re.IGNORECASE):
            findings.append(
                error(
                    *where,
                    "Bilder må ligge i repositoriet, ikke på nettet.",
                    "Last bildet opp i report/bilder/ og vis til det derfra.",
                    "image.remote",
                )
            )
            continue
        target = source.parent / image.src
        if not layout.inside(target):
            findings.append(
                error(
                    *where,
                    f"Bildet «{UserText(image.src)}» ligger utenfor repositoriet.",
                    "Legg bildet i report/bilder/.",
                    "image.outside",
                )
            )
        elif _placed(layout, target).startswith(("meetings/", "build/")):
            findings.append(
                error(
                    *where,
                    f"Bildet «{UserText(image.src)}» ligger i {_placed(layout, target).split('/')[0]}/, "
                    "som ikke er offentlig innhold.",
                    "Legg et bilde som kan offentliggjøres i report/bilder/ og vis til det derfra.",
                    "image.internal",
                )
            )
        elif not target.is_file():
            siblings = [p.name for p in target.parent.glob("*")] if target.parent.is_dir() else []
            findings.append(
                error(
                    *where,
                    f"Fant ikke bildet «{UserText(image.src)}».",
                    did_you_mean(target.name, siblings) or "Sjekk filnavnet og mappen.",
                    "image.missing",
                )
            )
        elif target.suffix.lower() not in IMAGE_TYPES:
            findings.append(
                error(
                    *where,
                    f"Bildeformatet «{target.suffix}» støttes ikke.",
                    "Bruk SVG (best for figurer), PNG eller JPG.",
                    "image.format",
                )
            )
        elif target.suffix.lower() == ".svg":
            findings += _check_svg(target, image.src, where)
    return findings


def _check_svg(target: Path, src: str, where: tuple[str, int, int]) -> list[Finding]:
    """A broken SVG would stop the PDF build; say so here, with the line inside the SVG."""
    try:
        ElementTree.parse(target)
    except ElementTree.ParseError as exc:
        line = exc.position[0]
        return [
            error(
                *where,
                f"Bildet «{UserText(src)}» er ikke gyldig SVG (feil på linje {line} i bildefilen).",
                "Lagre bildet på nytt fra tegneprogrammet som «Vanlig SVG».",
                "image.invalid-svg",
            )
        ]
    return []


def check_legal_reference(text: str, rel: str, first_line: int = 1) -> list[Finding]:
    """Outdated legal references, read in context; the table is checks/lovhenvisninger.yaml."""
    return check_outdated_references(text, rel, first_line)
