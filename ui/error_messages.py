"""Words for the errors the services raise (they carry codes, ui/ says them to the user)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import InvalidState, PlanError, RecordNotFound, ValidationError
from db.errors import StorageError

# A bare `translate("Context", "literal")` is what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def storage_error_text(error: StorageError) -> str:
    """A sentence for a storage problem the user can act on, naming the file."""
    code = error.code
    if code == "plan_not_found":
        text = translate("Errors", "No plan file at {path}.")
    elif code == "plan_exists":
        text = translate("Errors", "A file already exists at {path}; choose another name.")
    elif code == "not_a_plan":
        text = translate("Errors", "{path} is not a Crisis Cell plan.")
    elif code == "plan_too_new":
        text = translate(
            "Errors", "{path} was written by a newer version of Crisis Cell; update the app "
            "to open it.")
    elif code == "plan_corrupt":
        text = translate("Errors", "{path} is damaged; open the last good backup.")
    elif code == "plan_locked":
        text = translate(
            "Errors", "{path} is being written by another program; try again in a moment.")
    elif code == "plan_read_only":
        text = translate("Errors", "{path} cannot be written (read-only file or folder).")
    elif code == "disk_full":
        text = translate("Errors", "The disk holding {path} is full; nothing was saved.")
    else:
        text = translate("Errors", "The plan file {path} could not be used.")
    return text.format(path=error.path)


def validation_text(error: ValidationError) -> str:
    """Why a value was refused, in the user's words (the field is named by the form)."""
    reason = error.reason
    details = error.details
    if reason == "required":
        return translate("Errors", "This field is required.")
    if reason == "too_long":
        return translate(
            "Errors", "Too long (at most {n} characters).").format(n=details.get("max_length"))
    if reason == "invalid_phone":
        return translate(
            "Errors", "“{value}” is not a valid phone number.").format(value=error.value)
    if reason == "invalid_email":
        return translate(
            "Errors", "“{value}” is not a valid e-mail address.").format(value=error.value)
    if reason == "out_of_range":
        return translate("Errors", "Must be between {min} and {max}.").format(
            min=details.get("min"), max=details.get("max"))
    if reason == "not_a_number":
        return translate("Errors", "Must be a whole number.")
    if reason == "not_a_date":
        return translate(
            "Errors", "“{value}” is not a date (YYYY-MM-DD).").format(value=error.value)
    if reason == "unknown_choice":
        return translate("Errors", "Choose one of the proposed values.")
    if reason == "same_as_holder":
        return translate("Errors", "The deputy cannot be the holder.")
    return translate("Errors", "Refused value ({reason}).").format(reason=reason)


def error_text(error: Exception) -> str:
    """A sentence for any error a service raises on purpose."""
    if isinstance(error, StorageError):
        return storage_error_text(error)
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, RecordNotFound):
        return translate("Errors", "This record no longer exists (deleted on another laptop?).")
    if isinstance(error, InvalidState):
        return translate(
            "Errors", "Not possible in the current state ({reason}).").format(reason=error.reason)
    if isinstance(error, PlanError):
        return translate("Errors", "Refused ({code}).").format(code=error.code)
    return str(error)
