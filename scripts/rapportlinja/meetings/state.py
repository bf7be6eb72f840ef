"""What an agenda is made from: the routine, the minutes so far by line, and the key figures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from rapportlinja.keyfigures.model import Figures
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.registers import NO_REGISTERS, Registers
from rapportlinja.meetings.routine import Routine


class Meetings(NamedTuple):
    routine: Routine
    history: Mapping[str, tuple[Minutes, ...]]
    figures: Figures | None = None  # key figures, for «Nøkkeltall – avvik fra normalen»
    registers: Registers = NO_REGISTERS  # open tilsyn, internrevisjon … put their topic on the agenda
