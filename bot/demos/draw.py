"""Paints projected frames with Pillow: drawn large, then shrunk with LANCZOS for clean edges."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PIL import Image, ImageColor, ImageDraw

from bot.demos.scene import FlatPart, FlatShape, Frame, Point

SIZE = 360
SUPERSAMPLE = 3
MARGIN = 0.07
OUTLINE_PX = 2.0
UPPER_SHARE = 0.72
"""With framing = "upper", the share of head and torso shown, from the top of the head."""
FAR_SIDE_DEPTH = 0.1
"""A limb this far (metres) behind its partner is drawn paler, like the far side of a figure."""

PALETTE: dict[str, str] = {
    "background": "#F5F1E8",
    "floor": "#E6DCCB",
    "floor_edge": "#CDBFA8",
    "wall": "#DCE6E2",
    "wall_edge": "#BFCFC8",
    "mat": "#A9C9B8",
    "chair": "#C99E6E",
    "wood": "#9C7650",
    "anchor": "#6F767D",
    "band": "#E07A5F",
    "towel": "#E9C46A",
    "shirt": "#3F8290",
    "trousers": "#3D4C5F",
    "skin": "#EFC3A0",
    "skin_shade": "#E2A986",
    "eye": "#3B3330",
    "hair": "#5B4535",
    "shoe": "#2E3440",
    "outline": "#25313B",
    "prop_outline": "#7D6E5E",
}


@dataclass(frozen=True)
class Fit:
    """Metres to pixels: scale and the picture position of the origin."""

    scale: float
    origin_x: float
    origin_y: float
    horizon: float
    """The far edge of the floor (metres, picture height), the same in every frame."""

    def pixel(self, point: Point) -> tuple[float, float]:
        """Picture coordinates (y down) of a projected point."""
        return (self.origin_x + point[0] * self.scale, self.origin_y - point[1] * self.scale)


def _bounds(parts: Iterable[FlatPart]) -> tuple[float, float, float, float]:
    """Left, bottom, right and top edges of the parts, counting stroke widths."""
    xs: list[float] = []
    ys: list[float] = []
    for part in parts:
        for shape in part.shapes:
            for x, y in shape.points:
                xs.extend((x - shape.style.width / 2, x + shape.style.width / 2))
                ys.extend((y - shape.style.width / 2, y + shape.style.width / 2))
    return min(xs), min(ys), max(xs), max(ys)


def fit_frames(frames: Sequence[Frame], size: int, framing: str) -> Fit:
    """One scale and position for all frames, so the camera holds still while the figure moves."""
    if framing == "upper":
        left, bottom, right, top = _bounds(
            part for frame in frames for part in frame.figure if part.name in ("head", "torso")
        )
        bottom = top - (top - bottom) * UPPER_SHARE
    else:
        left, bottom, right, top = _bounds(
            part
            for frame in frames
            for part in (*frame.figure, *frame.scenery)
            if part.name != "wall"
        )
    usable = size * (1 - 2 * MARGIN)
    scale = usable / max(right - left, top - bottom)
    return Fit(
        scale,
        size / 2 - (left + right) / 2 * scale,
        size / 2 + (top + bottom) / 2 * scale,
        max(frame.horizon for frame in frames),
    )


def _hull(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull by the monotone chain, so a sampled head becomes one smooth outline."""
    ordered = sorted(set(points))
    if len(ordered) < 3:
        return ordered

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        """Positive when o, a, b turn counter-clockwise."""
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for chain, sequence in ((lower, ordered), (upper, list(reversed(ordered)))):
        for point in sequence:
            while len(chain) >= 2 and cross(chain[-2], chain[-1], point) <= 0:
                chain.pop()
            chain.append(point)
    return lower[:-1] + upper[:-1]


def _stroke(
    draw: ImageDraw.ImageDraw, points: Sequence[tuple[float, float]], width: float, colour: str
) -> None:
    """A round-capped, round-jointed line (or a dot) of the given width in pixels."""
    radius = width / 2
    if radius <= 0:
        return
    for a, b in itertools.pairwise(points):
        draw.line((a, b), fill=colour, width=max(1, round(width)))
    for x, y in points:
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)


def _paint_shape(
    draw: ImageDraw.ImageDraw, shape: FlatShape, fit: Fit, colour: str, extra: float
) -> None:
    """One shape, widened by `extra` pixels (for its outline pass)."""
    pixels = [fit.pixel(point) for point in shape.points]
    if shape.style.hull:
        pixels = _hull(pixels)
    width = shape.style.width * fit.scale + extra
    if shape.style.filled and len(pixels) >= 3:
        draw.polygon(pixels, fill=colour)
        _stroke(draw, [*pixels, pixels[0]], width, colour)
    else:
        _stroke(draw, pixels, width, colour)


def flat_colours() -> frozenset[tuple[int, int, int]]:
    """Every colour the painter fills with, pale variants included, as RGB."""
    names = (*PALETTE.values(), *(_pale(colour) for colour in PALETTE.values()))
    return frozenset(_rgb(name) for name in names)


def _rgb(colour: str) -> tuple[int, int, int]:
    """An "#RRGGBB" colour as a tuple."""
    red, green, blue = ImageColor.getrgb(colour)[:3]
    return (red, green, blue)


def _pale(colour: str) -> str:
    """The colour mixed with the background, for limbs on the far side."""
    fore = ImageColor.getrgb(colour)
    back = ImageColor.getrgb(PALETTE["background"])
    mixed = tuple(round(f * 0.62 + b * 0.38) for f, b in zip(fore[:3], back[:3], strict=True))
    return "#{:02X}{:02X}{:02X}".format(*mixed)


def _paint_part(
    draw: ImageDraw.ImageDraw, part: FlatPart, fit: Fit, outline: str, line: float, far: bool
) -> None:
    """Outline every shape of the part first, then fill them, so joints show no seams."""
    if line > 0:
        for shape in (shape for shape in part.shapes if shape.style.outlined):
            _paint_shape(draw, shape, fit, outline, 2 * line)
    for shape in part.shapes:
        colour = PALETTE[shape.style.colour]
        pale = far and shape.style.shaded
        _paint_shape(draw, shape, fit, _pale(colour) if pale else colour, 0.0)


def _is_far_side(part: FlatPart, depths: dict[str, float]) -> bool:
    """A limb clearly behind its partner on the other side (the far arm in a side view)."""
    side, _, limb = part.name.partition("_")
    partner = {"right": "left", "left": "right"}.get(side)
    if partner is None:
        return False
    return part.depth < depths.get(f"{partner}_{limb}", part.depth) - FAR_SIDE_DEPTH


def paint(frame: Frame, fit: Fit, size: int) -> Image.Image:
    """One frame as an RGB image of size x size pixels."""
    big = size * SUPERSAMPLE
    zoom = Fit(
        fit.scale * SUPERSAMPLE, fit.origin_x * SUPERSAMPLE, fit.origin_y * SUPERSAMPLE, fit.horizon
    )
    image = Image.new("RGB", (big, big), PALETTE["background"])
    draw = ImageDraw.Draw(image)
    horizon = min(zoom.pixel((0.0, fit.horizon))[1], float(big))
    draw.rectangle((0, horizon, big, big), fill=PALETTE["floor"])
    line = OUTLINE_PX * SUPERSAMPLE
    draw.line((0, horizon, big, horizon), fill=PALETTE["floor_edge"], width=round(line))
    for part in frame.scenery:
        edge = 0.0 if part.name in ("wall", "mat") else line * 0.6
        _paint_part(draw, part, zoom, PALETTE["prop_outline"], edge, far=False)
    depths = {part.name: part.depth for part in frame.figure}
    for part in frame.figure:
        edge = line * 0.5 if part.name == "band" else line
        _paint_part(draw, part, zoom, PALETTE["outline"], edge, _is_far_side(part, depths))
    return image.resize((size, size), Image.Resampling.LANCZOS)
