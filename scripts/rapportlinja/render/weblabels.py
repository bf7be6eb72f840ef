"""Every word the web edition writes itself, in bokmål and nynorsk (the report's `målform`)."""

from __future__ import annotations

from typing import NamedTuple


class WebLabels(NamedTuple):
    """The web edition's own words for one language: a missing label is a type error."""

    skip: str
    site_nav: str
    report: str
    whats_new: str
    download_pdf: str
    pdf_note: str
    contents: str
    draft: str
    colophon: str
    version: str
    built: str
    municipality_number: str
    treatment: str
    checksums: str
    csv: str
    table_region: str
    new_since: str
    first_edition: str
    history_incomplete: str
    chapters_new: str
    chapters_removed: str
    chapters_changed: str
    chapter_words: str
    sections_new: str
    sections_removed: str
    chapters_unchanged_one: str
    chapters_unchanged_many: str
    no_chapter_changes: str
    figures: str
    figure_changed: str
    figure_new: str
    figure_removed: str
    no_figure_changes: str
    more_figures: str
    footer: str


_NB = WebLabels(
    skip="Hopp til innholdet",
    site_nav="Nettutgaven",
    report="Rapporten",
    whats_new="Hva er nytt i denne utgaven",
    download_pdf="Last ned rapporten som PDF",
    pdf_note="PDF/A og PDF/UA, {size}",
    contents="Innhold",
    draft="Utkast – ikke endelig versjon. Teksten kan endre seg før rapporten blir behandlet politisk.",
    colophon="Om dokumentet",
    version="Versjon",
    built="Bygget",
    municipality_number="Kommunenummer",
    treatment="Politisk behandling",
    checksums="Kontrollsummer for filene (SHA256SUMS)",
    csv="Last ned tallene i tabellen som CSV",
    table_region="Tabell, kan rulles sidelengs",
    new_since="Endringer siden forrige utgave, {tag} ({date}).",
    first_edition="Dette er den første utgaven som er publisert, så alt innhold er nytt.",
    history_incomplete="Historikken i Git er ufullstendig, så det er ukjent hva som er nytt siden forrige utgave.",
    chapters_new="Nye kapitler",
    chapters_removed="Kapitler som er tatt ut",
    chapters_changed="Endrede kapitler",
    chapter_words="{added} ord lagt til og {removed} ord fjernet; kapittelet har nå {words} ord.",
    sections_new="Nye avsnitt: {names}.",
    sections_removed="Avsnitt som er tatt ut: {names}.",
    chapters_unchanged_one="Ett kapittel er uendret.",
    chapters_unchanged_many="{count} kapitler er uendret.",
    no_chapter_changes="Ingen kapitler er endret.",
    figures="Nøkkeltall som er endret",
    figure_changed="{indicator}, {region}, {period}: endret fra {old} til {new}",
    figure_new="{indicator}, {region}, {period}: nytt tall {new}",
    figure_removed="{indicator}, {region}, {period}: tallet {old} er tatt ut",
    no_figure_changes="Ingen nøkkeltall i rapporten er endret.",
    more_figures="… og {count} endringer til.",
    footer="Tilstandsrapport for barnevernstjenesten i {municipality}, {year}.",
)

_NN = WebLabels(
    skip="Hopp til innhaldet",
    site_nav="Nettutgåva",
    report="Rapporten",
    whats_new="Kva er nytt i denne utgåva",
    download_pdf="Last ned rapporten som PDF",
    pdf_note="PDF/A og PDF/UA, {size}",
    contents="Innhald",
    draft="Utkast – ikkje endeleg versjon. Teksten kan endre seg før rapporten blir handsama politisk.",
    colophon="Om dokumentet",
    version="Versjon",
    built="Bygd",
    municipality_number="Kommunenummer",
    treatment="Politisk handsaming",
    checksums="Kontrollsummar for filene (SHA256SUMS)",
    csv="Last ned tala i tabellen som CSV",
    table_region="Tabell, kan rullast sidelengs",
    new_since="Endringar sidan førre utgåve, {tag} ({date}).",
    first_edition="Dette er den første utgåva som er publisert, så alt innhald er nytt.",
    history_incomplete="Historikken i Git er ufullstendig, så det er ukjent kva som er nytt sidan førre utgåve.",
    chapters_new="Nye kapittel",
    chapters_removed="Kapittel som er tekne ut",
    chapters_changed="Endra kapittel",
    chapter_words="{added} ord lagde til og {removed} ord fjerna; kapittelet har no {words} ord.",
    sections_new="Nye avsnitt: {names}.",
    sections_removed="Avsnitt som er tekne ut: {names}.",
    chapters_unchanged_one="Eitt kapittel er uendra.",
    chapters_unchanged_many="{count} kapittel er uendra.",
    no_chapter_changes="Ingen kapittel er endra.",
    figures="Nøkkeltal som er endra",
    figure_changed="{indicator}, {region}, {period}: endra frå {old} til {new}",
    figure_new="{indicator}, {region}, {period}: nytt tal {new}",
    figure_removed="{indicator}, {region}, {period}: talet {old} er teke ut",
    no_figure_changes="Ingen nøkkeltal i rapporten er endra.",
    more_figures="… og {count} endringar til.",
    footer="Tilstandsrapport for barnevernstenesta i {municipality}, {year}.",
)

WEB_LABELS: dict[str, WebLabels] = {"nb": _NB, "nn": _NN}


def web_labels(language: str) -> WebLabels:
    return WEB_LABELS[language]
