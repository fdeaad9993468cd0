"""CSL-JSON helpers shared by the core and the renderers (kept light: the CLI imports them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


def iso_date(parts: Sequence[int]) -> str:
    """CSL date-parts as ISO 8601, as precise as they are: 2022, 2022-06, 2022-06-04."""
    return "-".join(f"{part:02d}" if index else str(part) for index, part in enumerate(parts))
