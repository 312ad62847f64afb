"""Animated demonstrations of the exercises, drawn from keyframes in content/movements.toml."""

from bot.demos.library import DemoLibrary
from bot.demos.movements import MovementError

__all__ = ["DemoLibrary", "MovementError"]
