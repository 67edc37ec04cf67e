"""How a document is to be printed: page size, wall copy, which incident."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import ValidationError

PAGE_SIZE_NAMES = ("A4", "Letter")


@dataclass(frozen=True)
class PrintOptions:
    """Page size ("A4" or "Letter"), a redacted wall copy, and the incident of a journal."""

    page_size: str = "A4"
    redacted: bool = False
    incident_id: str | None = None

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZE_NAMES:
            raise ValidationError("page_size", "unknown_choice", self.page_size,
                                  allowed=PAGE_SIZE_NAMES)
