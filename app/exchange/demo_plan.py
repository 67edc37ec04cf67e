"""The demo plan: a living example loaded from `resources/demo/plan_<lang>.json` through the
services, so it passes every validation a real plan does."""

from __future__ import annotations

import json
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from app.clock import format_utc, parse_utc, utc_now
from app.keys.unlock import Unlock
from app.plan import Plan
from app.vocabulary import LANGUAGES

DEMO_AUTHOR_FALLBACK = "Crisis Cell"


def demo_content(language: str) -> dict[str, Any]:
    """The demo plan's content, as shipped."""
    if language not in LANGUAGES:
        raise ValueError(f"no demo plan in {language!r}")
    source = resources.files("resources").joinpath("demo", f"plan_{language}.json")
    return json.loads(source.read_text(encoding="utf-8"))


def create_demo_plan(
    path: str | Path, *, language: str = "fr", device_id: str | None = None,
    unlock: Unlock | None = None,
) -> Plan:
    """Write the demo plan to a new file (refuses an existing one) and return it open."""
    content = demo_content(language)
    meta = content["plan"]
    return Plan.create(
        path, organisation=meta["organisation"], owner=meta.get("owner", ""),
        language=meta["language"], region=meta.get("region", "FR"), device_id=device_id,
        fill=lambda plan: load_content(plan, content), unlock=unlock,
    )


def load_content(plan: Plan, content: dict[str, Any]) -> None:
    """Add the content of a demo file to an open, empty plan, in one transaction."""
    with plan.transaction():
        meta = content["plan"]
        plan.info.update(next_review=meta.get("next_review"), website=meta.get("website"))
        contacts = {
            c["key"]: plan.contacts.add(
                c["name"], group=c["group"], kind=c.get("kind", "person"),
                function=c.get("function", ""), organisation=c.get("organisation", ""),
                phones=c.get("phones") or {}, email=c.get("email"), notes=c.get("notes", ""),
                last_verified=c.get("last_verified"),
            ).id
            for c in content["contacts"]
        }
        for role in content["roles"]:
            plan.cell.assign_role(
                role["code"], holder_id=contacts[role["holder"]],
                deputy_id=contacts.get(role.get("deputy") or ""), duties=role.get("duties", ""))
        for call in sorted(content["call_tree"], key=lambda c: (c["caller"] or "", c["position"])):
            plan.cell.add_call(contacts[call["caller"]] if call["caller"] else None,
                               contacts[call["callee"]], position=call["position"])
        risks = {
            r["key"]: plan.risks.add(
                r["title"], category=r["category"], likelihood=r["likelihood"],
                impact=r["impact"], description=r.get("description", ""),
                owner_id=contacts.get(r.get("owner") or ""),
                warning_signals=r.get("warning_signals", []), checklist=r.get("checklist", []),
                next_review=r.get("next_review"),
                regulatory_clocks=r.get("regulatory_clocks", []),
            ).id
            for r in content["risks"]
        }
        for m in content["messages"]:
            message = plan.messages.add(
                m["title"], audience=m["audience"], channel=m["channel"], body=m["body"],
                language=m.get("language", meta["language"]),
                scenario_id=risks.get(m.get("scenario") or ""))
            if m.get("status") == "approved":
                plan.messages.approve(message.id, approved_by=m["approved_by"],
                                      approved_on=m["approved_at"],
                                      expires=m["approval_expires"])
        for incident in content.get("incidents", []):
            _load_incident(plan, incident, contacts, risks)


def _load_incident(
    plan: Plan, data: dict[str, Any], contacts: dict[str, str], risks: dict[str, str]
) -> None:
    journal = data["journal"]
    first_author = journal[0]["author"] if journal else DEMO_AUTHOR_FALLBACK
    opening_level = next(
        (e["level"] for e in journal if e["kind"] == "level_change"), "veille")
    incident = plan.incidents.open(
        data["title"], author=first_author, level=opening_level,
        risk_id=risks.get(data.get("risk") or ""), is_exercise=data.get("exercise", True),
        opened_at=data["opened_at"])
    level = opening_level
    ids: list[str] = []
    for entry in journal:
        if entry["kind"] == "level_change":
            if entry["level"] != level:
                plan.incidents.change_level(incident.id, entry["level"], author=entry["author"],
                                            reason=entry["text"], logged_at=entry["at"])
                level = entry["level"]
            ids.append(plan.journal.entries(incident.id, kinds=("level_change",))[-1].id)
            continue
        written = plan.journal.append(
            incident.id, entry["text"], kind=entry["kind"], author=entry["author"],
            occurred_at=entry.get("occurred_at"), info_status=entry.get("info_status"),
            corrects_id=ids[entry["corrects"]] if "corrects" in entry else None,
            refers_to_id=ids[entry["status_of"]] if "status_of" in entry else None,
            logged_at=entry["at"])
        ids.append(written.id)
    for action in data.get("actions", []):
        item = plan.incidents.add_action(
            incident.id, action["title"], author=first_author,
            owner_id=contacts.get(action.get("owner") or ""), due_at=action.get("due_at"),
            logged_at=_action_logged_at(action, data))
        # The log closes with the incident: follow-ups done later stay open in the demo.
        if action.get("done_at") and action["done_at"] <= (data.get("closed_at") or "9999"):
            plan.incidents.complete_action(item.id, author=first_author,
                                           done_at=action["done_at"])
    clocks = plan.incidents.clocks.list(incident.id)
    for done in data.get("clocks_done", []):
        plan.incidents.clocks.mark_done(clocks[done["clock"]].id, author=first_author,
                                        done_at=done["at"], logged_at=done["at"])
    if data.get("closed_at"):
        plan.incidents.close(incident.id, author=first_author, closed_at=data["closed_at"])
    for task in data.get("tasks", []):
        plan.review.add_task(task["title"], incident_id=incident.id,
                             owner_id=contacts.get(task.get("owner") or ""),
                             review_date=task.get("review_date"))
    review = data.get("review")
    if review:
        plan.review.record_review(incident.id, worked=review["worked"],
                                  failed=review["failed"], changes=review["changes"])


def _action_logged_at(action: dict[str, Any], incident: dict[str, Any]) -> str:
    """When a demo action was created: 20 minutes before it was due or done, within the
    incident's opening hours (the demo file does not say)."""
    anchor = parse_utc(min(t for t in (action.get("due_at"), action.get("done_at")) if t))
    earliest = parse_utc(incident["opened_at"]) + timedelta(minutes=1)
    latest = parse_utc(incident.get("closed_at") or utc_now()) - timedelta(minutes=1)
    return format_utc(min(max(anchor - timedelta(minutes=20), earliest), latest))
