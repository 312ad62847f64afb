"""Pain ratings on the 0-10 numeric rating scale (NRS) and when a change is worth telling."""

from __future__ import annotations

import re

PAIN_MIN = 0
PAIN_MAX = 10

# ASCII digits only: str.isdigit()/int() would also accept "７" or "٧", which nobody types on
# purpose. At most two digits, so "07" is fine but "007" and 5000-character input are not.
_RATING_RE = re.compile(r"[0-9]{1,2}")
_MAX_RATING_INPUT = 16

# Minimal clinically important difference on the 11-point NRS for chronic pain:
# Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. "Clinical importance of changes in
# chronic pain intensity measured on an 11-point numerical pain rating scale." Pain 2001;
# 94(2):149-158. About 2 points or about 30% matched patients' own "much improved" rating.
_MCID_POINTS = 2
_MCID_PERCENT = 30


def parse_rating(text: str) -> int | None:
    """Read a typed 0-10 rating; None for anything else so the bot can ask again."""
    if len(text) > _MAX_RATING_INPUT:
        return None
    match = _RATING_RE.fullmatch(text.strip())
    if match is None:
        return None
    value = int(match.group())
    return value if PAIN_MIN <= value <= PAIN_MAX else None


def is_clinically_meaningful(before: float, after: float) -> bool:
    """Tell whether a change is big enough to mention, by the NRS MCID (Farrar et al. 2001)."""
    # A change counts when its size is >= 2 points, or >= 30% of `before` when `before` > 0.
    # Farrar et al. derived the threshold from improvement; we apply the same size rule to
    # worsening (direction ignored) so the bot neither hides nor overstates a flare-up.
    # Inputs may be averages (floats) but must lie within 0-10 (NaN fails the range check).
    for value in (before, after):
        if not PAIN_MIN <= value <= PAIN_MAX:
            raise ValueError(f"pain ratings must be within {PAIN_MIN}-{PAIN_MAX}, got {value!r}")
    change = abs(after - before)
    if change >= _MCID_POINTS:
        return True
    # Compared as products, so exactly 30% (e.g. 5 -> 3.5) is not lost to float rounding.
    return before > 0 and change * 100 >= before * _MCID_PERCENT
