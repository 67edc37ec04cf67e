"""Crisis Cell benchmark: builds the reference plan and prints one JSON object of figures.

Each budget of DESIGN.md is measured as a ratio to its bare limit in the same run, on the
same disk (never as a timed assertion in the tests). The reference plan holds 100,000
journal entries, 5,000 contacts, 500 risks and 2,000 messages.

Other measurements live in `bench_*.py` beside this file: each exposes
`measure(plan_path) -> dict` and is merged into the output.

Run with `make bench`; `--small` builds a plan 100× smaller (to try the script quickly).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORDS = (
    "usine serveur chiffrement rançon client fuite données presse journaliste avocat "
    "assureur préfecture grève salariés rappel lot produit défectueux hashtag boycott "
    "influenceur vidéo deepfake directeur communiqué réseau sauvegarde restauration "
    "gendarmerie CNIL ANSSI incendie évacuation blessé pompiers alerte crise veille "
    "décision action appel message site standard fournisseur partenaire livraison"
).split()
KINDS = ("observation", "information", "decision", "action", "communication", "call")
SAMPLES = 200
APPEND_SAMPLES = 600


def build_large_plan(folder: Path, scale: float = 1.0) -> Path:
    """The reference plan, written through the services in one transaction per part."""
    from app.plan import Plan

    rng = random.Random(20261121)
    path = folder / "large.crisiscell"
    counts = {k: max(1, int(n * scale)) for k, n in
              {"contacts": 5000, "risks": 500, "messages": 2000, "journal": 100_000}.items()}

    def fill(plan: Plan) -> None:
        groups = ("crisis_cell", "management", "agency", "legal", "insurer", "authorities",
                  "press", "partners", "suppliers")
        with plan.transaction():
            contact_ids = [
                plan.contacts.add(
                    f"Contact {i:05d} {rng.choice(WORDS)}", group=groups[i % len(groups)],
                    function=rng.choice(WORDS), organisation=f"Organisation {i % 300}",
                    phones={"mobile": f"+33 9 77 40 {i // 100 % 100:02d} {i % 100:02d}",
                            "office": f"+33 1 99 00 {i // 100 % 100:02d} {i % 100:02d}"},
                    email=f"contact{i}@example.org", last_verified="2026-06-01").id
                for i in range(counts["contacts"])
            ]
        with plan.transaction():
            risk_ids = [
                plan.risks.add(
                    f"Risque {i} {rng.choice(WORDS)}", category="reputation",
                    likelihood=rng.randint(1, 5), impact=rng.randint(1, 5),
                    owner_id=rng.choice(contact_ids),
                    description=" ".join(rng.choices(WORDS, k=30)),
                    warning_signals=[{"kind": "hashtag", "value": f"#{rng.choice(WORDS)}",
                                      "threshold": "> 200/h"}],
                    checklist=[" ".join(rng.choices(WORDS, k=8)) for _ in range(5)]).id
                for i in range(counts["risks"])
            ]
        with plan.transaction():
            for i in range(counts["messages"]):
                plan.messages.add(
                    f"Message {i} {rng.choice(WORDS)}", audience="public", channel="email",
                    body=" ".join(rng.choices(WORDS, k=60)), scenario_id=rng.choice(risk_ids))
        incident = plan.incidents.open("Incident de référence", author="Bench")
        with plan.transaction():
            for _ in range(counts["journal"] - 1):
                plan.journal.append(
                    incident.id, " ".join(rng.choices(WORDS, k=14)), kind=rng.choice(KINDS),
                    author=f"Auteur {rng.randint(1, 12)}")

    Plan.create(path, organisation="Référence", owner="Bench", fill=fill).close()
    return path


def measure_journal(plan_path: Path, folder: Path) -> dict[str, float]:
    """Durable append against a bare INSERT + COMMIT (same pragmas, same disk); search p95."""
    from app.plan import Plan
    from db.connection import apply_pragmas, raw_connect

    bare_path = folder / "bare.sqlite"
    # Same driver and same encryption as the plan (SQLCipher 4, a raw 256-bit key): the ratio
    # measures the journal's own work, not the cost of encryption.
    bare = raw_connect(bare_path, os.urandom(32), isolation_level=None)
    apply_pragmas(bare, str(bare_path))
    bare.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    append_ms, bare_ms, search_ms = [], [], []
    rng = random.Random(7)
    with Plan.open(plan_path) as plan:
        incident = plan.incidents.active()
        assert incident is not None
        def bare_commit(text: str) -> None:
            start = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("INSERT INTO entries (text) VALUES (?)", [text])
            bare.execute("COMMIT")
            bare_ms.append((time.perf_counter() - start) * 1000)

        def journal_append(text: str, kind: str) -> None:
            start = time.perf_counter()
            plan.journal.append(incident.id, text, author="Bench", kind=kind)
            append_ms.append((time.perf_counter() - start) * 1000)

        # Interleaved, each going first every other time, so the disk's drift and the wake of
        # the other's fsync fall on both alike.
        for i in range(APPEND_SAMPLES):
            text = " ".join(rng.choices(WORDS, k=14))
            if i % 2:
                journal_append(text, KINDS[i % len(KINDS)])
                bare_commit(text)
            else:
                bare_commit(text)
                journal_append(text, KINDS[i % len(KINDS)])
        queries = [rng.choice(WORDS) for _ in range(SAMPLES // 2)]
        queries += [f"{rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(SAMPLES // 2)]
        queries += [rng.choice(WORDS)[:3] for _ in range(SAMPLES // 4)]  # prefix, as typed
        for query in queries:
            start = time.perf_counter()
            plan.journal.search(query, incident_id=incident.id, limit=100)
            search_ms.append((time.perf_counter() - start) * 1000)
    bare.close()
    append_p50, bare_p50 = statistics.median(append_ms), statistics.median(bare_ms)
    return {
        "journal_append_ms_p50": round(append_p50, 3),
        "bare_commit_ms_p50": round(bare_p50, 3),
        "journal_append_ratio": round(append_p50 / bare_p50, 3),
        "journal_search_ms_p95": round(statistics.quantiles(search_ms, n=20)[-1], 3),
    }


def extension_modules() -> list:
    """Every bench_*.py beside this file, imported."""
    modules = []
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    return modules


def main() -> int:
    """Build the plan, measure, print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a plan 100× smaller")
    parser.add_argument("--only", default=None, help="run only bench_<ONLY>.py extensions")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="crisiscell-bench-") as tmp:
        folder = Path(tmp)
        # Never touch the user's own folders, device id or keyring.
        os.environ["CRISISCELL_CONFIG_DIR"] = str(folder / "config")
        os.environ["CRISISCELL_DATA_DIR"] = str(folder / "data")
        import keyring

        from tests.memory_keyring import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())  # never the user's keyring
        start = time.perf_counter()
        plan_path = build_large_plan(folder, scale=0.01 if args.small else 1.0)
        # Child processes (bench_ui) and copies of the plan get its key as any script may.
        from app.keys.unlock import RECOVERY_KEY_FILE_ENV
        from tests.raw_plan import plan_key

        key_path = folder / "recovery.key"
        key_path.write_text(plan_key(plan_path).hex())  # type: ignore[union-attr]
        os.environ[RECOVERY_KEY_FILE_ENV] = str(key_path)
        results: dict[str, float | str] = {"build_plan_s": round(time.perf_counter() - start, 1)}
        results.update(measure_journal(plan_path, folder))
        for module in extension_modules():
            if args.only and module.__name__ != f"bench_{args.only}":
                continue
            results.update(module.measure(plan_path))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
