"""Thin python-telegram-bot adapters: parse the update, call a service, render the reply."""
