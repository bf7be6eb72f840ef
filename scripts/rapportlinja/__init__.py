"""Rapportlinja: reporting from barnevernstjenesten to the municipality's leadership."""

import os

# GitPython refuses to import at all when no git program is on PATH; quiet lets it import, so the
# checks that need no history still run and base.gitinfo can say in Norwegian what is missing.
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")

__version__ = "0.1.0"
