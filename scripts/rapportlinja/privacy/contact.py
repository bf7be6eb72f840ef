"""Which numbers and addresses belong to a person, not an office: never on the allow-list.

The allow-list (report/tillatte-tall.yaml) is for the municipality's switchboard, offices, helplines,
shared mailboxes and organisation numbers. A Norwegian mobile number (eight digits starting with 4
or 9, with or without +47) is a person's, whatever the reason given; so is an address at a consumer
mail service (Gmail, Hotmail, Outlook, Online …) or one whose local part is a person's name
(«kari.hansen@…», «k.hansen@…», «kari@…»).
"""

from __future__ import annotations

import re

from rapportlinja.privacy.names_data import FAMILY_NAMES, GIVEN_NAMES

_DOMAINS = (
    "gmail.com googlemail.com hotmail.com hotmail.no live.com live.no msn.com outlook.com outlook.no "
    "yahoo.com yahoo.no ymail.com icloud.com me.com mac.com aol.com online.no frisurf.no getmail.no "
    "start.no broadpark.no c2i.net chello.no altibox.no lyse.net tele2.no tiscali.no proton.me "
    "protonmail.com pm.me gmx.com gmx.net mail.com yandex.com"
)
CONSUMER_DOMAINS = frozenset(_DOMAINS.split())
_NATIONAL = re.compile(r"(?:0047|47)?([49]\d{7})")


def is_mobile_number(digits: str) -> bool:
    """Bare digits, as the scanner normalises them: «+47 912 34 567» → True."""
    return _NATIONAL.fullmatch(digits) is not None


def is_personal_address(address: str) -> bool:
    local, _, domain = address.strip().lower().rpartition("@")
    if domain in CONSUMER_DOMAINS:
        return True
    parts = [part.capitalize() for part in re.split(r"[._\-+]", local) if part]
    if not parts:
        return False
    given = [part in GIVEN_NAMES for part in parts]
    family = [part in FAMILY_NAMES for part in parts]
    if len(parts) == 1:
        return given[0]  # «kari@»; «berg@» may be an office at a place
    initial = len(parts[0]) == 1 and any(family[1:])  # «k.hansen@»
    return given[0] or initial or (any(given) and any(family))  # «kari.hansen@», «hansen.kari@»
