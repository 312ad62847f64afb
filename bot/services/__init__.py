"""Use cases: each public call is one unit of work that commits before the bot replies."""
