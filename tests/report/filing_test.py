"""The «arkiv» settings and the screening pair each marking gives in the archive."""

from __future__ import annotations

from rapportlinja.report.filing import Access, Settings, access_for, folder_key, settings_from

SETTINGS = Settings("SAK", None, "000", "Barneverntjenesten", {})


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


def test_public_documents_are_not_screened() -> None:
    assert access_for("offentlig", None, SETTINGS) is None


def test_organ_internal_documents_are_filed_under_section_14() -> None:
    assert access_for("intern", None, SETTINGS) == Access("14", "offl. § 14")


def test_withheld_documents_carry_their_basis_and_the_section_as_code() -> None:
    basis = "offl. § 13, jf. bvl. § 13-1"
    assert access_for("unntatt offentlighet", basis, SETTINGS) == Access("13", basis)


def test_the_archives_own_codes_win() -> None:
    own = SETTINGS._replace(access_codes={"offl. § 13, jf. bvl. § 13-1": "BV"})
    assert access_for("unntatt offentlighet", "offl. § 13, jf. bvl. § 13-1", own) == Access(
        "BV", "offl. § 13, jf. bvl. § 13-1"
    )
    assert access_for("intern", None, own) == Access("14", "offl. § 14")


def test_a_line_and_year_always_name_the_same_folder() -> None:
    assert folder_key("4205", "referat", "barnevernleder-kommunalsjef", 2026) == folder_key(
        "4205", "referat", "barnevernleder-kommunalsjef", 2026
    )
    assert folder_key("4205", "referat", "a", 2026) != folder_key("4205", "referat", "a", 2027)
