"""A local simulator of the five vendors' documented HTTP protocols."""
