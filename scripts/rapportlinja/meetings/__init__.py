"""The reporting routine: lines, minutes, agendas, the escalation chain and the calendar."""
