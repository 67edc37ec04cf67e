"""Words for the refusals met in the war room's tabs (incident log, message library)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import InvalidState, ValidationError
from ui.words.error_messages import error_text


def room_error_text(error: Exception) -> str:
    """A sentence for an error raised by the incident or message services."""
    if isinstance(error, InvalidState):
        reason = error.reason
        if reason == "incident_already_active":
            return QCoreApplication.translate(
                "RoomErrors", "An incident is already active: close it before opening another."
            )
        if reason == "incident_closed":
            return QCoreApplication.translate(
                "RoomErrors", "This incident is closed: its log can be read, not written."
            )
        if reason == "same_level":
            return QCoreApplication.translate(
                "RoomErrors", "The incident is already at this level."
            )
        if reason == "action_already_done":
            return QCoreApplication.translate("RoomErrors", "This action is already done.")
        if reason == "clock_already_done":
            return QCoreApplication.translate(
                "RoomErrors", "This regulatory deadline is already marked as met.")
    if isinstance(error, ValidationError):
        if error.reason == "over_channel_limit":
            return QCoreApplication.translate(
                "RoomErrors",
                "The text is {n} characters long; the channel allows {limit}. "
                "Shorten it before approving.",
            ).format(n=error.value, limit=error.details.get("limit"))
        if error.reason == "before_approval":
            return QCoreApplication.translate(
                "RoomErrors", "The expiry date must come after the approval date."
            )
        if error.reason == "not_a_time":
            return QCoreApplication.translate(
                "RoomErrors", "“{value}” is not a date and time."
            ).format(value=error.value)
    return error_text(error)
