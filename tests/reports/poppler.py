"""Read a rendered PDF back with poppler-utils (pdftotext, pdfinfo), as a person's viewer would.

scripts/bootstrap installs poppler-utils on Debian; elsewhere the PDF tests skip, except in CI
(CI=true), where a missing tool is a failure rather than a quietly skipped check.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def require(tool: str) -> str:
    """The tool's path, or skip (fail in CI) with what to install."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is missing: install poppler-utils (apt-get install poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text with every run of whitespace made one space, so wrapped cells still match."""
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        [require("pdftotext"), str(source), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(result.stdout.split())


def page_count(pdf: bytes, tmp_path: Path) -> int:
    """The page count pdfinfo reads, which also proves the file parses."""
    source = tmp_path / "info.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        [require("pdfinfo"), str(source)], capture_output=True, check=True, text=True
    )
    match = re.search(r"^Pages:\s+(\d+)$", result.stdout, re.MULTILINE)
    assert match is not None, result.stdout
    return int(match.group(1))


def raster_images(pdf: bytes, tmp_path: Path) -> int:
    """How many bitmap images the PDF holds (pdfimages -list); vector drawings are not images."""
    source = tmp_path / "images.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        [require("pdfimages"), "-list", str(source)], capture_output=True, check=True, text=True
    )
    return len(result.stdout.splitlines()[2:])
