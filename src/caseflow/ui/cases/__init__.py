"""Ärenden: the case list, the new-case wizard and the case workspace tabs."""
