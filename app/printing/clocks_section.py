"""The journal report's regulatory deadlines: each clock, where it was counted from, its due
time and whether it was met in time (words, not colour alone)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from app.clock import parse_utc, to_local, utc_now
from app.incidents.incidents import Incident
from app.incidents.regulatory_clocks import IncidentClock, duration_text, remaining_text
from app.plan import Plan
from app.printing.layout import CellMaker, Styles, data_table, headed, markup
from app.printing.words import moment_text, word

#: Obligation, within, counted from, due, state ("Within" needs its 0.09 of an A4 or
#: Letter page in bold, or it is cut as "Withi n").
_COLUMNS = (0.31, 0.09, 0.22, 0.17, 0.21)


def _when(stored: str, language: str) -> str:
    return moment_text(to_local(stored), language)


def clock_state_text(clock: IncidentClock, incident: Incident, language: str) -> str:
    """Met (in time or late), overdue, running, or not met when the incident closed."""
    if clock.done_at:
        late = parse_utc(clock.done_at) > parse_utc(clock.due_at)
        return word("clock_met_late" if late else "clock_met", language,
                    when=_when(clock.done_at, language))
    if incident.closed_at:
        return word("clock_not_met", language)
    remaining = clock.remaining(parse_utc(utc_now()))
    if remaining.total_seconds() < 0:
        return word("clock_overdue", language, late=remaining_text(remaining, language))
    return word("clock_running", language, left=remaining_text(remaining, language))


def clocks_section(plan: Plan, incident: Incident, numbers: dict[str, int], styles: Styles,
                   width: float) -> list[Flowable]:
    """The section, or nothing when the incident has no clock."""
    clocks = plan.incidents.clocks.list(incident.id)
    if not clocks:
        return []
    lang = plan.info.get().language
    widths = [share * width for share in _COLUMNS]
    maker = CellMaker(styles, widths, bold_columns=(0,))
    rows = []
    for clock in clocks:
        if clock.start_entry_id:
            start = word("clock_from_entry", lang, when=_when(clock.started_at, lang),
                         number=numbers.get(clock.start_entry_id, "?"))
        else:
            start = word("clock_from_opening", lang, when=_when(clock.started_at, lang))
        state = clock_state_text(clock, incident, lang)
        state_cell = (maker.rich(f'<font color="#b00000"><b>{markup(state)}</b></font>')
                      if state.startswith("⚠") else maker(4, state))
        rows.append([maker(0, clock.title), maker(1, duration_text(clock.hours, lang)),
                     maker(2, start), maker(3, _when(clock.due_at, lang)), state_cell])
    header = [word(k, lang) for k in ("clock", "clock_within", "clock_from", "clock_due",
                                      "clock_state")]
    story: list[Flowable] = [*headed(word("clocks_title", lang), styles.subheading,
                                     room=30 * mm)]
    story.append(data_table(header, rows, widths, styles, bold_columns=(0,), long=False))
    return story

