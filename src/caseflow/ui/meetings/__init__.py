"""Möten: the list of meetings, booking, and (in ``editor``) preparation and minutes."""
