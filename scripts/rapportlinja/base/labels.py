"""Every text the tool itself writes into a document, in bokmål and nynorsk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple


class Labels(NamedTuple):
    """Every word the tool writes into a document, for one language: a missing or misspelt label is a type error."""

    contents: str
    page: str
    of: str
    draft: str
    draft_notice: str
    version: str
    draft_version: str
    commit: str
    not_in_git: str
    uncommitted: str
    built: str
    tools: str  # the colophon's row with the versions of this tool, pandoc and Typst
    colophon: str
    responsible: str
    treatment: str
    municipality_number: str
    figure: str
    table: str
    report_year: str
    legal_basis: str
    produced_with: str
    chapter_status: str
    revised: str
    number: str
    chapter: str
    agenda: str
    agenda_subtitle: str
    meeting_time: str
    time_span: str
    convener: str
    place: str
    meeting_link: str
    moved_from: str
    purpose: str
    applies_to: str
    carried_out_by: str
    written_reporting: str
    routine_links: str
    any_other_business: str
    link_word: str
    record_title: str
    record_approved: str
    record_topics: str
    record_follow_up: str
    record_cases: str
    record_actions: str
    record_action: str
    record_updates: str
    record_update: str
    record_new_due: str
    record_raised: str
    record_notes: str
    record_open: str
    record_closed: str
    filing_minutes_folder: str  # the saksmappe for one meeting line and year in the archive
    filing_edition_entry: str  # the journalpost for one released edition
    participants: str
    classification: str
    noark: str
    noark_pair: str
    merinnsyn: str
    sent_out: str
    sent_out_value: str
    approve_minutes: str
    fixed_topics: str
    triggered_topics: str
    none_triggered: str
    optional_topics: str
    optional_intro: str
    reason_overdue: str
    reason_open: str
    reason_raised: str
    reason_cases: str
    reason_follow_up: str
    reason_key_figures: str
    reason_register: str
    reason_register_due: str
    case_form: str
    case_form_link: str
    agenda_generated: str
    weekdays: str
    calendar_name: str
    calendar_summary: str
    calendar_agenda: str
    note: str
    participation: str
    participation_intro: str
    participation_caption: str
    participation_no_git: str
    participation_shallow: str
    participation_unknown_role: str
    changed_by: str
    approved_by: str
    wheel: str
    wheel_title: str
    wheel_year_one: str
    wheel_election_year: str
    wheel_intro: str
    wheel_alt: str
    wheel_table_caption: str
    wheel_activity: str
    wheel_when: str
    wheel_category: str
    wheel_today: str
    wheel_rings: str
    wheel_meeting: str
    wheel_points: str
    wheel_deadlines: str
    wheel_deadline_item: str
    wheel_overdue_item: str
    survey_caption: str
    survey_sector: str
    survey_answers: str
    survey_hidden: str
    survey_total: str
    survey_note: str
    survey_data_header: str
    chart_alt: str
    trend_up: str
    trend_down: str
    trend_flat: str
    trend_single: str
    trend_from: str
    trend_to: str
    trend_stay: str
    trend_and: str
    spread_one: str
    spread_range: str
    deviation_not_assessed: str
    deviation_earlier: str
    deviation_inside: str
    deviation_outside: str
    deviation_higher: str
    deviation_lower: str
    deviation_better: str
    deviation_worse: str
    minutes_or_withheld: str
    minutes_topics: str
    minutes_cases: str
    minutes_case_example: str
    minutes_action_example: str
    minutes_raise_example: str
    minutes_approved: str
    minutes_notes: str
    release_published: str
    release_changed_since: str
    release_changed_first: str
    release_none_changed: str
    release_meetings_one: str
    release_meetings_many: str
    release_people: str
    release_files: str
    release_verify: str
    release_tools: str
    sources_heading: str
    sources_table: str
    sources_table_untitled: str
    sources_years: str
    sources_no_years: str
    sources_confirmed: str
    sources_unconfirmed: str
    sources_own: str
    frequencies: Mapping[str, str]  # the routine's «hyppighet» as the document says it
    statuses: Mapping[str, str]  # an annual-wheel activity's status
    kinds: Mapping[str, str]  # «år»/«halvår» in the plural with the article: «årene», «halvårene»


NB = Labels(
    contents="Innhold",
    page="Side",
    of="av",
    draft="UTKAST",
    draft_notice="Utkast – ikke endelig versjon",
    version="Versjon",
    draft_version="utkast",
    commit="Git-commit",
    not_in_git="ikke i Git",
    uncommitted="med endringer som ikke er lagret i Git",
    built="Sist endret (dato for siste commit)",
    tools="Laget med",
    colophon="Om dokumentet",
    responsible="Ansvarlig",
    treatment="Politisk behandling",
    municipality_number="Kommunenummer",
    figure="Figur",
    table="Tabell",
    report_year="Rapportår",
    legal_basis="Rapporten er utarbeidet etter barnevernsloven § 15-3 femte ledd.",
    produced_with="Laget med Rapportlinja fra tekstfiler i Git; kildene ligger i repositoriet.",
    chapter_status="Status for kapitlene",
    revised="Sist revidert",
    number="Nr.",
    chapter="Kapittel",
    # Meetings: agendas and the calendar (rapport agenda, rapport kalender).
    agenda="Dagsorden",
    agenda_subtitle="Rapporteringsmøte mellom {reporter} og {recipient}",
    meeting_time="Tid",
    time_span="kl. {start}–{end}",
    convener="Innkaller",
    place="Sted",
    meeting_link="Møtelenke",
    moved_from="flyttet fra {holiday} {date}",
    purpose="Hensikt",
    applies_to="Gjelder for",
    carried_out_by="Ansvar for gjennomføring",
    written_reporting="Fast skriftlig rapportering",
    routine_links="Vedlegg og referanser",
    any_other_business="Eventuelt",
    link_word="lenke",
    record_title="Referat",
    record_approved="Godkjent",
    record_topics="Temaer",
    record_follow_up="følges opp på neste møte",
    record_cases="Saker (bare saks-ID)",
    record_actions="Oppfølging",
    record_action="{what} Ansvarlig: {role}. Frist: {due}. Status: {status}.",
    record_updates="Tiltak fra tidligere møter",
    record_update="Tiltak {number} fra møtet {date}: {status}{due}.",
    record_new_due=", ny frist {due}",
    record_raised="Meldt til linjen over",
    record_notes="Notater",
    record_open="åpen",
    record_closed="lukket",
    filing_minutes_folder="Rapporteringsmøter mellom {reporter} og {recipient} {year}",
    filing_edition_entry="{title}, utgave {tag}",
    participants="Deltakere",
    classification="Klassifisering",
    noark="I arkivet (Noark)",
    noark_pair="tilgangskode {code}, skjermingshjemmel {basis}",
    merinnsyn="merinnsyn vurderes etter offl. § 11 ved hvert innsynskrav",
    sent_out="Sendt ut av organet",
    sent_out_value="{date}; offl. § 14 gjelder ikke lenger",
    approve_minutes="Godkjenning av referatet fra møtet {date}",
    fixed_topics="Temaer på hvert møte",
    triggered_topics="Temaer som er aktuelle denne gangen",
    none_triggered="Ingenting har utløst noen av temaene som tas opp når aktuelt.",
    optional_topics="Temaer når aktuelt (hele listen)",
    optional_intro="Gå gjennom listen til slutt: er noe annet aktuelt denne gangen?",
    reason_overdue="Tiltak med passert frist ({due}) fra møtet {date}: {text} Ansvarlig: {role}.",
    reason_open="Åpent tiltak fra møtet {date}, frist {due}: {text} Ansvarlig: {role}.",
    reason_raised="Meldt opp fra møtet mellom {reporter} og {recipient} {date}: {text}",
    reason_cases="Saker: {cases}.",
    reason_follow_up="Merket for oppfølging i referatet fra {date}.",
    reason_key_figures="Nøkkeltall avviker fra normalen: {text}",
    reason_register="Åpen i meetings/registre.yaml siden {date}: {text} Ansvarlig: {role}.",
    reason_register_due=" Neste frist: {due}.",
    case_form="Opplysninger om sakene står bare i skjemaet «{name}» i Teams; dagsorden og referat viser bare saks-ID.",
    case_form_link="Åpne skjemaet",
    agenda_generated="Laget av Rapportlinja fra meetings/rutine.yaml og referatene. Ikke rediger denne filen.",
    weekdays="mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag",
    calendar_name="Rapporteringsmøter barnevern {year}",
    calendar_summary="Rapporteringsmøte: {reporter} og {recipient}",
    calendar_agenda="Dagsorden med aktuelle saker: rapport agenda {line}",
    note="Merknad",
    participation="Medvirkning",
    participation_intro="Tabellen viser hvem som har endret hvert kapittel (fra historikken i Git) og hvem som har godkjent det (godkjenninger av pull requestene på GitHub), og når.",
    participation_caption="Medvirkning per kapittel",
    participation_no_git="Rapporten er ikke bygget fra et Git-repositorium, så historikken om medvirkning finnes ikke.",
    participation_shallow="Rapporten er bygget fra en ufullstendig Git-historikk, så det er ukjent hvem som har endret og godkjent kapitlene.",
    participation_unknown_role="medarbeider",
    changed_by="Endret av",
    approved_by="Godkjent av",
    # The annual wheel (rapport arshjul, the appendix «Årshjul», agendas) and the partner survey.
    wheel="Årshjul",
    wheel_title="Årshjul for rapporteringen {year}",
    wheel_year_one="{year} er første år med nytt kommunestyre (valgt {election}); stegene for år 1 er med.",
    wheel_election_year="{year} er valgår: det nye kommunestyret tiltrer i oktober, og stegene for høsten i valgåret er med.",
    wheel_intro="Årshjulet viser aktivitetene i rapporteringsåret, med én ring per kategori og månedene rundt. Tabellen etter figuren har det samme innholdet, med de samme numrene.",
    wheel_alt="Årshjul for {year}: de tolv månedene rundt en sirkel, med én ring per kategori ({categories}). {count} aktiviteter er tegnet inn som buer og punkter med nummer. Tabellen etter figuren har hele innholdet.",
    wheel_table_caption="Aktivitetene i årshjulet {year}",
    wheel_activity="Aktivitet",
    wheel_when="Når",
    wheel_category="Kategori",
    wheel_today="I dag",
    wheel_rings="Ringene, innenfra og ut",
    wheel_meeting="Rapporteringsmøte: {reporter} og {recipient} ({frequency})",
    wheel_points="{count} datoer, {first}–{last}",
    wheel_deadlines="Frister i årshjulet de neste seks ukene",
    wheel_deadline_item="{date}: {title} (ansvarlig: {role}; status: {status})",
    wheel_overdue_item="{date}: {title} (ansvarlig: {role}; status: {status}; fristen er passert)",
    survey_caption="Samarbeidspartnernes vurdering av samarbeidet med barnevernstjenesten {year}: snitt på en skala fra 1 (lavest) til 5 (høyest)",
    survey_sector="Sektor",
    survey_answers="Svar",
    survey_hidden="færre enn {minimum} svar – vises ikke",
    survey_total="Samlet",
    survey_note="Sektorer med færre enn {minimum} svar vises ikke og er heller ikke med i den samlede raden, slik at ingen kan regne seg fram til svarene deres. Kilde: anonym spørreundersøkelse, {answers} svar.",
    survey_data_header="Laget av «rapport undersokelse importer» fra en eksport fra Microsoft Forms. Ikke rediger for hånd.\nBare summer per sektor; eksporten selv er ikke lagret. Sektorer med færre enn {minimum} svar\nvises ikke, og antallet deres står ikke her. Kapitlet viser tabellen med en blokk: ```samarbeid",
    # Key figures: the charts' alt text (the report) and the deviation sentences (agendas).
    chart_alt="Linjediagram. {indicator} i {region} {trend}",
    trend_up="steg",
    trend_down="falt",
    trend_flat="holdt seg",
    trend_single="var {value} i {period}",
    trend_from="{verb} fra {start} i {first} til {end} i {last}",
    trend_to="{verb} til {value} i {period}",
    trend_stay="{verb} på {value} til {period}",
    trend_and="og",
    spread_one="lå på {value}",
    spread_range="lå på {low}–{high}",
    deviation_not_assessed="{name}, {period}: {value}. Ikke vurdert: regelen trenger {needed} foregående {kind}, men det finnes bare {earlier}.",
    deviation_earlier="de {count} foregående {kinds}",
    deviation_inside="{name}, {period}: {value}, innenfor det vanlige nivået for {earlier} (snitt {mean}).",
    deviation_outside="{name}, {period}: {value}, {size} {direction} enn snittet for {earlier} ({mean}).",
    deviation_higher="høyere",
    deviation_lower="lavere",
    deviation_better="Bedre enn normalt.",
    deviation_worse="Verre enn normalt.",
    # New minutes (rapport referat ny): the comments that guide whoever writes them.
    minutes_or_withheld="organinternt (offl. § 14); eller «unntatt offentlighet» med én av hjemlene under",
    minutes_topics="Temaene fra dagsordenen. Slett det som ikke ble behandlet; «følges_opp: true» setter\ntemaet på neste dagsorden.",
    minutes_cases="Saker bare som ID-kode, for eksempel {example}; opplysningene står i skjemaet\n«{form}» i Teams.",
    minutes_case_example="ID-kode",
    minutes_action_example="Hva som skal gjøres",
    minutes_raise_example="Hva som meldes opp til linjen over",
    minutes_approved="ÅÅÅÅ-MM-DD (når referatet er godkjent)",
    minutes_notes="Korte notater fra møtet. Skriv roller, aldri navn.",
    # Release notes (rapport utgivelse).
    release_published="Utgitt {date} fra commit {commit}.",
    release_changed_since="Endrede kapitler siden {tag}",
    release_changed_first="Endrede kapitler (første utgivelse)",
    release_none_changed="Ingen kapitler er endret.",
    release_meetings_one="Rapporteringsrutinen (meetings/): {count} fil endret.",
    release_meetings_many="Rapporteringsrutinen (meetings/): {count} filer endret.",
    release_people="Hvem har vært med",
    release_files="Filer",
    release_verify=(
        "SHA256SUMS gjelder hele utgaven, også nettutgaven, som har de samme filene. "
        "Sjekk at filene du har lastet ned er uendret med «sha256sum --ignore-missing -c SHA256SUMS»."
    ),
    release_tools="Bygget med {tools}.",
    # The key figures' source note (```kilder), made from report/data/indikatorer.yaml.
    sources_heading="Kilder for nøkkeltallene:",
    sources_table="SSB, statistikkbanken, tabell {table} «{title}», {years}: {indicators}.",
    sources_table_untitled="SSB, statistikkbanken, tabell {table}, {years}: {indicators}.",
    sources_years="tall for {first}–{last}",
    sources_no_years="ingen tall hentet ennå",
    sources_confirmed="Tabell og kode er kontrollert mot {page}.",
    sources_unconfirmed="Tabell og kode er ikke kontrollert mot SSBs metadata.",
    sources_own="Egen registrering i barnevernstjenesten: {indicators}.",
    frequencies={
        "månedlig": "månedlig",
        "annenhver måned": "annenhver måned",
        "kvartalsvis": "kvartalsvis",
        "halvårlig": "halvårlig",
        "årlig": "årlig",
    },
    statuses={
        "planlagt": "planlagt",
        "pågår": "pågår",
        "ferdig": "ferdig",
    },
    kinds={
        "år": "årene",
        "halvår": "halvårene",
    },
)

NN = Labels(
    contents="Innhald",
    page="Side",
    of="av",
    draft="UTKAST",
    draft_notice="Utkast – ikkje endeleg versjon",
    version="Versjon",
    draft_version="utkast",
    commit="Git-commit",
    not_in_git="ikkje i Git",
    uncommitted="med endringar som ikkje er lagra i Git",
    built="Sist endra (dato for siste commit)",
    tools="Laga med",
    colophon="Om dokumentet",
    responsible="Ansvarleg",
    treatment="Politisk handsaming",
    municipality_number="Kommunenummer",
    figure="Figur",
    table="Tabell",
    report_year="Rapportår",
    legal_basis="Rapporten er utarbeidd etter barnevernslova § 15-3 femte ledd.",
    produced_with="Laga med Rapportlinja frå tekstfiler i Git; kjeldene ligg i repositoriet.",
    chapter_status="Status for kapitla",
    revised="Sist revidert",
    number="Nr.",
    chapter="Kapittel",
    # Meetings: agendas and the calendar (rapport agenda, rapport kalender).
    agenda="Dagsorden",
    agenda_subtitle="Rapporteringsmøte mellom {reporter} og {recipient}",
    meeting_time="Tid",
    time_span="kl. {start}–{end}",
    convener="Innkallar",
    place="Stad",
    meeting_link="Møtelenke",
    moved_from="flytta frå {holiday} {date}",
    purpose="Føremål",
    applies_to="Gjeld for",
    carried_out_by="Ansvar for gjennomføring",
    written_reporting="Fast skriftleg rapportering",
    routine_links="Vedlegg og referansar",
    any_other_business="Eventuelt",
    link_word="lenke",
    record_title="Referat",
    record_approved="Godkjent",
    record_topics="Tema",
    record_follow_up="blir følgt opp på neste møte",
    record_cases="Saker (berre saks-ID)",
    record_actions="Oppfølging",
    record_action="{what} Ansvarleg: {role}. Frist: {due}. Status: {status}.",
    record_updates="Tiltak frå tidlegare møte",
    record_update="Tiltak {number} frå møtet {date}: {status}{due}.",
    record_new_due=", ny frist {due}",
    record_raised="Meldt til linja over",
    record_notes="Notat",
    record_open="open",
    record_closed="lukka",
    filing_minutes_folder="Rapporteringsmøte mellom {reporter} og {recipient} {year}",
    filing_edition_entry="{title}, utgåve {tag}",
    participants="Deltakarar",
    classification="Klassifisering",
    noark="I arkivet (Noark)",
    noark_pair="tilgangskode {code}, skjermingsheimel {basis}",
    merinnsyn="meirinnsyn blir vurdert etter offl. § 11 ved kvart innsynskrav",
    sent_out="Send ut av organet",
    sent_out_value="{date}; offl. § 14 gjeld ikkje lenger",
    approve_minutes="Godkjenning av referatet frå møtet {date}",
    fixed_topics="Tema på kvart møte",
    triggered_topics="Tema som er aktuelle denne gongen",
    none_triggered="Ingenting har utløyst nokon av temaa som blir tekne opp når aktuelt.",
    optional_topics="Tema når aktuelt (heile lista)",
    optional_intro="Gå gjennom lista til slutt: er noko anna aktuelt denne gongen?",
    reason_overdue="Tiltak med passert frist ({due}) frå møtet {date}: {text} Ansvarleg: {role}.",
    reason_open="Ope tiltak frå møtet {date}, frist {due}: {text} Ansvarleg: {role}.",
    reason_raised="Meldt opp frå møtet mellom {reporter} og {recipient} {date}: {text}",
    reason_cases="Saker: {cases}.",
    reason_follow_up="Merkt for oppfølging i referatet frå {date}.",
    reason_key_figures="Nøkkeltal avvik frå normalen: {text}",
    reason_register="Open i meetings/registre.yaml sidan {date}: {text} Ansvarleg: {role}.",
    reason_register_due=" Neste frist: {due}.",
    case_form="Opplysningar om sakene står berre i skjemaet «{name}» i Teams; dagsorden og referat viser berre saks-ID.",
    case_form_link="Opne skjemaet",
    agenda_generated="Laga av Rapportlinja frå meetings/rutine.yaml og referata. Ikkje rediger denne fila.",
    weekdays="måndag,tysdag,onsdag,torsdag,fredag,laurdag,sundag",
    calendar_name="Rapporteringsmøte barnevern {year}",
    calendar_summary="Rapporteringsmøte: {reporter} og {recipient}",
    calendar_agenda="Dagsorden med aktuelle saker: rapport agenda {line}",
    note="Merknad",
    participation="Medverknad",
    participation_intro="Tabellen viser kven som har endra kvart kapittel (frå historikken i Git) og kven som har godkjent det (godkjenningar av pull requestane på GitHub), og når.",
    participation_caption="Medverknad per kapittel",
    participation_no_git="Rapporten er ikkje bygd frå eit Git-repositorium, så historikken om medverknad finst ikkje.",
    participation_shallow="Rapporten er bygd frå ein ufullstendig Git-historikk, så det er ukjent kven som har endra og godkjent kapitla.",
    participation_unknown_role="medarbeidar",
    changed_by="Endra av",
    approved_by="Godkjent av",
    # The annual wheel (rapport arshjul, the appendix «Årshjul», agendas) and the partner survey.
    wheel="Årshjul",
    wheel_title="Årshjul for rapporteringa {year}",
    wheel_year_one="{year} er første år med nytt kommunestyre (valt {election}); stega for år 1 er med.",
    wheel_election_year="{year} er valår: det nye kommunestyret tek til i oktober, og stega for hausten i valåret er med.",
    wheel_intro="Årshjulet viser aktivitetane i rapporteringsåret, med éin ring per kategori og månadene rundt. Tabellen etter figuren har det same innhaldet, med dei same numra.",
    wheel_alt="Årshjul for {year}: dei tolv månadene rundt ein sirkel, med éin ring per kategori ({categories}). {count} aktivitetar er teikna inn som bogar og punkt med nummer. Tabellen etter figuren har heile innhaldet.",
    wheel_table_caption="Aktivitetane i årshjulet {year}",
    wheel_activity="Aktivitet",
    wheel_when="Når",
    wheel_category="Kategori",
    wheel_today="I dag",
    wheel_rings="Ringane, innanfrå og ut",
    wheel_meeting="Rapporteringsmøte: {reporter} og {recipient} ({frequency})",
    wheel_points="{count} datoar, {first}–{last}",
    wheel_deadlines="Fristar i årshjulet dei neste seks vekene",
    wheel_deadline_item="{date}: {title} (ansvarleg: {role}; status: {status})",
    wheel_overdue_item="{date}: {title} (ansvarleg: {role}; status: {status}; fristen er passert)",
    survey_caption="Samarbeidspartnarane si vurdering av samarbeidet med barnevernstenesta {year}: snitt på ein skala frå 1 (lågast) til 5 (høgast)",
    survey_sector="Sektor",
    survey_answers="Svar",
    survey_hidden="færre enn {minimum} svar – blir ikkje viste",
    survey_total="Samla",
    survey_note="Sektorar med færre enn {minimum} svar blir ikkje viste og er heller ikkje med i den samla rada, slik at ingen kan rekne seg fram til svara deira. Kjelde: anonym spørjeundersøking, {answers} svar.",
    survey_data_header="Laga av «rapport undersokelse importer» frå ein eksport frå Microsoft Forms. Ikkje rediger for hand.\nBerre summar per sektor; sjølve eksporten er ikkje lagra. Sektorar med færre enn {minimum} svar\nblir ikkje viste, og talet deira står ikkje her. Kapitlet viser tabellen med ei blokk: ```samarbeid",
    # Key figures: the charts' alt text (the report) and the deviation sentences (agendas).
    chart_alt="Linjediagram. {indicator} i {region} {trend}",
    trend_up="auka",
    trend_down="fall",
    trend_flat="heldt seg",
    trend_single="var {value} i {period}",
    trend_from="{verb} frå {start} i {first} til {end} i {last}",
    trend_to="{verb} til {value} i {period}",
    trend_stay="{verb} på {value} til {period}",
    trend_and="og",
    spread_one="låg på {value}",
    spread_range="låg på {low}–{high}",
    deviation_not_assessed="{name}, {period}: {value}. Ikkje vurdert: regelen treng {needed} tidlegare {kind}, men det finst berre {earlier}.",
    deviation_earlier="dei {count} førre {kinds}",
    deviation_inside="{name}, {period}: {value}, innanfor det vanlege nivået for {earlier} (snitt {mean}).",
    deviation_outside="{name}, {period}: {value}, {size} {direction} enn snittet for {earlier} ({mean}).",
    deviation_higher="høgare",
    deviation_lower="lågare",
    deviation_better="Betre enn normalt.",
    deviation_worse="Verre enn normalt.",
    # New minutes (rapport referat ny): the comments that guide whoever writes them.
    minutes_or_withheld="organinternt (offl. § 14); eller «unntatt offentlighet» med éin av heimlane under",
    minutes_topics="Tema frå dagsordenen. Slett det som ikkje vart handsama; «følges_opp: true» set\ntemaet på neste dagsorden.",
    minutes_cases="Saker berre som ID-kode, til dømes {example}; opplysningane står i skjemaet\n«{form}» i Teams.",
    minutes_case_example="ID-kode",
    minutes_action_example="Kva som skal gjerast",
    minutes_raise_example="Kva som blir meldt opp til linja over",
    minutes_approved="ÅÅÅÅ-MM-DD (når referatet er godkjent)",
    minutes_notes="Korte notat frå møtet. Skriv roller, aldri namn.",
    # Release notes (rapport utgivelse).
    release_published="Gitt ut {date} frå commit {commit}.",
    release_changed_since="Endra kapittel sidan {tag}",
    release_changed_first="Endra kapittel (første utgiving)",
    release_none_changed="Ingen kapittel er endra.",
    release_meetings_one="Rapporteringsrutinen (meetings/): {count} fil endra.",
    release_meetings_many="Rapporteringsrutinen (meetings/): {count} filer endra.",
    release_people="Kven har vore med",
    release_files="Filer",
    release_verify=(
        "SHA256SUMS gjeld heile utgåva, også nettutgåva, som har dei same filene. "
        "Sjekk at filene du har lasta ned er uendra med «sha256sum --ignore-missing -c SHA256SUMS»."
    ),
    release_tools="Bygd med {tools}.",
    sources_heading="Kjelder for nøkkeltala:",
    sources_table="SSB, statistikkbanken, tabell {table} «{title}», {years}: {indicators}.",
    sources_table_untitled="SSB, statistikkbanken, tabell {table}, {years}: {indicators}.",
    sources_years="tal for {first}–{last}",
    sources_no_years="ingen tal henta enno",
    sources_confirmed="Tabell og kode er kontrollerte mot {page}.",
    sources_unconfirmed="Tabell og kode er ikkje kontrollerte mot metadataa til SSB.",
    sources_own="Eiga registrering i barnevernstenesta: {indicators}.",
    frequencies={
        "månedlig": "månadleg",
        "annenhver måned": "annakvar månad",
        "kvartalsvis": "kvartalsvis",
        "halvårlig": "halvårleg",
        "årlig": "årleg",
    },
    statuses={
        "planlagt": "planlagd",
        "pågår": "pågår",
        "ferdig": "ferdig",
    },
    kinds={
        "år": "åra",
        "halvår": "halvåra",
    },
)

LABELS: dict[str, Labels] = {"nb": NB, "nn": NN}

_MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)  # the same in bokmål and nynorsk
MONTHS = _MONTHS  # public: the annual wheel names its months


def labels_for(language: str) -> Labels:
    return LABELS[language]


def long_date(date: dt.date) -> str:
    """«6. mai 2026», as Norwegian documents write dates."""
    return f"{date.day}. {_MONTHS[date.month - 1]} {date.year}"
