"""Everything that writes bytes: templates, pandoc, Typst, agendas, wheel figures, charts, the key table."""
