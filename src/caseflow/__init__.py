"""Caseflow: case management for municipal crime-prevention work with young people."""

__version__ = "0.1.0"
