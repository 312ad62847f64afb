"""Animations are rendered once, kept on disk under a key of spec and renderer version."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.content import Catalog
from bot.demos import DemoLibrary, library
from bot.demos.render import Animation, render
from bot.demos.spec import Movement
from tests.content.editing import replace_once


class CountingRender:
    """Wraps the real renderer and counts calls, to see when the cache is used."""

    def __init__(self) -> None:
        """No renderings yet."""
        self.calls: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, movement: Movement) -> Animation:
        """Record the call, then render for real."""
        with self._lock:
            self.calls.append(movement.id)
        return render(movement)


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> CountingRender:
    """Count every real rendering done by the library."""
    counter = CountingRender()
    monkeypatch.setattr(library, "render", counter)
    return counter


def test_the_first_call_renders_and_later_calls_reuse_the_file(
    catalog: Catalog, tmp_path: Path, renders: CountingRender
) -> None:
    demos = DemoLibrary(catalog, tmp_path / "cache")

    first = demos.animation_path("neck_flexion")
    second = demos.animation_path("neck_flexion")

    assert first == second
    assert first.is_file()
    assert renders.calls == ["neck_flexion"]


def test_after_a_restart_the_file_on_disk_is_used_without_rendering(
    catalog: Catalog, tmp_path: Path, renders: CountingRender
) -> None:
    path = DemoLibrary(catalog, tmp_path).animation_path("arm_reach")

    again = DemoLibrary(catalog, tmp_path).animation_path("arm_reach")

    assert again == path
    assert renders.calls == ["arm_reach"]


def test_the_file_name_carries_the_cache_key(catalog: Catalog, tmp_path: Path) -> None:
    demos = DemoLibrary(catalog, tmp_path)

    path = demos.animation_path("wall_angels")

    assert path == tmp_path / f"wall_angels-{demos.cache_key('wall_angels')}.gif"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_the_cache_key_is_stable_and_different_for_each_exercise(
    catalog: Catalog, tmp_path: Path
) -> None:
    keys = {e: DemoLibrary(catalog, tmp_path).cache_key(e) for e in catalog.exercises}

    assert keys == {e: DemoLibrary(catalog, tmp_path / "x").cache_key(e) for e in catalog.exercises}
    assert len(set(keys.values())) == len(keys)
    assert all(len(key) == 16 and int(key, 16) >= 0 for key in keys.values())


def test_a_new_renderer_version_changes_every_key(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = DemoLibrary(catalog, tmp_path)
    monkeypatch.setattr(library, "RENDERER_VERSION", "next")
    after = DemoLibrary(catalog, tmp_path)

    for exercise_id in catalog.exercises:
        assert before.cache_key(exercise_id) != after.cache_key(exercise_id)


def test_changing_a_spec_renders_again_under_a_new_key_and_drops_the_old_file(
    catalog: Catalog, movements_copy: Path, renders: CountingRender
) -> None:
    cache = movements_copy.parent.parent / "cache"
    old = DemoLibrary(catalog, cache, movements_copy)
    old_path = old.animation_path("wall_angels")
    replace_once(
        movements_copy,
        "side = 155, twist = 90 }, elbows = 25",
        "side = 150, twist = 90 }, elbows = 25",
    )

    new = DemoLibrary(catalog, cache, movements_copy)
    new_path = new.animation_path("wall_angels")

    assert new.cache_key("wall_angels") != old.cache_key("wall_angels")
    assert new.cache_key("arm_reach") == old.cache_key("arm_reach")
    assert renders.calls == ["wall_angels", "wall_angels"]
    assert new_path.is_file()
    assert not old_path.exists()


def test_threads_asking_at_once_share_a_single_rendering(
    catalog: Catalog, tmp_path: Path, renders: CountingRender
) -> None:
    demos = DemoLibrary(catalog, tmp_path)

    with ThreadPoolExecutor(max_workers=4) as pool:
        paths = set(pool.map(demos.animation_path, ["knee_to_chest"] * 8))

    assert len(paths) == 1
    assert renders.calls == ["knee_to_chest"]
    assert not list(tmp_path.glob("*.tmp"))


def test_an_exercise_without_a_demonstration_is_a_key_error(
    catalog: Catalog, tmp_path: Path
) -> None:
    demos = DemoLibrary(catalog, tmp_path)

    with pytest.raises(KeyError, match="no demonstration for exercise 'push_up'"):
        demos.animation_path("push_up")
    with pytest.raises(KeyError, match="push_up"):
        demos.cache_key("push_up")
