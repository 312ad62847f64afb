"""Tiny 3-D vector maths, so the skeleton needs no numerical library."""

from __future__ import annotations

import math

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]
"""A 3x3 rotation matrix as three rows."""

IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
X_AXIS = 0
Y_AXIS = 1
Z_AXIS = 2


def add(a: Vec, b: Vec) -> Vec:
    """Vector sum."""
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def scale(a: Vec, factor: float) -> Vec:
    """Vector times a number."""
    return (a[0] * factor, a[1] * factor, a[2] * factor)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    """The point a fraction t of the way from a to b."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def rotation(axis: int, degrees: float) -> Mat:
    """A right-handed rotation about the x, y or z axis (counter-clockwise seen from +axis)."""
    c = math.cos(math.radians(degrees))
    s = math.sin(math.radians(degrees))
    if axis == X_AXIS:
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == Y_AXIS:
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def apply(m: Mat, v: Vec) -> Vec:
    """The matrix applied to a vector."""
    return (
        m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
        m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
        m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
    )


def compose(*matrices: Mat) -> Mat:
    """The product of the matrices, left to right (the rightmost acts first)."""
    result = IDENTITY
    for m in matrices:
        columns = tuple(zip(*m, strict=True))
        result = (
            (_dot(result[0], columns[0]), _dot(result[0], columns[1]), _dot(result[0], columns[2])),
            (_dot(result[1], columns[0]), _dot(result[1], columns[1]), _dot(result[1], columns[2])),
            (_dot(result[2], columns[0]), _dot(result[2], columns[1]), _dot(result[2], columns[2])),
        )
    return result


def _dot(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Dot product of two 3-vectors."""
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def distance(a: Vec, b: Vec) -> float:
    """Euclidean distance."""
    return math.dist(a, b)
