"""Sök: full-text search in journal entries and meeting minutes (``page.SearchPage``)."""
