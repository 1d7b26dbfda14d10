"""Make a data folder with years of interviews: N interviews of M items each.

python benchmarks/make_scale_data.py FOLDER [--interviews 1000] [--items 100]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.core.items import ITEM_KINDS  # noqa: E402
from planner.core.model import Interview, Status  # noqa: E402
from planner.store import Store  # noqa: E402

WORDS = [
    "team",
    "data",
    "pricing",
    "customer",
    "growth",
    "report",
    "budget",
    "client",
    "launch",
    "quality",
    "process",
    "deadline",
    "stakeholder",
    "analysis",
    "strategy",
    "product",
    "market",
    "risk",
    "hire",
    "lead",
    "plan",
    "review",
    "feedback",
    "result",
    "impact",
    "migration",
    "platform",
    "roadmap",
    "support",
    "training",
]


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def interview(rng: random.Random, number: int, items: int) -> Interview:
    result = Interview(
        company=f"Company {number:04d}",
        role=rng.choice(["Analyst", "Engineer", "Manager", "Designer", "Consultant"]),
        starts_at=datetime(2020, 1, 6, 10, 0) + timedelta(days=2 * number),
        location=f"{rng.randrange(1, 200)} High Street",
        status=rng.choice(list(Status)),
    )
    result.prep["why_team"] = sentence(rng, 30)
    for name in ("key_message_1", "key_message_2", "key_message_3"):
        result.prep[name] = sentence(rng, 12)
    kinds = list(ITEM_KINDS)
    for index in range(items):
        kind = kinds[index % len(kinds)]
        data = {}
        for field in ITEM_KINDS[kind].fields:
            if field.type == "text" and field.name != "bank_id":
                data[field.name] = sentence(rng, 6)
            elif field.type == "long_text":
                data[field.name] = sentence(rng, 25)
        result.add(kind, **data)
    result.notes["expect"] = f"<p>{sentence(rng, 60)}</p>"
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--interviews", type=int, default=1000)
    parser.add_argument("--items", type=int, default=100)
    options = parser.parse_args()
    options.folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(8)
    store = Store.open_in(options.folder)
    batch = []
    for number in range(options.interviews):
        batch.append(interview(rng, number, options.items))
        if len(batch) == 100:
            store.add_many(batch)
            batch = []
    if batch:
        store.add_many(batch)
    store.close()
    print(f"{options.interviews} interviews of {options.items} items in {options.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
