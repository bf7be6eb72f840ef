from rapportlinja.read.frontmatter import split


def test_split_reports_body_line():
    result, findings = split("---\ntittel: A\n---\n\nTekst\n", "a.md")
    assert findings == []
    assert result.yaml_text == "tittel: A" and result.yaml_first_line == 2
    assert result.body_first_line == 4 and result.body == "\nTekst\n"


def test_missing_frontmatter():
    result, findings = split("# Tittel\n\nTekst\n", "a.md")
    assert result is None and "mangler frontmatter" in findings[0].message


def test_frontmatter_not_on_first_line():
    result, findings = split("\n---\ntittel: A\n---\n", "a.md")
    assert result is None
    assert "første linje" in findings[0].message and "linje 2" in findings[0].hint


def test_unterminated_frontmatter():
    result, findings = split("---\ntittel: A\n\nTekst uten slutt\n", "a.md")
    assert result is None and "ikke avsluttet" in findings[0].message


def test_dots_close_frontmatter_too():
    result, _ = split("---\ntittel: A\n...\nTekst\n", "a.md")
    assert result is not None and result.body == "Tekst\n"
