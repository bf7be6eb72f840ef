"""Fenced blocks that stand for generated content (```nokkeltall, ```samarbeid), one registry for all kinds.

Each kind has a check half (what `rapport sjekk` says about a block) and a render half (the Markdown
the block becomes before pandoc, in the PDF and on the web), so a block the check passes is one the
build can show, and a new kind is one module and one line in `registry.KINDS`.

A kind reads its data with `read/` (once per command, as every input) and may write what it
draws (the key figures' charts, cached in build/figurer/): it sits beside the document writers.
"""
