"""Rapportlinja: reporting from barnevernstjenesten to the municipality's leadership."""

__version__ = "0.1.0"
