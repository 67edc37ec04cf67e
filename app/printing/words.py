"""The words printed documents use (documents follow the plan's language or `print --lang`).

Printed paper is read far from the laptop that made it, so its words come from the plan's
language, not from the window's; codes of app/vocabulary.py are named here for print. The
words are English msgids of app/'s catalogue (app/words/catalogue.py); a vocabulary's names
are looked up in the vocabulary's context ("role", "kind"…), as one English word may need two
French ones ("Crisis director": "Directeur de crise", short "Dir. de crise").
"""

from __future__ import annotations

from datetime import date, datetime

from app.cell.roles import custom_role_name
from app.words.catalogue import N_, NC_, texts
from app.words.dates import printed_day

_WORDS: dict[str, str] = {
    # furniture
    "confidential": N_("CONFIDENTIEL / CONFIDENTIAL"),
    "printed": N_("Printed {when}"),
    "revision": N_("Plan revision {revision}"),
    "page_of": N_("Page {page} of {total}"),
    "head_hash": N_("Log head hash: {hash}"),
    "none": N_("—"),
    # titles
    "title_contacts": N_("Crisis contact sheet"),
    "title_contacts_redacted": N_("Crisis contact sheet — wall copy"),
    "title_calltree": N_("Call tree"),
    "title_journal": N_("Incident log — activity report"),
    "title_plan": N_("Crisis management plan"),
    "title_card": N_("Crisis cell pocket cards"),
    # contacts
    "cell_roles": N_("Cell roles"),
    "role": N_("Role"),
    "holder": N_("Holder"),
    "deputy": N_("Deputy"),
    "name": N_("Name"),
    "function": N_("Function"),
    "organisation": N_("Organisation"),
    "mobile": N_("Mobile"),
    "other_numbers": N_("Other numbers"),
    "email": N_("E-mail"),
    "last_verified": N_("Last verified"),
    "never_verified": N_("never"),
    "stale_legend": N_("⚠ details not verified for more than {days} days: confirm before use."),
    "redacted_legend": N_("Wall copy: personal numbers (mobile, home) are not printed."),
    "redacted": N_("withheld"),
    "no_contacts": N_("No contacts."),
    "no_roles": N_("No roles assigned."),
    "phone_office": N_("Office"),
    "phone_home": N_("Home"),
    "phone_other": N_("Other"),
    "phone_mobile": N_("Mob."),
    # call tree
    "calltree_intro": N_(
        "Who calls whom, in order. No answer: leave a message, call the next one, call back after "
        "the list."),
    "step": N_("No."),
    "caller": N_("Caller"),
    "callee": N_("Calls"),
    "numbers_to_dial": N_("Numbers to dial"),
    "alert_raiser": N_("Whoever raises the alert"),
    "empty_calltree": N_("The call tree is empty."),
    # journal
    "incident": N_("Incident"),
    "nature": N_("Nature"),
    "exercise": N_("EXERCISE"),
    "real": N_("Real"),
    "opened": N_("Opened"),
    "closed": N_("Closed"),
    "still_open": N_("still open"),
    "current_level": N_("Current level"),
    "level_history": N_("Level history"),
    "entries": N_("Entries"),
    "time": N_("Time"),
    "author": N_("Author"),
    "kind": N_("Kind"),
    "text": N_("Text"),
    "occurred": N_("occurred {when}"),
    "corrected_by": N_("Corrected by no. {number} ({when}, {author}): {text}"),
    "correction_of": N_("Correction of no. {number}:"),
    "status_of": N_("(about no. {number})"),
    "info_status": N_("Status: {status}"),
    "info_status_now": N_("Current status: {status}"),
    "status_history": N_("History: {steps}"),
    "status_step": N_("{status} ({when}, {author})"),
    "closed_state": N_("Closed (last level: {level})"),
    "review_title": N_("Post-crisis review"),
    "review_worked": N_("What worked"),
    "review_failed": N_("What did not work"),
    "review_changes": N_("What to change"),
    "review_none": N_("No post-crisis review written yet."),
    "review_tasks": N_("Tasks from the review"),
    "task_owner": N_("Owner"),
    "entry_number": N_("no. {number}"),
    "chain_title": N_("Log integrity check"),
    "chain_ok": N_(
        "Chain verified: all {checked} entries ({chains} chain(s)) are intact; none was altered."),
    # What the chain alone cannot say (the end of a chain): only the witness vouches for it.
    "chain_witnessed": N_("Verified against the heads witnessed on this laptop: none was removed."),
    "chain_backup_heads": N_(
        "Verified against the heads this backup recorded: none was removed since it was taken."),
    "chain_unwitnessed": N_(
        "This laptop holds no witness of this log's heads: entries cut from its end would not show"
        " here."),
    "chain_missing": N_(
        "INCOMPLETE: entries seen committed on this laptop are missing from this log ({missing}, "
        "from position {seq}). This document does not hold them."),
    "chain_rewritten": N_("REWRITTEN: the entry at position {seq} is not the one seen committed."),
    "chain_broken": N_(
        "CHAIN BROKEN at entry no. {number} (id {entry_id}, position {seq}): {reason}. This log "
        "was altered; do not rely on it without investigation."),
    "chain_empty": N_("No entries to check."),
    "head_hash_line": N_("Head hash (SHA-256): {hash}"),
    "head_hash_note": N_(
        "This hash stands in every page's footer, so a single page can be matched to its log."),
    "no_incident": N_("No incident in this plan."),
    "no_entries": N_("No entries."),
    # regulatory clocks (app/incidents/regulatory_clocks.py)
    "clocks_title": N_("Regulatory deadlines"),
    "clock": N_("Obligation"),
    "clock_within": N_("Within"),
    "clock_from": N_("Counted from"),
    "clock_due": N_("Due"),
    "clock_state": N_("State"),
    "clock_from_opening": N_("{when} (opening)"),
    "clock_from_entry": N_("{when} (entry no. {number})"),
    "clock_met": N_("Met on {when}"),
    "clock_met_late": N_("⚠ Met late, on {when}"),
    "clock_overdue": N_("⚠ OVERDUE by {late}"),
    "clock_running": N_("Running: {left} left"),
    "clock_not_met": N_("⚠ Not met at closing"),
    "reason_content_altered": N_("content altered"),
    "reason_previous_missing_or_altered": N_("previous entry missing or altered"),
    "reason_sequence_gap": N_("gap in the sequence"),
    "reason_out_of_order": N_("entries moved: stored out of the chain's order"),
    "signature": N_("Prepared by: ____________________   Signature: ______________"),
    # plan binder
    "contents": N_("Contents"),
    "owner": N_("Plan owner"),
    "next_review": N_("Next review"),
    "heat_map": N_("Risk heat map"),
    "likelihood": N_("Likelihood"),
    "impact": N_("Impact"),
    "heat_map_note": N_("Number of risks per cell (likelihood × impact)."),
    "risk_register": N_("Risk register"),
    "risk": N_("Risk"),
    "risk_owner": N_("Owner"),
    "message": N_("Message"),
    "category": N_("Category"),
    "score": N_("Score"),
    "band": N_("Band"),
    "warning_signals": N_("Warning signals"),
    "no_risks": N_("No risks recorded."),
    "roles_contacts": N_("Roles and contacts"),
    "message_library": N_("Message library"),
    "general_messages": N_("General messages"),
    "audience": N_("Audience"),
    "channel": N_("Channel"),
    "status": N_("Status"),
    "approved_by": N_("approved by {who} on {on}, until {until}"),
    "approval_expired": N_("approval expired"),
    "no_messages": N_("No prepared messages."),
    "checklists": N_("Checklists"),
    "no_checklists": N_("No checklists."),
    "review_dates": N_("Review dates"),
    "plan_tasks": N_("Plan improvement tasks"),
    "what": N_("What"),
    "date": N_("Date"),
    "done": N_("done"),
    "to_do": N_("to do"),
    "the_plan": N_("The plan"),
    "summary_counts": N_(
        "{risks} risks · {contacts} contacts · {roles} roles · {messages} messages"),
    "cover_note": N_("Paper backup copy: replace it at every revision of the plan."),
    # card
    "card_heading": N_("CRISIS CELL"),
    "key_numbers": N_("Key numbers"),
    "deputies": N_("Deputies"),
    "card_instructions": N_("Cut along the dashed lines, fold on the dotted centre line."),
    "fold": N_("fold"),
}

_CODES: dict[str, dict[str, str]] = {
    "group": {
        "crisis_cell": NC_("group", "Crisis cell"),
        "management": NC_("group", "Management"),
        "agency": NC_("group", "Communication agency"),
        "legal": NC_("group", "Legal counsel"),
        "insurer": NC_("group", "Insurer"),
        "authorities": NC_("group", "Authorities"),
        "press": NC_("group", "Press"),
        "partners": NC_("group", "Partners"),
        "suppliers": NC_("group", "Suppliers"),
    },
    "role": {
        "crisis_director": NC_("role", "Crisis director"),
        "communication": NC_("role", "Communication"),
        "legal": NC_("role", "Legal"),
        "hr": NC_("role", "Human resources"),
        "it": NC_("role", "IT"),
        "community_manager": NC_("role", "Community manager"),
        "scribe": NC_("role", "Scribe"),
        "operations": NC_("role", "Operations"),
    },
    "kind": {
        "observation": NC_("kind", "Observation"),
        "information": NC_("kind", "Information"),
        "decision": NC_("kind", "Decision"),
        "action": NC_("kind", "Action"),
        "communication": NC_("kind", "Communication"),
        "call": NC_("kind", "Call"),
        "level_change": NC_("kind", "Level"),
        "status_change": NC_("kind", "Status"),
        "closure": NC_("kind", "Closure"),
    },
    # short names for the pocket card, where a column is a few centimetres wide
    "role_short": {
        "crisis_director": NC_("role_short", "Crisis director"),
        "communication": NC_("role_short", "Communication"),
        "legal": NC_("role_short", "Legal"),
        "hr": NC_("role_short", "HR"),
        "it": NC_("role_short", "IT"),
        "community_manager": NC_("role_short", "Community mgr"),
        "scribe": NC_("role_short", "Scribe"),
        "operations": NC_("role_short", "Operations"),
    },
    "group_short": {
        "crisis_cell": NC_("group_short", "Cell"),
        "management": NC_("group_short", "Management"),
        "agency": NC_("group_short", "Agency"),
        "legal": NC_("group_short", "Legal"),
        "insurer": NC_("group_short", "Insurer"),
        "authorities": NC_("group_short", "Authorities"),
        "press": NC_("group_short", "Press"),
        "partners": NC_("group_short", "Partners"),
        "suppliers": NC_("group_short", "Suppliers"),
    },
    "category": {
        "reputation": NC_("category", "Reputation"),
        "social_media": NC_("category", "Social media"),
        "product": NC_("category", "Product"),
        "cyber": NC_("category", "Cyber"),
        "data": NC_("category", "Data"),
        "social": NC_("category", "Social"),
        "industrial": NC_("category", "Industrial"),
        "information": NC_("category", "Information"),
        "regulatory": NC_("category", "Regulatory"),
        "governance": NC_("category", "Governance"),
        "other": NC_("category", "Other"),
    },
    "band": {
        "low": NC_("band", "low"),
        "medium": NC_("band", "medium"),
        "high": NC_("band", "high"),
        "critical": NC_("band", "critical"),
    },
    "signal": {
        "keyword": NC_("signal", "keyword"),
        "hashtag": NC_("signal", "hashtag"),
        "volume": NC_("signal", "volume"),
        "other": NC_("signal", "other"),
    },
    "audience": {
        "employees": NC_("audience", "Employees"),
        "customers": NC_("audience", "Customers"),
        "partners": NC_("audience", "Partners"),
        "media": NC_("audience", "Media"),
        "authorities": NC_("audience", "Authorities"),
        "public": NC_("audience", "Public"),
    },
    "channel": {
        "x": NC_("channel", "X"),
        "sms": NC_("channel", "SMS"),
        "instagram": NC_("channel", "Instagram"),
        "linkedin": NC_("channel", "LinkedIn"),
        "facebook": NC_("channel", "Facebook"),
        "press_release": NC_("channel", "Press release"),
        "email": NC_("channel", "E-mail"),
        "website": NC_("channel", "Website"),
        "phone_script": NC_("channel", "Phone script"),
    },
    "message_status": {
        "draft": NC_("message_status", "draft"),
        "approved": NC_("message_status", "approved"),
    },
}

def word(key: str, language: str, **values: object) -> str:
    """A printed word or sentence in `language` (French when it has no catalogue), filled."""
    text = texts(language).gettext(_WORDS[key])
    return text.format(**values) if values else text


def code_name(vocabulary: str, code: str, language: str) -> str:
    """A vocabulary code (group, role, kind, category, band…) as printed; the code if unknown."""
    if vocabulary in ("role", "role_short") and custom_role_name(code) is not None:
        return str(custom_role_name(code))  # a role the plan added itself: its own name
    name = _CODES[vocabulary].get(code)
    return code if name is None else texts(language).pgettext(vocabulary, name)


def labelled(label: str, value: str, language: str) -> str:
    """`Plan owner: Hélène Martin` (French puts a space before the colon)."""
    # Translators: a label and its value; French puts a space before the colon.
    return texts(language).gettext("{label}: {value}").format(label=label, value=value)


def day_text(day: date | str | None, language: str) -> str:
    """A calendar day as printed: 21/11/2026 in French, 21 Nov 2026 in English."""
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return printed_day(day, language)


def moment_text(moment: datetime, language: str, *, seconds: bool = False) -> str:
    """A local date and time as printed."""
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{day_text(moment.date(), language)} {clock}"
