"""No personal data in the repository: ID numbers, phone numbers and e-mail addresses are errors.

Every file under report/ and meetings/ is scanned (see `privacy_files`), Markdown and
YAML as raw text, frontmatter and body alike, even when it does not parse: a file with a YAML error can
still hold an ID number. Public numbers that are meant to be there (the switchboard,
national helplines, the municipality's bank account written as one) go in
report/tillatte-tall.yaml, each with a reason; the list's comments and reasons are
scanned like any other text.
"""

from __future__ import annotations

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.layout import Layout
from rapportlinja.base.loaded import Loaded
from rapportlinja.base.personal.linktarget import scan_link_targets
from rapportlinja.base.personal.masking import mask_user_text
from rapportlinja.checks import privacy_files, privacy_history, privacy_names
from rapportlinja.privacy import KIND_NOUNS, find_probable_names, id_number_kind, normalize_number, scan_text
from rapportlinja.privacy.account import is_account_number, written_as_account
from rapportlinja.privacy.contact import is_mobile_number, is_personal_address
from rapportlinja.privacy.internal import internal_text
from rapportlinja.read.documents import load_yaml_file

ALLOW_LIST = privacy_names.ALLOW_LIST

_HINTS = {
    "telefonnummer": f"Personopplysninger skal aldri inn i repositoriet. Er nummeret offentlig (sentralbord, "
    f"nasjonal hjelpetelefon), legg det i {ALLOW_LIST} med en begrunnelse.",
    "e-postadresse": f"Skriv en rolle i stedet for en adresse. Er adressen en offentlig fellesadresse "
    f"(postmottak), legg den i {ALLOW_LIST} med en begrunnelse.",
}
_ID_HINT = "Personopplysninger skal aldri inn i repositoriet. Vis til saker med saks-ID (for eksempel BV-2026-014)."
_ACCOUNT_HINT = (
    f"Er dette et kontonummer og ikke et fødselsnummer, før det opp i {ALLOW_LIST} skrevet som "
    "kontonummer (1234.56.78903) med en begrunnelse."
)


def check_privacy(layout: Layout, selected: set[str] | None, edition: Loaded | None = None) -> list[Finding]:
    """`edition`: report/rapport.yaml as read (the municipality's name is no person's; its titles are public)."""
    allow_list = load_yaml_file(layout.root / ALLOW_LIST, ALLOW_LIST, "personvern")
    findings = check_allow_list(allow_list) if (layout.root / ALLOW_LIST).exists() else []
    allowed = allowed_values(allow_list)
    listed = allowed | _listed_values(allow_list)
    rules = privacy_names.rules_for(edition.data if edition else None, allowed_names(allow_list))
    if edition is not None and (selected is None or edition.rel in selected):
        findings += privacy_names.edition_findings(edition, rules)
    for path, rel, is_dir in privacy_files.walk(layout):
        if selected is not None and rel not in selected and not is_dir:
            continue
        # A name is text too: 10-15038512363.md or meetings/01016012315/.
        if selected is None or rel in selected:
            findings += _hits(path.name, rel, allowed, name=True)
        found = privacy_files.link_findings(path, rel)
        findings += found
        if found or is_dir:
            continue  # never follow a link, never read through one
        scanned = privacy_files.read_for_scan(path, rel)
        findings += scanned.findings
        if scanned.text is None:
            continue
        # The allow-list's own comments and reasons are scanned too; its values are
        # judged by check_allow_list.
        findings += _hits(scanned.text, rel, listed if rel == ALLOW_LIST else allowed)
        if rel.startswith("meetings/") and rel.endswith(".md"):
            findings += _name_warnings(scanned.text, rel)
        if privacy_names.is_public(rel):
            findings += privacy_names.name_findings(privacy_names.public_text(rel, scanned.text), rel, rules)
        if rel.startswith("report/kapitler/") and rel.endswith(".md"):
            findings += [
                error(
                    rel,
                    line,
                    1,
                    message,
                    "Slett linjen; interne merknader hører hjemme utenfor rapporten.",
                    "privacy.internal",
                )
                for line, message in internal_text(scanned.text)
            ]
    if selected is None:
        findings += privacy_history.check_history(layout, allowed, rules)
        findings += privacy_files.exports_elsewhere(layout)
    return findings


MAX_HITS_PER_FILE = 50  # enough to fix; a file with more is a leak to be deleted, not listed


def _hits(text: str, rel: str, allowed: frozenset[str], name: bool = False) -> list[Finding]:
    findings = []
    hits = scan_text(text, allowed, limit=MAX_HITS_PER_FILE + 1)
    if not name and len(hits) <= MAX_HITS_PER_FILE:
        # A value percent-encoded or split over query parameters in a link target (the PDF's link, the page's href).
        hits = sorted([*hits, *scan_link_targets(text, allowed)], key=lambda hit: (hit.line, hit.column))
    if len(hits) > MAX_HITS_PER_FILE:
        findings.append(
            error(
                rel,
                0,
                0,
                f"Filen har mer enn {MAX_HITS_PER_FILE} personopplysninger; bare de første vises.",
                "Slett filen fra repositoriet; den ser ut som et uttrekk med personopplysninger.",
                "privacy.many",
            )
        )
    for hit in hits[:MAX_HITS_PER_FILE]:
        noun = KIND_NOUNS[hit.kind]
        hint = _HINTS.get(hit.kind, _ID_HINT)
        where = "Navnet på filen eller mappen" if name else "Dette"
        findings.append(
            error(
                rel,
                0 if name else hit.line,
                0 if name else hit.column,
                f"{where} ser ut som {noun} ({hit.masked})."
                if not name
                else f"{where} inneholder {noun} ({hit.masked}).",
                f"{hint} {_ACCOUNT_HINT}" if hit.account_context else hint,
                f"privacy.{hit.kind}",
            )
        )
    return findings


def _name_warnings(text: str, rel: str) -> list[Finding]:
    return [
        warning(
            rel,
            hit.line,
            hit.column,
            f"«{hit.name}» ser ut som et personnavn.",
            "Referater skal nevne roller (barnevernleder, kommunalsjef …), ikke personer.",
            "privacy.name",
        )
        for hit in find_probable_names(text)
    ]


def allowed_values(allow_list: Loaded) -> frozenset[str]:
    if not allow_list.ok:
        return frozenset()
    values = (item["verdi"] for item in allow_list.data["tillatt"])
    return frozenset(_normalized(v) for v in values if _may_be_allowed(v))


def _listed_values(allow_list: Loaded) -> frozenset[str]:
    """Every value on the list, allowed or not, as the scanner compares them."""
    if not allow_list.ok:
        return frozenset()
    return frozenset(_normalized(item["verdi"]) for item in allow_list.data["tillatt"])


def _may_be_allowed(value: str) -> bool:
    """Anything public: never an ID number (one that is also a valid account only written as an
    account), a mobile number or a person's e-mail address."""
    return _refusal(value) is None


def allowed_names(allow_list: Loaded) -> frozenset[str]:
    """Public persons on the list, quoted by name: values of capitalised words without digits or «@»."""
    if not allow_list.ok:
        return frozenset()
    values = (" ".join(str(item["verdi"]).split()) for item in allow_list.data["tillatt"])
    return frozenset(v for v in values if _is_name(v))


def _is_name(value: str) -> bool:
    words = value.split()
    return len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)


_REFUSALS = {
    "id": (
        "Et fødselsnummer kan aldri stå på listen over tillatte tall.",
        "Slett linjen. Personopplysninger skal ikke inn i repositoriet. Er det et kontonummer, "
        "skriv det som kontonummer (1234.56.78903) og forklar i «grunn» at det er kommunens konto.",
    ),
    "mobile": (
        "«{masked}» er et mobilnummer (norske mobilnumre begynner på 4 eller 9); det hører til en person, "
        "ikke til kommunen, og kan ikke stå på listen uansett grunn.",
        "Slett linjen, og skriv kommunens sentralbord eller en felles vakttelefon i teksten i stedet.",
    ),
    "email": (
        "«{masked}» ser ut som en personlig e-postadresse (et navn eller en privat e-posttjeneste); den kan "
        "ikke stå på listen uansett grunn.",
        "Slett linjen, og skriv kommunens fellesadresse (for eksempel postmottak@…) i stedet.",
    ),
}


def _refusal(value: str) -> str | None:
    """Why a value can never be allowed ("id", "mobile", "email"), or None."""
    if "@" in value:
        return "email" if is_personal_address(value) else None
    digits = normalize_number(value)
    if id_number_kind(digits) and not (written_as_account(value) and is_account_number(digits)):
        return "id"
    return "mobile" if is_mobile_number(digits) else None


def _normalized(value: str) -> str:
    """As the scanner compares: e-mail in lower case, numbers as bare digits."""
    return value.strip().lower() if "@" in value else normalize_number(value)


def check_allow_list(allow_list: Loaded) -> list[Finding]:
    """The allow-list is reviewed data too: valid, with reasons, and never an ID number."""
    findings = list(allow_list.findings)
    if not allow_list.ok:
        return findings
    for index, item in enumerate(allow_list.data["tillatt"]):
        line, column = yamldoc.position(allow_list.nodes, ("tillatt", index, "verdi"), 1)
        value = item["verdi"]
        refusal = _refusal(value)
        if refusal is not None:
            message, hint = _REFUSALS[refusal]
            code = "privacy.allow-list-id" if refusal == "id" else f"privacy.allow-list-{refusal}"
            findings.append(
                error(allow_list.rel, line, column, message.format(masked=mask_user_text(value)), hint, code)
            )
        elif is_account_number(normalize_number(value)) and written_as_account(value):
            continue  # a public account (the municipality's), reviewed with its reason
        elif not scan_text(value) and not _is_name(" ".join(value.split())):
            findings.append(
                warning(
                    allow_list.rel,
                    line,
                    column,
                    f"«{mask_user_text(value)}» ser ikke ut som et telefonnummer, et kontonummer eller en "
                    "e-postadresse, så den trenger ikke å stå her.",
                    "Slett linjen.",
                    "privacy.allow-list-unused",
                )
            )
    return findings
