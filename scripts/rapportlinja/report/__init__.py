"""The report as records: the edition, the chapters, fenced blocks and the Markdown scanner."""
