"""Everything the bot sends passes through one rate limiter."""
