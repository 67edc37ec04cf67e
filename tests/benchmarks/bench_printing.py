"""Printing figures: the contact sheet of 1,000 contacts (budget: under 2 s) and the whole
binder of the reference plan.

The reference plan is only read; the 1,000-contact plan is built here in a temporary folder.
Run alone with `python tests/benchmarks/bench_printing.py [PLAN]`.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CONTACTS = 1000
NAMES = ("Hélène Müller", "Ωμέγα Παπαδόπουλος", "Ольга Смирнова", "Zoë Lefèvre",
         "Jürgen Ødegaard", "Łucja Wróbel", "François Nguyễn", "Ιωάννα Κωνσταντίνου")
GROUPS = ("crisis_cell", "management", "agency", "legal", "insurer", "authorities", "press",
          "partners", "suppliers")


def _fill(plan: object) -> None:
    from app.plan import Plan

    assert isinstance(plan, Plan)
    with plan.transaction():
        for i in range(CONTACTS):
            plan.contacts.add(
                f"{NAMES[i % len(NAMES)]} {i:04d}", group=GROUPS[i % len(GROUPS)],
                function="Responsable de la communication de crise" if i % 3 else "Juriste",
                organisation=f"Organisation {i % 40}",
                phones={"mobile": f"+33 6 12 {i // 100 % 100:02d} {i % 100:02d} 00",
                        "office": f"+33 1 44 {i // 100 % 100:02d} {i % 100:02d} 10",
                        **({"home": f"+33 2 40 {i // 100 % 100:02d} {i % 100:02d} 20"}
                           if i % 4 == 0 else {})},
                email=f"contact.{i}@exemple-de-societe.fr",
                last_verified="2026-01-15" if i % 5 else "2024-03-01")


def _timed(plan: object, kind: str, output: Path) -> float:
    from app.printing import PrintOptions, print_document

    started = time.perf_counter()
    print_document(plan, kind, output, PrintOptions())  # type: ignore[arg-type]
    return time.perf_counter() - started


def measure(plan_path: Path) -> dict[str, float]:
    """Seconds to print the 1,000-contact sheet and the reference plan's binder."""
    from app.plan import Plan
    from app.printing.layout import register_fonts

    register_fonts()  # loading the font once is start-up, not printing
    with tempfile.TemporaryDirectory(prefix="bench-printing-") as folder:
        out = Path(folder)
        with Plan.create(out / "contacts.crisiscell", organisation="Banc d'essai",
                         fill=_fill) as plan:
            contact_sheet = _timed(plan, "contacts", out / "contacts.pdf")
        # Opening a plan records this laptop in it: work on a copy, the reference stays as built.
        copy = out / "reference.crisiscell"
        shutil.copyfile(plan_path, copy)
        with Plan.open(copy) as plan:
            binder = _timed(plan, "plan", out / "plan.pdf")
    return {"contact_sheet_1000_s": round(contact_sheet, 3), "plan_binder_s": round(binder, 3)}


if __name__ == "__main__":
    if len(sys.argv) > 1:
        target = Path(sys.argv[1])
    else:
        from bench import build_large_plan  # type: ignore[import-not-found]

        target = build_large_plan(Path(tempfile.mkdtemp(prefix="bench-plan-")), scale=0.1)
    print(json.dumps(measure(target), indent=2))
