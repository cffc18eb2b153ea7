"""The organiser store's tables, in SQL that SQLite and PostgreSQL both accept.

`{BLOB}` and `{SEQ}` stand for the column types each database spells its own way (see
`kiosk.organiser.databases`); each response keeps its readable columns for reports and its
whole record as JSON.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES = (
    """CREATE TABLE IF NOT EXISTS store_facts (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS kiosks (
        kiosk_id TEXT PRIMARY KEY,
        verify_key {BLOB} NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS batches (
        batch_id {BLOB} PRIMARY KEY,
        kiosk_id TEXT NOT NULL REFERENCES kiosks (kiosk_id))""",
    """CREATE TABLE IF NOT EXISTS bundles (
        bundle_id {BLOB} PRIMARY KEY,
        kiosk_id TEXT NOT NULL REFERENCES kiosks (kiosk_id))""",
    """CREATE TABLE IF NOT EXISTS responses (
        seq {SEQ},
        response_id {BLOB} NOT NULL UNIQUE,
        kiosk_id TEXT NOT NULL REFERENCES kiosks (kiosk_id),
        receipt TEXT NOT NULL,
        survey_id TEXT NOT NULL,
        survey_version TEXT NOT NULL,
        audience TEXT NOT NULL,
        finished TEXT NOT NULL,
        record TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS responses_by_receipt ON responses (kiosk_id, receipt)",
    "CREATE INDEX IF NOT EXISTS responses_by_survey ON responses (survey_id)",
    # For the report's filters: `--survey` with `--since`/`--until`, the dates alone, and
    # `--audience`. (`--kiosk` uses responses_by_receipt.)
    "CREATE INDEX IF NOT EXISTS responses_by_survey_day ON responses (survey_id, finished)",
    "CREATE INDEX IF NOT EXISTS responses_by_day ON responses (finished)",
    "CREATE INDEX IF NOT EXISTS responses_by_audience ON responses (audience)",
    """CREATE TABLE IF NOT EXISTS withdrawals (
        kiosk_id TEXT NOT NULL,
        receipt TEXT NOT NULL,
        PRIMARY KEY (kiosk_id, receipt))""",
)
