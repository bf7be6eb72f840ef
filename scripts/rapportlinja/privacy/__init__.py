"""Personal-data scanner: nothing that identifies a person may enter the repository.

`scan_text` finds ID numbers, phone numbers and e-mail addresses (errors);
`find_probable_names` finds common given names (a warning, for meeting minutes).
"""

from rapportlinja.privacy.idnumber import id_number_kind, is_id_number
from rapportlinja.privacy.names import NameHit, find_probable_names
from rapportlinja.privacy.scanner import KIND_NOUNS, PrivacyHit, normalize_number, scan_text

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
