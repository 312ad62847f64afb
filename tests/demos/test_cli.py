"""python -m bot.demos writes contact sheets and animations for a person to check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from bot.content import default_content_directory
from bot.demos.__main__ import main
from bot.demos.draw import SIZE
from bot.demos.render import SHEET_FRAMES


def test_sheet_and_render_write_a_png_and_a_gif_per_exercise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--sheet",
            str(tmp_path / "sheets"),
            "--render",
            str(tmp_path / "gifs"),
            "--only",
            "neck_flexion",
            "arm_reach",
        ]
    )

    assert code == 0
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == [
        "arm_reach.gentler.png",
        "arm_reach.png",
        "neck_flexion.gentler.png",
        "neck_flexion.png",
    ]
    with Image.open(tmp_path / "sheets" / "arm_reach.png") as sheet:
        assert sheet.width == SHEET_FRAMES * SIZE
    gifs = sorted(p.name.partition("-")[0] for p in (tmp_path / "gifs").glob("*.gif"))
    assert gifs == ["arm_reach", "arm_reach.gentler", "neck_flexion", "neck_flexion.gentler"]
    assert len(capsys.readouterr().out.splitlines()) == 8


def test_without_an_output_directory_it_explains_its_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([])

    assert exited.value.code == 2
    assert "give --sheet DIR, --render DIR or both" in capsys.readouterr().err


def test_an_unknown_exercise_id_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--sheet", str(tmp_path), "--only", "push_up"]) == 2
    assert "unknown exercise id(s): push_up" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_broken_movements_stop_it_with_the_content_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(default_content_directory(), content)
    (content / "movements.toml").write_text("[[movement]]\n", encoding="utf-8")

    assert main(["--sheet", str(tmp_path / "out"), "--content", str(content)]) == 2
    assert "content/movements.toml: movement[0].id: field required" in capsys.readouterr().err
