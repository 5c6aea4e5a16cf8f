"""The PySide6 interface: windows, views, Qt models over service calls, workers."""
