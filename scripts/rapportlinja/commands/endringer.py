"""`rapport endringer [FRA] [TIL]`: what changed for the reviewers, as build/endringer.md and .pdf."""

from __future__ import annotations

import os
from pathlib import Path

from rapportlinja.base import atomic, gitinfo
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.base.personal.masking import mask_found
from rapportlinja.checks import lix_changes
from rapportlinja.checks.language_rules import limits
from rapportlinja.read import proposal, repository, review_changes, revisions
from rapportlinja.render import redline
from rapportlinja.review import packet
from rapportlinja.review.words import words

MARKDOWN = "endringer.md"
SUMMARY_LIMIT = 900_000  # bytes; GitHub refuses a step summary over 1 MiB
PDF = "endringer.pdf"


def run(
    fra: str | None = None,
    til: str | None = None,
    output: str | None = None,
    root: Path | None = None,
) -> int:
    layout = layout_module.find(root)
    snapshot = repository.read(layout)
    edition = snapshot.edition_record()
    if edition is None:
        raise UserError("report/rapport.yaml har feil, så endringene ble ikke laget.", "Kjør «rapport sjekk».")
    said = words(edition.language)
    repo = revisions.open_repo(layout.root)
    old = revisions.verify(repo, fra) if fra else revisions.default_base(repo)
    new = revisions.verify(repo, til) if til else None
    changes = review_changes.collect(repo, old, new, said["working_tree"])
    named = proposal.sides(os.environ, edition.language) if fra is None and til is None else None
    if named is not None:  # in a pull request's CI: the reviewer reads its title and branch, not hashes
        changes = changes._replace(old_label=named.old, new_label=named.new)
    text = packet.markdown(changes, edition.language)
    text += "\n" + lix_changes.table(changes, edition.language, limits(snapshot.edition.data), layout.build)
    atomic.write_text(layout.build / MARKDOWN, text)
    atomic.write_bytes(layout.build / PDF, redline.build(layout, edition, changes, gitinfo.read(layout.root).timestamp))
    chapters, data = len(changes.chapters), len(changes.data)
    print(
        f"Skrev build/{MARKDOWN} og build/{PDF}: {chapters} {'kapittel' if chapters == 1 else 'kapitler'} og "
        f"{data} {'datafil' if data == 1 else 'datafiler'} endret fra {changes.old_label} til {changes.new_label}."
    )
    if _wants_github(output):
        write_step_summary(text, said["masked_note"])
    return 0


def markdown_path(root: Path | None = None) -> Path:
    """Where `run` writes the redline: what `rapport endringer --kommenter` then posts (cli.py)."""
    return layout_module.find(root).build / MARKDOWN


def _wants_github(output: str | None) -> bool:
    return output == "github" or (output is None and os.environ.get("GITHUB_ACTIONS") == "true")


def write_step_summary(text: str, note: str) -> bool:
    """Append the redline, masked, to the job summary; only where GitHub names the file."""
    target = os.environ.get("GITHUB_STEP_SUMMARY", "").strip()
    if not target:
        return False
    masked = mask_found(text)
    if masked != text:
        masked += f"\n> {note}\n"
    encoded = masked.encode("utf-8")
    if len(encoded) > SUMMARY_LIMIT:
        kept = encoded[:SUMMARY_LIMIT].decode("utf-8", errors="ignore").rsplit("\n", 1)[0]
        masked = kept + "\n\n… (for langt: se build/endringer.md i artefaktene)\n"
    # GitHub's summary file is shared by the job's steps: append, as GitHub documents.
    with open(target, "a", encoding="utf-8") as summary:
        summary.write(masked + "\n")
    return True
