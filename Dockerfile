FROM python:3.11-slim
WORKDIR /app
RUN useradd --create-home --uid 10001 backcoach
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY db ./db
COPY content ./content
RUN pip install --no-cache-dir .
ENV CONTENT_DIR=/app/content \
    MEDIA_CACHE_DIR=/app/media
# Exercise animations are rendered at build time; the bot then only uploads them once.
RUN python -m bot.demos --content /app/content --render /app/media && chown -R backcoach /app/media
USER backcoach
# Webhook mode and GET /healthz listen here (WEBHOOK_PORT / HEALTH_PORT in docker-compose.yml).
EXPOSE 8080
# The bot migrates the database itself before taking updates.
CMD ["python", "-m", "bot"]
