"""The wheel as plain SVG, drawn as Plandisc does: months around a circle, one ring per category.

Deterministic: the same wheel and `today` give the same bytes. Every activity carries its
row number from the table, so the drawing and its accessible equivalent read together.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

from rapportlinja.base.labels import MONTHS, Labels, labels_for
from rapportlinja.wheel import elections, geometry, style
from rapportlinja.wheel.model import Activity, Wheel
from rapportlinja.wheel.table import when_text

WIDTH, HEIGHT = 1000, 1414  # the proportions of A4, so the PNG prints on one page
CX, CY = 500.0, 590.0
HUB, RINGS_OUT, LABEL_RADIUS, LABELS_OUT = 78.0, 395.0, 445.0, 475.0
FONT = "Libertinus Serif, Georgia, serif"


def _lane_counts(wheel: Wheel) -> list[list[int]]:
    """Per ring: the lane of each of its activities (in table order)."""
    return [geometry.lanes([a for a in wheel.activities if a.category == c.id], wheel.year) for c in wheel.categories]


def _ring_bounds(wheel: Wheel, lanes: list[list[int]]) -> list[tuple[float, float, int]]:
    """(inner radius, outer radius, lanes) per ring: thickness in proportion to the lanes it needs."""
    counts = [max(ring, default=0) + 1 for ring in lanes]
    step = (RINGS_OUT - HUB) / sum(counts)
    bounds, inner = [], HUB
    for count in counts:
        bounds.append((inner, inner + step * count, count))
        inner += step * count
    return bounds


def _activity(number: int, activity: Activity, inner: float, outer: float, year: int, fill: str, labels: Labels) -> str:
    tip = f"<title>{escape(f'{number}. {activity.title} – {when_text(activity.timing, labels)}')}</title>"
    mid = (inner + outer) / 2
    if activity.timing.days:
        marks = []
        for month, day in activity.timing.days:
            x, y = geometry.point(CX, CY, mid, geometry.angle(geometry.month_position(year, month, day)))
            marks.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{min(13.0, (outer - inner) / 2 - 0.5):.1f}" '
                f'fill="{fill}" stroke="#222" stroke-width="1"/>'
            )
            marks.append(_number(number, x, y, small=True))
        return f'<g class="aktivitet" data-nr="{number}">{tip}{"".join(marks)}</g>'
    start, end = geometry.extent(activity, year)
    path = geometry.sector(CX, CY, inner + 1.5, outer - 1.5, geometry.angle(start) + 0.8, geometry.angle(end) - 0.8)
    x, y = geometry.point(CX, CY, mid, geometry.angle((start + end) / 2))
    return (
        f'<g class="aktivitet" data-nr="{number}">{tip}<path d="{path}" fill="{fill}" stroke="#222" '
        f'stroke-width="1"/>{_number(number, x, y)}</g>'
    )


def _number(number: int, x: float, y: float, small: bool = False) -> str:
    radius, size = (7.5, 11) if small else (9.5, 13)
    return (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="#fff" stroke="#222" stroke-width="0.8"/>'
        f'<text x="{x:.1f}" y="{y + size / 3:.1f}" font-size="{size}" font-weight="bold" '
        f'text-anchor="middle">{number}</text>'
    )


def _months(year: int) -> str:
    parts = []
    for month in range(1, 13):
        x, y = geometry.point(CX, CY, LABEL_RADIUS, geometry.angle(month - 0.5))
        parts.append(
            f'<text class="maaned" x="{x:.1f}" y="{y + 7:.1f}" font-size="20" text-anchor="middle">'
            f"{MONTHS[month - 1]}</text>"
        )
        x1, y1 = geometry.point(CX, CY, HUB, geometry.angle(month - 1))
        x2, y2 = geometry.point(CX, CY, RINGS_OUT + 12, geometry.angle(month - 1))
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#bbb" stroke-width="1"/>')
    return "".join(parts)


def _today(wheel: Wheel, today: dt.date | None, labels: Labels) -> str:
    if today is None or today.year != wheel.year:
        return ""
    degrees = geometry.angle(geometry.month_position(today.year, today.month, today.day))
    x1, y1 = geometry.point(CX, CY, HUB, degrees)
    x2, y2 = geometry.point(CX, CY, LABELS_OUT - 8, degrees)
    lx, ly = geometry.point(CX, CY, LABELS_OUT + 12, degrees)
    return (
        f'<g id="i-dag" class="i-dag"><title>{escape(labels.wheel_today)}: {today.isoformat()}</title>'
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#9b1c1c" stroke-width="3.5" '
        f'stroke-dasharray="10 5"/><text x="{lx:.1f}" y="{ly + 6:.1f}" font-size="18" font-weight="bold" '
        f'fill="#9b1c1c" text-anchor="middle">{escape(labels.wheel_today)}</text></g>'
    )


def svg(wheel: Wheel, language: str, today: dt.date | None = None) -> str:
    labels = labels_for(language)
    lanes = _lane_counts(wheel)
    bounds = _ring_bounds(wheel, lanes)
    title = labels.wheel_title.format(year=wheel.year)
    description = alt_text(wheel, language)
    body = [
        style.definitions(len(wheel.categories)),
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>',
        f'<text x="{WIDTH / 2}" y="62" font-size="34" font-weight="bold" text-anchor="middle">{escape(title)}</text>',
    ]
    for ring, category in enumerate(wheel.categories):
        inner, outer, _ = bounds[ring]
        shade = "#f2f2f2" if ring % 2 == 0 else "#fafafa"
        body.append(
            f'<g class="ring" data-kategori={quoteattr(category.id)}><title>{escape(category.name)}</title>'
            f'<circle cx="{CX}" cy="{CY}" r="{(inner + outer) / 2:.1f}" fill="none" stroke="{shade}" '
            f'stroke-width="{outer - inner:.1f}"/>'
        )
        members = [(n, a) for n, a in wheel.numbered() if a.category == category.id]
        step = (outer - inner) / bounds[ring][2]
        for (number, activity), lane in zip(members, lanes[ring], strict=True):
            fill = f"url(#{style.look(ring).pattern_id})"
            body.append(
                _activity(number, activity, inner + lane * step, inner + (lane + 1) * step, wheel.year, fill, labels)
            )
        body.append("</g>")
    body += [
        _months(wheel.year),
        f'<circle cx="{CX}" cy="{CY}" r="{HUB}" fill="#fff" stroke="#888"/>',
        f'<text x="{CX}" y="{CY + 12}" font-size="34" font-weight="bold" text-anchor="middle">{wheel.year}</text>',
        _today(wheel, today, labels),
        _legend(wheel, labels),
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'font-family="{FONT}" role="img" aria-labelledby="tittel beskrivelse" lang="{language}">'
        f'<title id="tittel">{escape(title)}</title><desc id="beskrivelse">{escape(description)}</desc>'
        + "".join(body)
        + "</svg>\n"
    )


def _legend(wheel: Wheel, labels: Labels) -> str:
    top = CY + LABELS_OUT + 50
    parts = [f'<text x="90" y="{top:.0f}" font-size="22" font-weight="bold">{escape(labels.wheel_rings)}</text>']
    for ring, category in enumerate(wheel.categories):
        y = top + 22 + ring * 34
        look = style.look(ring)
        parts.append(
            f'<rect x="90" y="{y:.0f}" width="46" height="24" fill="url(#{look.pattern_id})" stroke="#222"/>'
            f'<text x="150" y="{y + 18:.0f}" font-size="20">{ring + 1}. {escape(category.name)}</text>'
        )
    note = ""
    if wheel.year_one:
        note = labels.wheel_year_one.format(year=wheel.year, election=elections.last_election(wheel.year))
    elif elections.is_election_year(wheel.year):
        note = labels.wheel_election_year.format(year=wheel.year)
    if note:
        y = top + 22 + len(wheel.categories) * 34 + 20
        parts.append(f'<text x="90" y="{y:.0f}" font-size="18">{escape(note)}</text>')
    return "".join(parts)


def alt_text(wheel: Wheel, language: str) -> str:
    labels = labels_for(language)
    names = ", ".join(f"{i}. {c.name}" for i, c in enumerate(wheel.categories, start=1))
    return labels.wheel_alt.format(year=wheel.year, categories=names, count=len(wheel.activities))
