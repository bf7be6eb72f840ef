"""Property: no input, however broken, crashes the loaders; they return findings instead."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapportlinja.base import yamldoc
from rapportlinja.read import frontmatter
from rapportlinja.read.textfile import decode
from rapportlinja.read.validate import validate
from rapportlinja.report.markdown import scan

YAML_PIECES = st.sampled_from(
    [
        "tittel: ",
        "status: ",
        "- ",
        "  ",
        "\t",
        "\u00a0",
        ":",
        "---\n",
        "...\n",
        "\n",
        "&a ",
        "*a ",
        "[",
        "]",
        "{",
        "}",
        '"',
        "'",
        "“",
        "#",
        "2026-13-45",
        "1.12.2026",
        "!!python/object:os.system ",
        "? ",
        "|\n",
        ">\n",
        "%YAML 1.1\n",
        "klassifisering: unntatt offentlighet\n",
        "medvirkning:\n",
        "\ufeff",
        "\r\n",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(YAML_PIECES | st.text(max_size=8), max_size=40))
def test_frontmatter_pipeline_never_raises(pieces):
    text = "---\n" + "".join(pieces) + "\n---\nBrødtekst\n"
    decoded = decode(text.encode("utf-8", errors="surrogatepass"), "x.md")
    if decoded.text is None:
        assert decoded.findings
        return
    split, findings = frontmatter.split(decoded.text, "x.md")
    if split is None:
        assert findings
        return
    result = yamldoc.load(split.yaml_text, "x.md", split.yaml_first_line)
    if isinstance(result.data, dict):
        for finding in validate("kapittel", result.data, result.nodes, "x.md", split.yaml_first_line):
            # «None» in a message is a bug in our wording, unless the writer typed it.
            assert finding.line >= 1 and ("None" not in finding.message or "None" in text)
    for finding in result.findings:
        assert finding.line >= 1 and finding.message


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_explain(data):
    result = decode(data, "x.md")
    assert (result.text is None) == bool(result.findings)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("#!![]()`~{}<>=-*_ \nabcæøå.md1"), max_size=200))
def test_markdown_scanner_never_raises(body):
    result = scan(body, 1)
    assert all(h.level >= 1 for h in result.headings)
