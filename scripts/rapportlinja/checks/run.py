"""Run every check over a snapshot: collect all findings first, report later."""

from __future__ import annotations

from rapportlinja.checks.body import check_headings, check_images, check_legal_reference
from rapportlinja.checks.codeowners import check_codeowners
from rapportlinja.checks.figures import check_figures
from rapportlinja.checks.images import check_image_files
from rapportlinja.checks.invisible import check_invisible
from rapportlinja.checks.links import check_links
from rapportlinja.checks.meetings import check_meetings
from rapportlinja.checks.numbers import check_table_numbers
from rapportlinja.checks.order import check_order
from rapportlinja.checks.privacy import check_privacy
from rapportlinja.checks.public import check_public
from rapportlinja.checks.rawmarkup import start_gate
from rapportlinja.checks.survey import check_survey
from rapportlinja.checks.survey_block import check_survey_blocks
from rapportlinja.checks.table_columns import check_table_columns
from rapportlinja.checks.wheel import check_wheel
from rapportlinja.content.repository import Snapshot
from rapportlinja.validation.findings import Finding, sort_key


def check_snapshot(snapshot: Snapshot, selected: set[str] | None = None) -> list[Finding]:
    """All findings; with `selected`, per-file findings only for those files.

    Findings across files (the chapter order) are always reported: a commit that
    touches one chapter must not leave the report as a whole broken.
    """
    gate = start_gate(snapshot, selected)  # pandoc reads the chapters while the other checks run
    findings: list[Finding] = []
    if selected is None or snapshot.edition.rel in selected:
        findings += snapshot.edition.findings
    anchors = {
        name: {h.ident for h in ch.scan.headings} | {"kapittel"}
        for name, ch in snapshot.chapters.items()
        if ch.scan is not None
    }
    listed = set(snapshot.edition.data.get("kapitler", [])) if isinstance(snapshot.edition.data, dict) else set()
    in_report = {name: ids for name, ids in anchors.items() if name in listed}
    for chapter in snapshot.chapters.values():
        rel = chapter.loaded.rel
        if selected is not None and rel not in selected:
            continue
        findings += chapter.loaded.findings
        if chapter.scan is not None:
            findings += check_headings(chapter.scan, rel)
            findings += check_images(chapter.scan, rel, chapter.path, snapshot.layout)
            findings += check_links(chapter.scan, rel, chapter.file, in_report)
            findings += check_table_numbers(chapter.scan, rel)
            findings += check_invisible(chapter.scan, rel)
            findings += check_table_columns(chapter.scan, rel)
            findings += check_legal_reference(chapter.loaded.body, rel, chapter.loaded.body_first_line)
    findings += check_order(snapshot)
    findings += check_public(snapshot)
    findings += check_meetings(snapshot.layout, selected)
    findings += check_codeowners(snapshot)
    findings += check_privacy(snapshot.layout, selected)
    findings += check_figures(snapshot, selected)
    findings += check_wheel(snapshot.layout, selected)
    findings += check_survey(snapshot.layout, selected)
    findings += check_survey_blocks(snapshot, selected)
    findings += check_image_files(snapshot.layout, selected)
    findings += gate()
    return sorted(set(findings), key=sort_key)
