"""Helpers for tests that span processes."""
