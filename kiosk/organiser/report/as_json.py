"""The report as JSON for other tools: the same safe counts, never a hidden one."""

from __future__ import annotations

import json
from typing import Any

from kiosk.organiser.report.build import Report
from kiosk.organiser.report.tables import Table


def _table(table: Table, threshold: int) -> dict[str, Any]:
    return {
        "title": table.title,
        "rows": [
            {
                "label": row.label,
                "value": row.value,
                "count": row.safe_count,
                "shown": row.words(threshold),
                "percent": None if row.percent is None else round(row.percent, 1),
            }
            for row in table.rows
        ],
    }


def report_json(report: Report) -> str:
    """The whole report as a JSON document."""
    threshold = report.threshold
    surveys = []
    for section in report.sections:
        item: dict[str, Any] = {"id": section.id, "title": section.title}
        item["people"] = section.people if not section.too_few else f"fewer than {threshold}"
        item["tables"] = [_table(t, threshold) for t in section.tables]
        item["questions"] = [
            {
                "id": q.id,
                "text": q.text,
                "type": q.kind,
                "tables": [_table(t, threshold) for t in q.tables]
                if q.reached >= threshold
                else [],
            }
            for q in section.questions
        ]
        surveys.append(item)
    document = {"threshold": threshold, "made_at": report.made_at.isoformat(), "surveys": surveys}
    return json.dumps(document, indent=2, ensure_ascii=False)
