"""The annual wheel (årshjul): the reporting year's activities, drawn as Plandisc does and as a table."""
