"""Every check of `rapport sjekk` in one registry; each takes the repository and yields findings.

A check reads what it needs from the `Repository` (read once, shared by all of them); with
`selected` (the files pre-commit passes) per-file findings are only for those files, while
findings across files (the chapter order, CODEOWNERS) are always reported: a commit that
touches one chapter must not leave the report as a whole broken.
"""

from __future__ import annotations

from collections.abc import Callable

from rapportlinja.base import gitinfo
from rapportlinja.base.findings import Finding, Severity, sort_key
from rapportlinja.blocks.registry import check_blocks
from rapportlinja.checks import chapter_cache
from rapportlinja.checks.body import check_images
from rapportlinja.checks.bokmal import check_bokmal
from rapportlinja.checks.codeowners import check_codeowners
from rapportlinja.checks.example_identity import check_identity
from rapportlinja.checks.glyphs import check_title_glyphs
from rapportlinja.checks.images import check_image_files
from rapportlinja.checks.keyfigures import check_figures
from rapportlinja.checks.links import check_links
from rapportlinja.checks.meetings import check_meetings
from rapportlinja.checks.order import check_order
from rapportlinja.checks.plainlanguage import start_language
from rapportlinja.checks.preview_text import CODE as PREVIEW_DIFFERS
from rapportlinja.checks.privacy import check_privacy
from rapportlinja.checks.public import check_public
from rapportlinja.checks.rawmarkup import start_gate
from rapportlinja.checks.survey import check_survey
from rapportlinja.checks.websafe import own_repositories
from rapportlinja.checks.wheel import check_wheel
from rapportlinja.read.repository import Repository

Check = Callable[[Repository, set[str] | None], list[Finding]]


def check_chapters(repo: Repository, selected: set[str] | None) -> list[Finding]:
    """The edition's and each chapter's own findings: schema, headings, images, links, legal references."""
    snapshot = repo.snapshot
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
    own, organisations = _hosted_repository(repo)
    chapters = [c for c in snapshot.chapters.values() if selected is None or c.loaded.rel in selected]
    # What reads only the chapter itself comes from build/.sjekk-cache/ when the chapter is unchanged.
    cached = chapter_cache.cached_findings(snapshot.layout.build, chapters, own, organisations)
    for chapter, own_findings in zip(chapters, cached, strict=True):
        rel = chapter.loaded.rel
        findings += chapter.loaded.findings
        if chapter.scan is not None:
            findings += check_images(chapter.scan, rel, chapter.path, snapshot.layout)  # reads the image files
            findings += check_links(chapter.scan, rel, chapter.file, in_report)  # reads the other chapters' ids
            findings += own_findings
            findings += check_title_glyphs(chapter.loaded)  # where the title stands in the frontmatter
    return findings


def _hosted_repository(repo: Repository) -> tuple[frozenset[str], frozenset[str]]:
    """This repository on GitHub («org/repo», from its remotes) and the organisations report/rapport.yaml names."""
    data = repo.snapshot.edition.data
    teams = data.get("team") if isinstance(data, dict) else None
    organisations = frozenset(
        team.lstrip("@").split("/", 1)[0].lower()
        for team in (teams.values() if isinstance(teams, dict) else [])
        if isinstance(team, str) and "/" in team
    )
    return own_repositories(gitinfo.remote_urls(repo.layout.root)), organisations


CHECKS: dict[str, Check] = {
    "kapitler": check_chapters,
    "rekkefølge": lambda repo, selected: check_order(repo.snapshot),
    "offentlig": lambda repo, selected: check_public(repo.snapshot),
    "møter": lambda repo, selected: check_meetings(repo.archive, selected),
    "kodeeiere": lambda repo, selected: check_codeowners(repo.snapshot),
    "personvern": lambda repo, selected: check_privacy(repo.layout, selected, repo.snapshot.edition),
    "nøkkeltall": check_figures,
    "årshjul": lambda repo, selected: check_wheel(repo.layout, selected),
    "undersøkelse": lambda repo, selected: check_survey(repo.layout, selected),
    "blokker": check_blocks,
    "bildefiler": lambda repo, selected: check_image_files(repo.layout, selected),
    "eksempel": lambda repo, selected: check_identity(repo.layout, repo.snapshot.edition.data),
    "bokmål": lambda repo, selected: check_bokmal(repo.layout, repo.snapshot.edition.data, selected),
}


def check_repository(repo: Repository, selected: set[str] | None = None) -> list[Finding]:
    """All findings of every check, without repeats, in file and line order.

    The raw-markup gate (what pandoc would print as text) and the klarspråk check (readability, spelling,
    målform) run pandoc over the chapters in the background while the registry's checks run, and are
    collected last.
    """
    gate = start_gate(repo.snapshot, selected)
    language = start_language(repo.snapshot, selected)  # klarspråk: reads the prose with pandoc, also meanwhile
    findings = [finding for check in CHECKS.values() for finding in check(repo, selected)]
    findings += gate()
    findings += language()
    findings = _once_per_mistake(findings)
    return sorted(set(findings), key=sort_key)


# One mistake, one finding: an HTML comment or a second «klassifisering:» in a chapter is found both by
# the raw-markup gate (which says why: GitHub hides it, the PDF prints it) and by the privacy check's
# internal-text rule; the gate's finding is kept.
_SAID_BY_THE_GATE = {"markup.html-comment", "frontmatter.in-body"}


def _once_per_mistake(findings: list[Finding]) -> list[Finding]:
    said = {(f.path, f.line) for f in findings if f.code in _SAID_BY_THE_GATE}
    findings = [f for f in findings if not (f.code == "privacy.internal" and (f.path, f.line) in said)]
    # The preview comparison is the general rule; a check that names the mistake (a space in a link's
    # address, a heading without a blank line above) says it better on its line.
    named = {(f.path, f.line) for f in findings if f.code != PREVIEW_DIFFERS and f.severity is Severity.ERROR}
    findings = [f for f in findings if not (f.code == PREVIEW_DIFFERS and (f.path, f.line) in named)]
    # A chapter in the other målform: the language check says so for the whole chapter (both ways), so the
    # bokmål-word check, which reads every file of a nynorsk report, stays quiet on that chapter.
    whole = {f.path for f in findings if f.code == "klarsprak.malform"}
    return [f for f in findings if not (f.code == "language.bokmal" and f.path in whole)]
