"""A shared location gives its IANA zone offline, and impossible coordinates give None."""

from __future__ import annotations

import math

import pytest

from bot.domain.located_zone import zone_at

PLACES = [
    ((52.52, 13.405), "Europe/Berlin"),
    ((40.7128, -74.006), "America/New_York"),
    ((-23.5505, -46.6333), "America/Sao_Paulo"),
    ((35.6762, 139.6503), "Asia/Tokyo"),
    ((19.076, 72.8777), "Asia/Kolkata"),
    ((-33.8688, 151.2093), "Australia/Sydney"),
    ((51.5074, -0.1278), "Europe/London"),
    ((47.6952, 8.6835), "Europe/Busingen"),
]


@pytest.mark.parametrize(("point", "zone"), PLACES)
def test_a_city_centre_lies_in_its_zone(point: tuple[float, float], zone: str) -> None:
    assert zone_at(*point) == zone


@pytest.mark.parametrize(
    "point", [(91.0, 0.0), (0.0, 181.0), (math.nan, 10.0), (10.0, math.inf), (-90.5, 0.0)]
)
def test_coordinates_that_are_no_place_on_earth_give_none(point: tuple[float, float]) -> None:
    assert zone_at(*point) is None


def test_open_sea_gets_a_nautical_zone() -> None:
    zone = zone_at(0.0, -30.0)

    assert zone is not None
    assert zone.startswith("Etc/GMT")
