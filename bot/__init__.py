"""BackCoach: a Telegram bot that coaches desk workers through a daily back routine."""
