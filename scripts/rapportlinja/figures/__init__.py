"""Key figures (nøkkeltall): indicators, the CSV of values, SSB, tables, charts and deviations."""
