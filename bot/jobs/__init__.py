"""Periodic work run by PTB's JobQueue."""
