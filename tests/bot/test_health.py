"""/healthz turns 503 when the database is unreachable or the scheduler stopped ticking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from bot.health import HealthProbe
from bot.web.server import WebServer
from db.health import DatabaseProbe
from tests.e2e.webhook import free_port
from tests.support.harness import FakeClock

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
STALE = timedelta(minutes=2)
UNREACHABLE = "postgresql+asyncpg://nobody:nothing@127.0.0.1:1/none"


async def healthz(probe: HealthProbe) -> httpx.Response:
    """GET /healthz from a real server on a free port."""
    port = free_port()
    server = WebServer(probe, None, "/", "unused")
    server.listen(port, "127.0.0.1")
    try:
        async with httpx.AsyncClient() as client:
            return await client.get(f"http://127.0.0.1:{port}/healthz")
    finally:
        server.stop_accepting()
        await server.close()
        await probe.close()


async def test_healthy_when_the_database_answers_and_the_tick_is_recent(sqlite_url: str) -> None:
    clock = FakeClock(START)
    probe = HealthProbe(DatabaseProbe(sqlite_url), clock, STALE)
    probe.tick_seen()
    clock.advance(STALE - timedelta(seconds=1))
    response = await healthz(probe)
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "last_tick_at": START.isoformat(),
        "scheduler": "ok",
    }


async def test_a_stale_tick_is_unhealthy_even_with_the_database_up(sqlite_url: str) -> None:
    clock = FakeClock(START)
    probe = HealthProbe(DatabaseProbe(sqlite_url), clock, STALE)
    probe.tick_seen()
    clock.advance(STALE + timedelta(seconds=1))
    response = await healthz(probe)
    assert response.status_code == 503
    assert response.json()["scheduler"] == "stale"
    assert response.json()["database"] == "ok"


async def test_no_tick_yet_is_fine_during_start_up_grace_but_not_after(sqlite_url: str) -> None:
    clock = FakeClock(START)
    probe = HealthProbe(DatabaseProbe(sqlite_url), clock, STALE)
    assert (await probe.report()).healthy
    clock.advance(STALE * 2)
    report = await probe.report()
    await probe.close()
    assert not report.healthy
    assert report.last_tick_at is None


async def test_an_unreachable_database_is_a_503() -> None:
    clock = FakeClock(START)
    probe = HealthProbe(DatabaseProbe(UNREACHABLE), clock, STALE)
    probe.tick_seen()
    response = await healthz(probe)
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
    assert response.json()["status"] == "unhealthy"


async def test_a_replica_that_is_stopping_answers_503(sqlite_url: str) -> None:
    clock = FakeClock(START)
    probe = HealthProbe(DatabaseProbe(sqlite_url), clock, STALE)
    probe.tick_seen()
    probe.stopping()
    response = await healthz(probe)
    assert response.status_code == 503
    assert response.json()["status"] == "stopping"
    assert response.json()["database"] == "ok"
