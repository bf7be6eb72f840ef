from rapportlinja.read.textfile import decode


def test_utf8_bom_and_crlf_are_normalised():
    result = decode("\ufefftittel: Å\r\nstatus: x\r\n".encode(), "a.md")
    assert result.findings == []
    assert result.text == "tittel: Å\nstatus: x\n"


def test_windows_1252_is_named_with_line_and_column():
    result = decode("linje en\ntittel: Bl\xe5b\xe6r\n".encode("cp1252"), "a.md")
    assert result.text is None
    (finding,) = result.findings
    assert (finding.line, finding.column) == (2, 11)
    assert "Windows-1252" in finding.message and "«å»" in finding.message
    assert "UTF-8" in (finding.hint or "")


def test_utf16_is_refused_with_advice():
    result = decode("tittel: x".encode("utf-16"), "a.md")
    assert result.text is None
    assert "UTF-16" in result.findings[0].message


def test_empty_and_blank_files_are_errors():
    for data in (b"", b"  \n\n"):
        result = decode(data, "a.md")
        assert result.text is None
        assert result.findings[0].message == "Filen er tom."


def test_binary_file_is_refused():
    result = decode(b"\x89PNG\r\n\x1a\n\x00\x00", "a.md")
    assert "binærfil" in result.findings[0].message
