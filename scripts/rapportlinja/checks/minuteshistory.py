"""Minutes an archivist accepts: approved minutes are never edited, and later minutes that close or
update an earlier action («oppdaterer») point at an action that exists.

An approved file is compared with the first version Git has of it with «godkjent» set: any change
after that is an error, and so is a change made together with the approval. The marking
(«klassifisering», «hjemmel») may change: lifting or setting a restriction after an access
request is an archival act on the record's metadata, not an edit of the record. Outside Git (a zip
download) there is no history, and only the references are checked.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the types: gitinfo.open_repo imports GitPython when there are minutes to read
    import git

from rapportlinja.base import gitinfo, yamldoc
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.read.archive import Archive, MinutesFile
from rapportlinja.read.textfile import read_bytes

_APPROVED = re.compile(r"^godkjent:\s*\S.*$", re.MULTILINE)
# The template ships the approval as a comment («# godkjent: ÅÅÅÅ-MM-DD …») to be uncommented: the commented
# line is the same metadata slot, so filling it in is an approval, not an edit of the record.
_METADATA = re.compile(r"^(?:#[ \t]*)?(?:godkjent|klassifisering|hjemmel):.*\n?", re.MULTILINE)


def check_history(store: Archive, selected: set[str] | None = None) -> list[Finding]:
    files = [f for f in store.minutes if f.loaded.ok and (selected is None or f.loaded.rel in selected)]
    findings = [finding for file in files for finding in check_references(file, store)]
    try:
        repo = gitinfo.open_repo(store.layout.root) if files else None  # no minutes: no repository, no `git log`
    except gitinfo.GitMissing as missing:
        return [*findings, _history_unread(missing.message, missing.hint)]
    if repo is not None and gitinfo.is_shallow(repo):
        findings.append(
            _history_unread(gitinfo.shallow_warning("endringer gjort før klonens grense kan ikke ses"), None)
        )
    if repo is not None:
        history = _history(repo, store.layout.rel(store.layout.meetings))
        findings += [finding for file in files for finding in check_unchanged(file, repo, history)]
    return findings


def check_references(file: MinutesFile, store: Archive) -> Iterator[Finding]:
    data, loaded = file.loaded.data, file.loaded
    by_date = {f.path.stem: f for f in store.minutes if f.folder == file.folder and f.loaded.ok}
    for index, update in enumerate(data.get("oppdaterer", [])):
        line, column = yamldoc.position(loaded.nodes, ("oppdaterer", index), loaded.yaml_first_line)
        target = by_date.get(update["referat"])
        if target is None or update["referat"] >= file.path.stem:
            yield error(
                loaded.rel,
                line,
                column,
                f"Fant ikke et tidligere referat {update['referat']} på linjen «{file.folder}».",
                "«referat» er datoen til et eldre referat i samme mappe.",
                "minutes.update-unknown",
            )
            continue
        count = len(target.loaded.data.get("oppfølging", []))
        if update["tiltak"] > count:
            yield error(
                loaded.rel,
                line,
                column,
                f"Referatet {update['referat']} har {count} tiltak, ikke nummer {update['tiltak']}.",
                "Tell tiltakene under «oppfølging» i det referatet, det første er 1.",
                "minutes.update-unknown",
            )


def _history_unread(message: str, hint: str | None) -> Finding:
    """A warning, not an error: the references are still checked, and CI (which has git) checks the rest."""
    return warning(
        "meetings/",
        0,
        0,
        f"Godkjente referater ble ikke sjekket mot historikken: {message}",
        hint,
        "minutes.history-unread",
    )


def _history(repo: git.Repo, folder: str) -> dict[str, list[tuple[str, str]]]:
    """(commit, blob) of every committed version of every file under `folder`, oldest first: one `git log`."""
    out = repo.git.log("--reverse", "--no-renames", "--raw", "--no-abbrev", "--format=%x00%H", "--", folder)
    found: dict[str, list[tuple[str, str]]] = {}
    commit = ""
    for line in out.splitlines():
        if line.startswith("\x00"):
            commit = line[1:]
        elif line.startswith(":") and "\t" in line:
            meta, path = line.split("\t", 1)
            blob = meta.split()[3]
            if set(blob) != {"0"}:  # all zeros: deleted in this commit
                found.setdefault(path, []).append((commit, blob))
    return found


def _blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _versions(repo: git.Repo, blobs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(commit, text) for the given versions, read from the object database (no process per file)."""
    return [(commit, repo.odb.stream(bytes.fromhex(blob)).read().decode("utf-8", "replace")) for commit, blob in blobs]


def _record(text: str) -> str:
    """The record itself: the text without the approval and the marking."""
    return _METADATA.sub("", text.replace("\r\n", "\n"))


def check_unchanged(file: MinutesFile, repo: git.Repo, history: dict[str, list[tuple[str, str]]]) -> Iterator[Finding]:
    rel = file.loaded.rel
    data = read_bytes(file.path)
    if data is None:
        return  # unreadable: the loader has already said so
    blobs = history.get(rel, [])
    if len(blobs) == 1 and blobs[0][1] == _blob_id(data):
        return  # one version, unchanged since: nothing was edited, nothing approved with an edit
    current = data.decode("utf-8", "replace")
    versions = _versions(repo, blobs)
    approved_at = next((i for i, (_, text) in enumerate(versions) if _APPROVED.search(text)), None)
    if approved_at is None:
        if versions and _APPROVED.search(current) and _record(current) != _record(versions[-1][1]):
            yield _changed(rel, "sammen med godkjenningen", None)
        return
    sha, approved = versions[approved_at]
    if approved_at > 0 and _record(approved) != _record(versions[approved_at - 1][1]):
        yield _changed(rel, "i samme commit som godkjenningen", sha)
    later = [text for _, text in versions[approved_at + 1 :]] + [current]
    if any(_record(text) != _record(approved) for text in later):
        yield _changed(rel, "etter at det ble godkjent", sha)


def _changed(rel: str, when: str, sha: str | None) -> Finding:
    short = sha[:10] if sha else "HEAD"
    return error(
        rel,
        1,
        1,
        f"Referatet er endret {when}. Et godkjent referat er et arkivdokument og endres ikke.",
        "Lukk eller gi ny frist til et tiltak i neste referat med «oppdaterer» (referat, tiltak, status); "
        f"se endringen med «git diff {short} -- {rel}» og angre den.",
        "minutes.approved-changed",
    )
