"""The kommunedirektør's saksframlegg for the tilstandsrapport: a short Markdown skeleton with «forslag til vedtak».

The service does not address the council directly: the kommunedirektør lays the report before the committees
and sees that the case is properly prepared (kommuneloven § 13-1 tredje ledd). The skeleton takes the
committees and dates from «politisk_behandling» in report/rapport.yaml; the assessment is the kommunedirektør's
to write, in the municipality's case system.
"""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import atomic
from rapportlinja.base.labels import long_date
from rapportlinja.base.layout import Layout
from rapportlinja.render import templating
from rapportlinja.report.model import Edition

WORDS = {
    "nb": {
        "heading": "Saksframlegg",
        "from": "Sak fremmes av",
        "director": "kommunedirektør",
        "prepared_by": "Saksbehandler",
        "committees": "Behandles i",
        "proposal": "Kommunedirektørens forslag til vedtak",
        "decision": "{body} tar «{title}» til orientering.",
        "background": "Bakgrunn",
        "background_text": (
            "Barnevernstjenesten skal hvert år utarbeide en rapport om tilstanden i tjenesten til kommunestyret, "
            "jf. barnevernsloven § 15-3 femte ledd. Kommunedirektøren legger rapporten fram for de folkevalgte "
            "og skal påse at saken er forsvarlig utredet, jf. kommuneloven § 13-1 tredje ledd."
        ),
        "assessment": "Kommunedirektørens vurdering",
        "assessment_hint": (
            "Skriv hovedfunnene, utfordringene og tiltakene i rapporten, og hva kommunedirektøren tilrår."
        ),
        "attachments": "Vedlegg",
        "none_planned": "Datoene for politisk behandling er ikke satt («politisk_behandling» i report/rapport.yaml).",
    },
    "nn": {
        "heading": "Saksframlegg",
        "from": "Saka blir fremja av",
        "director": "kommunedirektør",
        "prepared_by": "Sakshandsamar",
        "committees": "Blir handsama i",
        "proposal": "Kommunedirektøren sitt forslag til vedtak",
        "decision": "{body} tek «{title}» til orientering.",
        "background": "Bakgrunn",
        "background_text": (
            "Barnevernstenesta skal kvart år utarbeide ein rapport om tilstanden i tenesta til kommunestyret, "
            "jf. barnevernslova § 15-3 femte ledd. Kommunedirektøren legg rapporten fram for dei folkevalde "
            "og skal sjå til at saka er forsvarleg utgreidd, jf. kommunelova § 13-1 tredje ledd."
        ),
        "assessment": "Vurderinga til kommunedirektøren",
        "assessment_hint": "Skriv hovudfunna, utfordringane og tiltaka i rapporten, og kva kommunedirektøren rår til.",
        "attachments": "Vedlegg",
        "none_planned": "Datoane for politisk handsaming er ikkje sette («politisk_behandling» i report/rapport.yaml).",
    },
}


def text(edition: Edition, report_file: str) -> str:
    """The skeleton as Markdown; the decision is the last committee's (the council decides)."""
    words = WORDS[edition.language]
    body = edition.treatments[-1].committee if edition.treatments else "Kommunestyret"
    return templating.render_markdown(
        "saksframlegg.md.j2",
        w=words,
        edition=edition,
        treatments=[(t.committee, long_date(t.date)) for t in edition.treatments],
        decision=words["decision"].format(body=body, title=edition.title),
        report_file=report_file,
    )


def write(layout: Layout, edition: Edition, report_file: str) -> Path:
    target = layout.build / f"saksframlegg-{edition.year}.md"
    atomic.write_text(target, text(edition, report_file))
    return target
