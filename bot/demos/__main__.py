"""Renders the demonstrations from the command line, so a person can check every movement."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.content import ContentError
from bot.content.loader import default_content_directory, load_catalog
from bot.demos.library import DemoLibrary
from bot.demos.movements import MOVEMENTS_FILE
from bot.demos.render import contact_sheet, render
from bot.demos.versions import parse_version_key


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; at least one of --sheet and --render is needed."""
    parser = argparse.ArgumentParser(
        prog="python -m bot.demos",
        description="Render the exercise demonstrations from content/movements.toml.",
    )
    parser.add_argument(
        "--sheet", type=Path, metavar="DIR", help="write <id>.png (and <id>.gentler.png) sheets"
    )
    parser.add_argument("--render", type=Path, metavar="DIR", help="write the GIFs (a cache)")
    parser.add_argument("--content", type=Path, metavar="DIR", help="the content directory")
    parser.add_argument("--only", nargs="+", metavar="ID", help="just these exercise ids")
    arguments = parser.parse_args(argv)
    if arguments.sheet is None and arguments.render is None:
        parser.error("give --sheet DIR, --render DIR or both")
    return arguments


def main(argv: Sequence[str] | None = None) -> int:
    """Write the requested sheets and animations; print one line per file."""
    arguments = _arguments(argv)
    content = default_content_directory() if arguments.content is None else arguments.content
    try:
        catalog = load_catalog(content)
        library = DemoLibrary(catalog, arguments.render or Path(), content / MOVEMENTS_FILE)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 2
    chosen = arguments.only or list(catalog.exercises)
    unknown = [exercise_id for exercise_id in chosen if exercise_id not in catalog.exercises]
    if unknown:
        print(f"unknown exercise id(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    versions = [key for key in library.version_keys if parse_version_key(key)[0] in chosen]
    for key in sorted(versions, key=lambda key: chosen.index(parse_version_key(key)[0])):
        if arguments.sheet is not None:
            arguments.sheet.mkdir(parents=True, exist_ok=True)
            sheet_path = arguments.sheet / f"{key}.png"
            exercise_id, version = parse_version_key(key)
            title = catalog.exercises[exercise_id].name + (f" ({version})" if version else "")
            contact_sheet(render(library.movement(key)), title).save(sheet_path)
            print(sheet_path)
        if arguments.render is not None:
            print(library.animation_path(key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
