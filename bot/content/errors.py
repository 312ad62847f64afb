"""Content errors that point the editor at the exact file and field to fix."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import ValidationError
from pydantic_core import ErrorDetails


class ContentError(ValueError):
    """The content files are broken; the bot must not start with them."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


def format_location(location: Iterable[int | str]) -> str:
    """Turn a pydantic location like ("exercise", 3, "dose") into "exercise[3].dose"."""
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


def _describe(error: ErrorDetails) -> str:
    """Say what is wrong in plain words, keeping pydantic's wording where it is already clear."""
    if error["type"] == "missing":
        return "field required"
    if error["type"] == "extra_forbidden":
        return "unknown field (not allowed)"
    message = error["msg"]
    return message[:1].lower() + message[1:]


def validation_problems(source: str, error: ValidationError) -> list[str]:
    """One "file: field.path: what is wrong" line per pydantic error."""
    problems = []
    for detail in error.errors():
        location = format_location(detail["loc"])
        prefix = f"{source}: {location}" if location else source
        problems.append(f"{prefix}: {_describe(detail)}")
    return problems
