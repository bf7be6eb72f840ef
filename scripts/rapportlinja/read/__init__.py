"""The only code that opens input files: text → records + findings (YAML, Markdown, CSV, SSB)."""
