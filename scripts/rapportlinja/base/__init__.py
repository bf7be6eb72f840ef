"""Shared vocabulary every layer uses: findings, nb/nn words, escaping, Git facts, layout, atomic writes, errors.

Imports nothing of ours outside base."""
