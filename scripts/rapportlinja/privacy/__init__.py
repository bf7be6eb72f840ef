"""Personal-data scanner: nothing that identifies a person may enter the repository.

`scan_text` finds ID numbers, phone numbers and e-mail addresses (errors);
`find_probable_names` finds common given names (a warning, for meeting minutes).
"""

from rapportlinja.base.personal.idnumber import id_number_kind, is_id_number
from rapportlinja.base.personal.scanner import KIND_NOUNS, PrivacyHit, normalize_number, scan_text
from rapportlinja.privacy.names import NameHit, find_probable_names

__all__ = [
    "KIND_NOUNS",
    "NameHit",
    "PrivacyHit",
    "find_probable_names",
    "id_number_kind",
    "is_id_number",
    "normalize_number",
    "scan_text",
]
