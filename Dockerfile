FROM python:3.11-slim
WORKDIR /app
RUN useradd --create-home --uid 10001 backcoach
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY db ./db
COPY content ./content
RUN pip install --no-cache-dir .
USER backcoach
ENV CONTENT_DIR=/app/content
# The bot migrates the database itself before taking updates.
CMD ["python", "-m", "bot"]
