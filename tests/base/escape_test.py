import typst

from rapportlinja.base import escape


def test_markup_escapes_every_typst_control_character():
    assert escape.markup('#read("x") ] [ $ * _ < @ // =') == ('\\#read\\("x"\\) \\] \\[ \\$ \\* \\_ \\< \\@ \\/\\/ \\=')


def test_markup_and_string_survive_typst(tmp_path):
    hostile = '#read("/etc/passwd") ] [ $x$ `kode` <label> @ref // kommentar \\ "sitat"'
    source = tmp_path / "t.typ"
    source.write_text(f"#let s = {escape.string(hostile)}\n{escape.markup(hostile)}\n\n#s\n", "utf-8")
    data = typst.compile(str(source), root=str(tmp_path), format="svg")
    assert data  # compiles: nothing ran, nothing broke the syntax


def test_string_is_a_single_line_literal():
    assert escape.string('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c d"'


def test_finalize_passes_our_code_through():
    assert escape.finalize(escape.TypstCode("#x")) == "#x"
    assert escape.finalize("#x") == "\\#x"


def test_csv_cells_that_start_like_a_formula_are_text() -> None:
    """OWASP's CSV injection rule: a leading quote, so a spreadsheet shows the cell and runs nothing."""
    for cell in ('=HYPERLINK("https://e.example";"x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert escape.csv_cell(cell) == "'" + cell
    for cell in ("Meldinger", "-1,5", "-12", "2025", "", "12,5"):
        assert escape.csv_cell(cell) == cell  # words and plain numbers are data
