"""Benchmarks that print numbers; targets are checked here, not by timed tests."""
