import pytest

from rapportlinja.base import yamldoc


def load(text, first_line=2):
    return yamldoc.load(text, "x.md", first_line)


def only(result):
    assert len(result.findings) == 1, result.findings
    f = result.findings[0]
    return f.line, f.column, f.message


def test_positions_point_at_keys_and_values_with_frontmatter_offset():
    result = load("tittel: A\nmedvirkning:\n  - helse\n  - skole\n")
    assert yamldoc.position(result.nodes, ("tittel",), 2) == (2, 9)
    assert yamldoc.key_position(result.nodes, ("medvirkning",), 2) == (3, 1)
    assert yamldoc.position(result.nodes, ("medvirkning", 1), 2) == (5, 5)
    # a missing path falls back to its nearest ancestor
    assert yamldoc.position(result.nodes, ("medvirkning", 9), 2) == (4, 3)


def test_every_duplicate_key_is_reported_at_its_line():
    result = load("a: 1\nb: 2\na: 3\nb: 4\n")
    assert [(f.line, f.message) for f in result.findings] == [
        (4, "Nøkkelen «a» står to ganger."),
        (5, "Nøkkelen «b» står to ganger."),
    ]


def test_tab_indentation_is_explained():
    assert only(load("a:\n\t- x\n"))[:2] == (3, 1)
    assert "Tabulator" in only(load("a:\n\t- x\n"))[2]


def test_non_breaking_space_after_colon_is_explained():
    line, column, message = only(load("tittel:\u00a0Om barnevernet\n"))
    assert (line, column) == (2, 8) and "NBSP" in message


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1, 2]\nb: *x\n",
        "a: &a ['lol','lol']\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
    ],
)
def test_aliases_are_refused_before_they_expand(text):
    result = load(text)
    assert result.data is None
    assert "aliaser" in result.findings[0].message


def test_colon_in_value_gets_quoting_hint():
    result = load("tittel: Mål: færre fristbrudd\n")
    assert result.findings[0].line == 2
    assert "anførselstegn" in result.findings[0].hint


def test_smart_quotes_warn_and_keep_value():
    result = load("tittel: “Om barnevernet”\n")
    assert result.data == {"tittel": "“Om barnevernet”"}
    assert result.findings[0].severity.value == "advarsel"


def test_dates_stay_iso_strings_and_numbers_stay_numbers():
    result = load('dato: 2026-03-02\nbad: 1.12.2026\når: 2025\nnummer: "0301"\n')
    assert result.data == {"dato": "2026-03-02", "bad": "1.12.2026", "år": 2025, "nummer": "0301"}


def test_unterminated_quote_has_line():
    result = load('tittel: "Om barnevernet\nstatus: utkast\n')
    assert result.data is None and result.findings[0].line >= 2


def test_empty_document_is_none_without_findings():
    result = load("# bare en kommentar\n")
    assert result.data is None and result.findings == []


def _tree(node):
    if node is None:
        return None
    value = node.value
    if isinstance(value, list):
        value = [(_tree(v[0]), _tree(v[1])) if isinstance(v, tuple) else _tree(v) for v in value]
    return (type(node).__name__, node.tag, value, node.start_mark.line, node.start_mark.column)


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\nb: no\nc: 010\nd: 0o10\ne: 1_000\nf: 2026-03-01\ng: ~\nh: .inf\ni: 0x1F\nj: '1'\n",
        "%YAML 1.1\n---\na: yes\nb: 010\n",
        "- [1, 2.5, -3]\n- {a: b, c: null}\n- |\n  blokk\n- >\n  brettet\n",
        "tittel: «Rapport»\nliste:\n  - én\n  - to\n",
    ],
)
def test_our_composer_gives_the_nodes_ruamels_compose_gives(text: str) -> None:
    from ruamel.yaml import YAML

    assert _tree(yamldoc._compose(text)) == _tree(YAML(typ="safe", pure=False).compose(text))
