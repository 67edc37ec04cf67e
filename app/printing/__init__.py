"""Printed documents: each kind is a function that renders a plan to a PDF with reportlab.

`DOCUMENTS` maps a kind to its `render(plan, output, options)`; another module may add a
kind with one line. `print_document` writes atomically (app/planfile/atomic.py): the PDF is
made in a 0600 temporary file beside the target and moved into place only when complete, so
a failure leaves no file; a target that is the plan or one of its files is refused first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import PlanFileError, ValidationError
from app.plan import Plan
from app.planfile import atomic, crash_points
from app.printing import calltree, card, contact_sheet, journal, plan_binder, recovery_sheet
from app.printing.options import PAGE_SIZE_NAMES, PrintOptions
from db.errors import StorageError

__all__ = ["DOCUMENTS", "PAGE_SIZE_NAMES", "OutputNotWritable", "PrintOptions",
           "print_document"]

Renderer = Callable[[Plan, Path, PrintOptions], None]

DOCUMENTS: dict[str, Renderer] = {
    "contacts": contact_sheet.render,
    "calltree": calltree.render,
    "journal": journal.render,
    "plan": plan_binder.render,
    "card": card.render,
    "recovery": recovery_sheet.render,
}


class OutputNotWritable(PlanFileError):
    """The PDF cannot be written where asked (missing folder, no permission, full disk)."""

    code = "output_not_writable"


class _InfoInLanguage:
    """The plan's metadata as a document printed in another language reads it."""

    def __init__(self, plan: Plan, language: str) -> None:
        self._plan = plan
        self._language = language

    def get(self) -> Any:
        """The plan's metadata with the printing language in place of the plan's."""
        return dataclasses.replace(self._plan.info.get(), language=self._language)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._plan.info, name)


class _PlanInLanguage:
    """The plan seen by the renderers when the user prints in another language.

    Every renderer (and the naming helpers they call) reads the language from
    `plan.info.get()`; answering there is the one place that changes it, leaving the stored
    plan untouched (printing never writes to the plan)."""

    def __init__(self, plan: Plan, language: str) -> None:
        self._plan = plan
        self.info = _InfoInLanguage(plan, language)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._plan, name)


def _print_step(name: str) -> None:
    crash_points.step(f"print: {name}")


def print_document(plan: Plan, kind: str, output: str | Path,
                   options: PrintOptions | None = None) -> Path:
    """Render document `kind` of `plan` to `output` (PDF), all or nothing; returns the path."""
    if kind not in DOCUMENTS:
        raise ValidationError("kind", "unknown_choice", kind, allowed=tuple(DOCUMENTS))
    output = Path(output)
    options = options or PrintOptions()
    source: Any = plan
    if options.language is not None and options.language != plan.info.get().language:
        source = _PlanInLanguage(plan, options.language)
    if output.is_dir():
        raise OutputNotWritable(str(output), "is a folder")
    # The guard, the 0600 temporary file and its clean-up are app/planfile/atomic.py's: the
    # PDF holds personal data (GDPR) and must never land on the plan or its key file.
    try:
        with atomic.replacing_file(output, plan=plan.path, tag="printing",
                                   step=_print_step) as temp:
            DOCUMENTS[kind](source, temp, options)
    except StorageError as error:  # full, failing, missing folder, read-only
        if error.path != str(output):  # the plan's own storage, not the PDF's
            raise
        raise OutputNotWritable(str(output), error.detail) from error
    except OSError as error:
        raise OutputNotWritable(str(output), error.strerror or str(error)) from error
    return output
