"""Words for the errors the services raise (they carry codes, ui/ says them to the user).

Each code is worded once, here: `file_error_text` for the errors about a plan's files (the
storage layer's and app/'s PlanFileError), `validation_text` for a refused value, and
`error_text` for any error; ui/words/room_errors.py adds only the war room's own reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import (
    FILE_ERRORS,
    FileError,
    InvalidState,
    PlanError,
    RecordNotFound,
    ValidationError,
    shown_value,
)
from app.planfile.chain_heads import ChainGap
from app.planfile.errors import OutputIsPlan

# A bare `translate("Context", "literal")` is what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def file_error_text(error: FileError) -> str:
    """A sentence for a problem with a plan's files the user can act on, naming the file."""
    code = error.code
    detail = error.detail or code
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
    elif code == "disk_error":
        text = translate(
            "Errors", "The disk holding {path} failed to read or write it ({detail}); nothing "
            "was saved. Check the drive (removed, failing, network gone) and try again.")
    elif code == "plan_cannot_open":
        text = translate(
            "Errors", "{path} cannot be opened ({detail}): its folder is missing, it is a "
            "folder, or you may not open it.")
    elif code == "plan_truncated":
        text = translate(
            "Errors", "{path} is cut short ({detail}); it was not opened. Restore it from a "
            "backup.")
    elif code == "wrong_key":
        text = translate(
            "Errors", "That key does not open this plan ({path}: {detail}); the file was not "
            "changed.")
    elif code == "wrong_passphrase":
        text = translate(
            "Errors", "That passphrase does not open this plan ({path}); the file was not "
            "changed. Try again, or use the recovery key.")
    elif code == "passphrase_required":
        text = translate(
            "Errors", "The key of {path} is protected by a passphrase, not kept in the "
            "keyring ({detail}); type it to open the plan.")
        detail = keyring_words(error.detail)
    elif code == "key_unavailable":
        text = translate(
            "Errors", "The key of {path} is not on this computer ({detail}). Open it with its "
            "recovery key (from its recovery sheet).")
    elif code == "key_file_damaged":
        text = translate(
            "Errors", "The key file {path} is damaged ({detail}); nothing was changed. Open the "
            "plan with its recovery key (from its recovery sheet).")
    elif code == "key_file_of_another_plan":
        text = translate(
            "Errors", "The key file beside {path} belongs to another plan ({detail}); nothing "
            "was changed. Put the plan's own key file beside it, or open it with its recovery "
            "key.")
    elif code == "key_change_cut_short":
        text = translate(
            "Errors", "A key change of {path} was interrupted ({detail}); the file was not "
            "changed.")
    elif code == "backup_key_unavailable":
        text = translate(
            "Errors", "The backup {path} was made before a key change of the plan, with a key "
            "no longer kept; it opens with the passphrase or recovery key of that time "
            "(crisiscell restore --backup-passphrase-env VAR). It is not damaged; nothing was "
            "changed.")
    elif code == "no_keyring":
        text = translate(
            "Errors", "No keyring can be used on this computer ({detail}): the key of {path} "
            "is protected by a passphrase instead, or opened with its recovery key.")
        detail = keyring_words(error.detail)
    elif code == "insecure_keyring":
        text = translate(
            "Errors", "The keyring found keeps secrets in plain files ({detail}); Crisis Cell "
            "does not put keys there. A passphrase protects the plan instead.")
    elif code == "plan_in_use":
        text = translate(
            "Errors", "{path} is already open in another Crisis Cell window; close it there "
            "first.")
    elif code == "plan_being_replaced":
        text = translate(
            "Errors", "A key change or a restore of {path} is under way; nothing was written. "
            "Try again in a moment.")
    elif code == "plan_has_writers":
        text = translate(
            "Errors", "{path} is open in a Crisis Cell window or command; close it first, as "
            "the file is about to be replaced.")
    elif code == "on_synced_folder":
        text = translate(
            "Errors", "{path} cannot be used from this folder ({detail}): a synced or network "
            "folder can corrupt a live plan. Move the plan to a folder of this computer.")
    elif code == "plan_not_encrypted":
        text = translate(
            "Errors", "{path} is not encrypted ({detail}); encrypt it with: crisiscell "
            "encrypt --plan {path}")
    elif isinstance(error, OutputIsPlan):  # code "output_is_plan"
        what = _plan_file_words(error.what)
        if error.link:
            what = translate("Errors", "a link to {what}").format(what=what)
        text = translate("Errors", "Refused: {path} is {what}; nothing was written. Choose "
                         "another file.").replace("{what}", what)
    elif code == "no_backup":
        text = translate(
            "Errors", "{path} is damaged and no backup of it verifies; the file was not "
            "changed. Look for a copy on your backup drive.")
    elif code == "wal_damaged":
        text = translate(
            "Errors", "The write-ahead log of {path} is damaged ({detail}), so the plan was "
            "not opened for writing. Keep it as it is (those commits are lost; the damaged "
            "log is kept aside) or restore the last backup.")
    elif code == "output_not_writable":
        text = translate(
            "Errors", "The PDF cannot be written to {path} ({detail}); nothing was written. "
            "Choose another folder.")
    else:
        text = translate("Errors", "The plan file {path} could not be used.")
    return text.format(path=error.path, detail=detail)


def keyring_words(detail: str) -> str:
    """The keyring's known situations (keystore's reasons) in the window's language, else
    app's words as they are."""
    if "keyrings.alt" in detail:
        return translate("Errors", "the only keyring here keeps secrets in plain files, so "
                         "Crisis Cell does not use it")
    if "no keyring service runs" in detail:
        return translate("Errors", "no keyring service runs on this computer")
    if detail == "this plan is protected by a passphrase":
        return translate("Errors", "a passphrase was chosen for this plan")
    return detail


def missing_entries_text(gaps: list[ChainGap]) -> str:
    """What this laptop's witness saw committed and the plan file lacks, for the notice bar."""
    missing = [g for g in gaps if not g.rewritten]
    parts = []
    if missing:
        where = "; ".join(
            translate("Errors", "incident {incident}, from entry {seq}").format(
                incident=g.incident_id, seq=g.file_seq + 1) for g in missing)
        parts.append(translate(
            "Errors", "%n entries this laptop saw committed are missing from the plan file "
            "({where}). Its write-ahead log (-wal) may have been deleted or the file replaced "
            "by an older copy: look for them before writing on, or restore a backup.", None,
            sum(g.missing for g in missing)).format(where=where))
    for gap in gaps:
        if gap.rewritten:
            parts.append(translate(
                "Errors", "In incident {incident}, entry {seq} is not the one this laptop saw "
                "committed: the log was rewritten.").format(incident=gap.incident_id,
                                                             seq=gap.witnessed_seq))
    return " ".join(parts)


def _plan_file_words(what: str) -> str:
    """What an output path was refused for being (OutputIsPlan.what), in the window's words."""
    if what == "plan":
        return translate("Errors", "the plan")
    if what == "wal":
        return translate("Errors", "the plan's write-ahead log")
    if what == "shm":
        return translate("Errors", "the index of the plan's write-ahead log")
    if what == "keys":
        return translate("Errors", "the plan's key file")
    if what in ("lock", "writers"):
        return translate("Errors", "a lock file of the plan")
    if what == "backup":
        return translate("Errors", "a backup of the plan")
    return translate("Errors", "a file of another plan")


def validation_text(error: ValidationError) -> str:
    """Why a value was refused, in the user's words (the field is named by the form)."""
    reason = error.reason
    details = error.details
    if reason == "required":
        return translate("Errors", "This field is required.")
    if reason == "too_long":
        return translate(
            "Errors", "Too long (at most {n} characters).").format(n=details.get("max_length"))
    value = shown_value(str(error.value))  # a pasted page is not shown back in full
    if reason == "invalid_phone":
        return translate(
            "Errors", "“{value}” is not a valid phone number.").format(value=value)
    if reason == "invalid_email":
        return translate(
            "Errors", "“{value}” is not a valid e-mail address.").format(value=value)
    if reason == "control_character":
        return translate(
            "Errors", "Contains a control character ({character}, character {position}) "
            "that this field does not take.").format(
                character=details.get("character"), position=details.get("position"))
    if reason == "direction_control":
        return translate(
            "Errors", "Contains a text-direction control ({character}, character {position}) "
            "that can make it read as something else; this field does not take it.").format(
                character=details.get("character"), position=details.get("position"))
    if reason == "not_valid_text":
        return translate("Errors", "This is not valid text.")
    if reason == "out_of_range":
        return translate("Errors", "Must be between {min} and {max}.").format(
            min=details.get("min"), max=details.get("max"))
    if reason == "not_a_number":
        return translate("Errors", "Must be a whole number.")
    if reason == "not_a_date":
        return translate(
            "Errors", "“{value}” is not a date (YYYY-MM-DD).").format(value=value)
    if reason == "not_a_moment":
        return translate(
            "Errors", "“{value}” is not a time; type e.g. 04/12/2026 14:00, 14:00, tomorrow "
            "9:00 or +72h.").format(value=value)
    if reason == "no_such_day":
        return translate("Errors", "“{value}”: that day does not exist.").format(
            value=value)
    if reason == "no_such_time":
        return translate("Errors", "“{value}”: that time does not exist.").format(
            value=value)
    if reason == "time_missing":
        return translate("Errors", "“{value}”: add the time, e.g. 14:00.").format(
            value=value)
    if reason == "delay_too_long":
        return translate("Errors", "“{value}” is more than a year away; check it.").format(
            value=value)
    if reason == "unknown_choice":
        return translate("Errors", "Choose one of the proposed values.")
    if reason == "unknown_incident":
        return translate("Errors", "This incident is not in the plan.")
    if reason == "same_as_holder":
        return translate("Errors", "The deputy cannot be the holder.")
    if reason == "cycle":
        return translate(
            "Errors", "That call would make a loop: this person is already above the caller "
            "in the call tree. Nothing was changed.")
    if reason == "already_called":
        return translate(
            "Errors", "This person is already called in the call tree; to have someone else "
            "call them, use “Change caller…”. Nothing was changed.")
    if reason == "role_name_taken":
        return translate("Errors", "A role named “{value}” already exists.").format(
            value=error.value)
    if reason == "standard_role":
        return translate(
            "Errors", "A standard role cannot be renamed or removed; it may stay vacant.")
    if reason == "unknown_region":
        return translate(
            "Errors", "“{value}” is not a country code; type two letters, e.g. FR, BE, CH, CA."
        ).format(value=value)
    if reason == "colon_in_role_name":
        return translate("Errors", "A role's name cannot contain “:”.")
    if reason == "invalid_website":
        return translate(
            "Errors", "“{value}” is not a web address (e.g. https://www.example.fr).").format(
            value=error.value)
    if reason == "not_a_clock":
        return translate("Errors", "A regulatory clock needs a title and a number of hours.")
    if reason == "other_incident":
        return translate("Errors", "This entry belongs to another incident.")
    return translate("Errors", "Refused value ({reason}).").format(reason=reason)


def error_text(error: Exception) -> str:
    """A sentence for any error a service raises on purpose."""
    if isinstance(error, FILE_ERRORS):
        return file_error_text(error)
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, RecordNotFound):
        return translate("Errors", "This record no longer exists (deleted on another laptop?).")
    if isinstance(error, InvalidState) and error.reason == "no_incident":
        return translate("Errors", "This plan has no incident yet: there is no log to print.")
    if isinstance(error, InvalidState):
        return translate(
            "Errors", "Not possible in the current state ({reason}).").format(reason=error.reason)
    if isinstance(error, PlanError):
        return translate("Errors", "Refused ({code}).").format(code=error.code)
    return str(error)
