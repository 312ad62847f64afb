"""The HTTP side: Telegram's webhook posts and the /healthz probe."""
