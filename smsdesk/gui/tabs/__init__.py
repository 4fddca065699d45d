"""The main window's tabs."""
