"""Tests for the content files and their validating loader."""
