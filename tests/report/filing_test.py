"""The «arkiv» settings and the screening pair each marking gives in the archive."""

from __future__ import annotations

from rapportlinja.report.filing import Settings, folder_key, settings_from


def test_settings_come_from_the_arkiv_section() -> None:
    edition = {
        "arkiv": {
            "arkivdel": "SAK",
            "klassifikasjon": {"system": "K-koder", "klasse": "F47"},
            "administrativ_enhet": "Barneverntjenesten",
            "tilgangskoder": {"offl. § 14": "UO"},
        }
    }
    assert settings_from(edition) == Settings("SAK", "K-koder", "F47", "Barneverntjenesten", {"offl. § 14": "UO"})
    assert settings_from({"kommune": {}}) is None  # the section is optional; the commands say what is missing


def test_a_line_and_year_always_name_the_same_folder() -> None:
    assert folder_key("4205", "referat", "barnevernleder-kommunalsjef", 2026) == folder_key(
        "4205", "referat", "barnevernleder-kommunalsjef", 2026
    )
    assert folder_key("4205", "referat", "a", 2026) != folder_key("4205", "referat", "a", 2027)
