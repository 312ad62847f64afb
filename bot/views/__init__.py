"""Pure builders that turn service replies into message texts and inline keyboards."""
