"""How a document is to be printed: page size, wall copy, which incident, which language."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import ValidationError
from app.vocabulary import LANGUAGES

PAGE_SIZE_NAMES = ("A4", "Letter")


@dataclass(frozen=True)
class PrintOptions:
    """Page size ("A4" or "Letter"), a redacted wall copy, the incident of a journal, and the
    language ("fr"/"en"; None = the plan's own)."""

    page_size: str = "A4"
    redacted: bool = False
    incident_id: str | None = None
    language: str | None = None

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZE_NAMES:
            raise ValidationError("page_size", "unknown_choice", self.page_size,
                                  allowed=PAGE_SIZE_NAMES)
        if self.language is not None and self.language not in LANGUAGES:
            raise ValidationError("language", "unknown_choice", self.language,
                                  allowed=LANGUAGES)
