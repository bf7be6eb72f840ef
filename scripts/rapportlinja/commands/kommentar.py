"""One comment on the pull request that links the draft and the redline, edited on every push.

The comment carries a hidden marker; on the next push the comment with the marker is edited
instead of a new one being added. Needs `pull-requests: write`; a pull request from a fork
gets a read-only token, and then the job summary alone carries the redline: we say so in
one Norwegian sentence and exit 0, since a missing comment must never fail the check.

Run by `rapport endringer --kommenter`, or on its own in a workflow job that has only
the redline artifact and the standard library: `python -m rapportlinja.commands.kommentar FILE`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from rapportlinja.base.personal.masking import mask_found
from rapportlinja.read.github_api import ApiError, GitHub, Opener

MARKER = "<!-- rapportlinja:endringer -->"
LIX_MARKER = "<!-- rapportlinja:lix -->"  # checks.lix_changes.MARKER; this module runs on the standard library
MAX_SUMMARY = 20_000  # GitHub refuses comments over 65,536 characters; the summary holds the rest
READ_ONLY = (
    "Merk: kommentaren på pull requesten ble ikke laget, fordi tokenet bare kan lese "
    "(slik er det for pull requests fra en fork). Endringene står i jobbsammendraget."
)


def pull_request_number(event_path: str) -> int | None:
    """The pull request's number from the event GitHub wrote for the workflow; None for a push."""
    try:
        event = json.loads(Path(event_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    pull = event.get("pull_request") if isinstance(event, dict) else None
    number = pull.get("number") if isinstance(pull, dict) else None
    return number if isinstance(number, int) else None


def body(summary: str, env: Mapping[str, str]) -> str:
    """The comment: links first, then what changed (masked: a comment is as public as the repository)."""
    run = f"{env.get('GITHUB_SERVER_URL', 'https://github.com')}/{env.get('GITHUB_REPOSITORY', '')}"
    run += f"/actions/runs/{env.get('GITHUB_RUN_ID', '')}"
    draft = env.get("RAPPORT_UTKAST_URL") or run
    redline = env.get("RAPPORT_ENDRINGER_URL") or run
    text = mask_found(summary.strip())
    # The readability table (LIX before and after, see checks/lix_changes) goes above the folded details.
    text, _, readability = text.partition(LIX_MARKER)
    text = text.strip()
    if len(text) > MAX_SUMMARY:
        text = text[:MAX_SUMMARY].rsplit("\n", 1)[0] + "\n\n… (resten står i jobbsammendraget)"
    return "\n".join(
        [
            MARKER,
            "### Til gjennomgang",
            "",
            f"- [Utkast til rapporten (PDF)]({draft})",
            f"- [Endringene merket i teksten (endringer.pdf og endringer.md)]({redline})",
            f"- [Jobbsammendraget med endringene]({run})",
            "",
            *([readability.strip(), ""] if readability.strip() else []),
            "<details><summary>Hva er endret</summary>",
            "",
            text,
            "",
            "</details>",
            "",
            f"Oppdatert for {env.get('GITHUB_SHA', '')[:10]}. Kommentaren oppdateres ved hver push.",
        ]
    )


def upsert(api: GitHub, repository: str, number: int, text: str) -> str:
    """Edit our comment if there is one, else create it; returns «oppdatert» or «laget»."""
    for comment in api.get_all(f"/repos/{repository}/issues/{number}/comments"):
        if isinstance(comment, dict) and MARKER in str(comment.get("body", "")):
            api.call("PATCH", f"/repos/{repository}/issues/comments/{comment['id']}", {"body": text})
            return "oppdatert"
    api.call("POST", f"/repos/{repository}/issues/{number}/comments", {"body": text})
    return "laget"


def run_from_environment(env: Mapping[str, str], summary: str, opener: Opener | None = None) -> int:
    """Always 0: the comment is a convenience, the check itself has already passed or failed."""
    api = GitHub.from_environment(env, opener)
    repository = env.get("GITHUB_REPOSITORY", "")
    number = pull_request_number(env.get("GITHUB_EVENT_PATH", ""))
    if api is None or not repository or number is None:
        print("Ingen pull request eller token her, så det ble ikke laget noen kommentar.")
        return 0
    try:
        done = upsert(api, repository, number, body(summary, env))
    except ApiError as error:
        if error.status in (401, 403, 404):
            print(READ_ONLY)
        else:
            status = error.status or "ingen kontakt"
            print(f"Merk: GitHub svarte ikke som ventet ({status}), så kommentaren ble ikke laget.")
        return 0
    print(f"Kommentaren på pull request #{number} er {done}.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    path = Path(args[0]) if args else Path("build/endringer.md")
    try:
        summary = path.read_text(encoding="utf-8")
    except OSError:
        print(f"Fant ikke {path}; kommentaren lenker bare til kjøringen.")
        summary = ""
    return run_from_environment(os.environ, summary)


if __name__ == "__main__":
    raise SystemExit(main())
