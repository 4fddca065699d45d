"""Thin Qt layer: windows, tabs, dialogs and table models over the core."""
