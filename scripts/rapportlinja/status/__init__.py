"""`rapport status`: the year at a glance, for people (terminal, Markdown on GitHub) and machines (JSON)."""
