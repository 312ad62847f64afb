"""Tests of the clinician report: its pure data rules and the rendered PDF."""
