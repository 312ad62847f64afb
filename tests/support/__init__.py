"""Test support: the fake Bot API, the bot harness, user journeys, seeding and database checks."""
