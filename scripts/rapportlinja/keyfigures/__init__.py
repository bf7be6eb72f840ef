"""Key figures (nøkkeltall): indicators, periods, series, deviations and their sentences, as records and rules."""
