"""The benchmark authors' own scoring rules, re-implemented from their published behaviour.

Each module grades an already-extracted answer exactly as the official code does (quirks included,
documented where they matter), so that `mmeval score --mode official` reproduces published numbers.
"""

__all__: list[str] = []
