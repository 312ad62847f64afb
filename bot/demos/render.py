"""From a movement spec to frames, a looping GIF and a contact sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot.demos.draw import PALETTE, SIZE, fit_frames, flat_colours, paint
from bot.demos.scene import Frame, compose_frame, held_props, place, scenery
from bot.demos.skeleton import Pose, pose_body
from bot.demos.spec import Movement
from bot.demos.timeline import timeline

RENDERER_VERSION = "1"
"""Bump whenever the drawing changes, so cached animations are rendered again."""

GIF_COLOURS = 32
SHEET_FRAMES = 6


@dataclass(frozen=True)
class Animation:
    """Rendered RGB frames and how long each one is shown."""

    frames: tuple[Image.Image, ...]
    durations_ms: tuple[int, ...]


def project_frames(movement: Movement, poses: Sequence[Pose]) -> tuple[Frame, ...]:
    """Every frame of the movement, posed, placed on the floor and projected."""
    placed = [place(pose_body(pose)) for pose in poses]
    static = scenery(movement.props, placed[0])
    return tuple(
        compose_frame(movement.camera, static, (*figure.parts, *held_props(movement.props, figure)))
        for figure in placed
    )


def render(movement: Movement, size: int = SIZE) -> Animation:
    """Paint every frame of the movement at the given size."""
    plan = timeline(movement)
    frames = project_frames(movement, plan.poses)
    fit = fit_frames(frames, size, movement.camera.framing)
    return Animation(tuple(paint(frame, fit, size) for frame in frames), plan.durations_ms)


def _shared_palette(strip: Image.Image) -> Image.Image:
    """Fill colours first (median cut loses a thin band or the eyes), then common edge blends."""
    fills = flat_colours()
    counted = [
        (count, (colour[0], colour[1], colour[2]))
        for count, colour in strip.getcolors(maxcolors=strip.width * strip.height) or []
        if isinstance(colour, tuple)
    ]
    counted.sort(key=lambda item: (item[1] in fills, item[0]), reverse=True)
    flat: list[int] = []
    for _, colour in counted[:GIF_COLOURS]:
        flat.extend(colour)
    palette = Image.new("P", (1, 1))
    palette.putpalette(flat + flat[:3] * (256 - len(flat) // 3))
    return palette


def write_gif(animation: Animation, path: Path) -> None:
    """A looping GIF with one shared palette of few colours: small, and no flicker."""
    width, height = animation.frames[0].size
    strip = Image.new("RGB", (width, height * len(animation.frames)))
    for index, frame in enumerate(animation.frames):
        strip.paste(frame, (0, height * index))
    palette = _shared_palette(strip)
    indexed = [
        frame.quantize(palette=palette, dither=Image.Dither.NONE) for frame in animation.frames
    ]
    indexed[0].save(
        path,
        format="GIF",
        save_all=True,
        append_images=indexed[1:],
        duration=list(animation.durations_ms),
        loop=0,
        disposal=1,
        optimize=False,
    )


def contact_sheet(animation: Animation, title: str) -> Image.Image:
    """Six evenly spaced frames side by side under a title, to check a movement at a glance."""
    count = len(animation.frames)
    picks = [animation.frames[round(i * count / SHEET_FRAMES) % count] for i in range(SHEET_FRAMES)]
    width, height = picks[0].size
    header = 40
    sheet = Image.new("RGB", (width * SHEET_FRAMES, height + header), PALETTE["background"])
    draw = ImageDraw.Draw(sheet)
    draw.text((12, 8), title, fill=PALETTE["outline"], font=ImageFont.load_default(size=22))
    for index, frame in enumerate(picks):
        sheet.paste(frame, (index * width, header))
        draw.line(
            (index * width, header, index * width, header + height), fill=PALETTE["floor_edge"]
        )
    return sheet
