from rapportlinja.report.markdown import identifier, scan


def test_pandoc_identifiers_keep_norwegian_letters():
    assert identifier("Tiltak for å holde turnover lav") == "tiltak-for-å-holde-turnover-lav"
    assert identifier("3.1 Nøkkeltall (2025)!") == "nøkkeltall-2025"
    assert identifier("2025") == "section"


def test_scan_finds_headings_images_links_with_positions():
    body = '\n## Del én\n\nSe [her](02-b.md#del) og ![Alt](bilde.svg){alt="Forklaring"}.\n### Under {#egen}\n'
    result = scan(body, 10)
    assert [(h.level, h.ident, h.line, h.blank_before) for h in result.headings] == [
        (2, "del-én", 11, True),
        (3, "egen", 14, False),
    ]
    assert [(i.alt, i.src, i.line, i.column) for i in result.images] == [("Forklaring", "bilde.svg", 13, 26)]
    assert [(link.target, link.line, link.column) for link in result.links] == [("02-b.md#del", 13, 4)]


def test_code_is_skipped():
    body = "```\n# ikke overskrift\n![](x.png)\n```\n\nTekst `![](y.png)` her.\n"
    result = scan(body, 1)
    assert result.headings == [] and result.images == []


def test_duplicate_headings_get_numbered_ids_like_pandoc():
    result = scan("## Mål\n\n## Mål\n", 1)
    assert [h.ident for h in result.headings] == ["mål", "mål-1"]
