"""The embedded runtime's state: one SQLite file.

Everything one feed item changes (the item marked seen, its reports, the incidents they
touched, and the alerts those changes raised) is written in ONE transaction, so a kill -9
at any point leaves either all of it or none of it. Alerts wait in an outbox table
until every sink has taken them; a restart delivers what is pending and nothing twice
(per sink, an alert id is marked sent right after the sink accepted it).

Implements :class:`monitor.dedup.state.IncidentState` for the correlator.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from monitor.dedup.state import MAX_KEYWORD_INCIDENTS, area_key, incident_keywords
from monitor.errors import StateError
from monitor.records import Alert, Incident, IncidentReport, dumps

SCHEMA_VERSION = 3
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (item_id TEXT PRIMARY KEY, published TEXT);
CREATE TABLE IF NOT EXISTS reports (
    report_id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reports_by_incident ON reports (incident_id);
CREATE TABLE IF NOT EXISTS incidents (
    incident_id TEXT PRIMARY KEY, region TEXT NOT NULL, day TEXT NOT NULL, area TEXT NOT NULL DEFAULT '',
    open INTEGER NOT NULL DEFAULT 1, touched TEXT, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS incidents_block ON incidents (region, day, area);
CREATE INDEX IF NOT EXISTS incidents_open ON incidents (open, touched);
CREATE INDEX IF NOT EXISTS items_published ON items (published);
CREATE TABLE IF NOT EXISTS versions (
    item_id TEXT NOT NULL, version TEXT NOT NULL, PRIMARY KEY (item_id, version)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS keywords (
    region TEXT NOT NULL, word TEXT NOT NULL, day TEXT NOT NULL, incident_id TEXT NOT NULL,
    PRIMARY KEY (region, word, day, incident_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dropped (incident_id TEXT PRIMARY KEY, into_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS alerts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, alert_id TEXT NOT NULL UNIQUE,
    incident_id TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0,
    recorded_at REAL NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS alerts_pending ON alerts (seq) WHERE done = 0;
CREATE TABLE IF NOT EXISTS sent (alert_id TEXT NOT NULL, sink TEXT NOT NULL, PRIMARY KEY (alert_id, sink));
"""


class SqliteStore:
    """State and alert outbox in one SQLite file (WAL, synchronous=FULL)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.execute("PRAGMA cache_size=-65536")  # 64 MiB of pages: lookups stay in memory
            self._db.executescript(_SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) != SCHEMA_VERSION:
                raise StateError(f"state {self.path} has schema {row[0]}, expected {SCHEMA_VERSION}")
        except (sqlite3.Error, OSError) as exc:
            raise StateError(f"cannot open state {self.path}: {exc}") from exc
        self._in_tx = False
        #: Stream time (the latest publication time seen); what "quiet" is measured in.
        self.stream_time: str | None = None

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together, or not at all."""
        if self._in_tx:
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")
        finally:
            self._in_tx = False

    # -- items -----------------------------------------------------------------------
    def seen_item(self, item_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM items WHERE item_id=?", (item_id,)).fetchone() is not None

    def mark_item(self, item_id: str, published: str | None) -> None:
        self._db.execute("INSERT OR IGNORE INTO items VALUES (?, ?)", (item_id, published))

    def item_versions(self, item_id: str) -> frozenset[str]:
        """The versions (see :func:`~monitor.ingest.fields.item_version`) of an item read so far."""
        rows = self._db.execute("SELECT version FROM versions WHERE item_id=?", (item_id,)).fetchall()
        return frozenset(r[0] for r in rows)

    def mark_version(self, item_id: str, version: str) -> None:
        self._db.execute("INSERT OR IGNORE INTO versions VALUES (?, ?)", (item_id, version))

    # -- IncidentState -----------------------------------------------------------------
    def has_report(self, report_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM reports WHERE report_id=?", (report_id,)).fetchone() is not None

    def candidates(self, region: str, day_keys: Sequence[str], area: str | None = None) -> list[Incident]:
        # Closed incidents are candidates too: the (region, day) index keeps the lookup
        # cheap on disk, and a late report about an old event re-opens its incident
        # instead of starting a duplicate, so the final state is order-independent.
        marks = ",".join("?" * len(day_keys))
        if area:
            rows = self._db.execute(
                f"SELECT body FROM incidents WHERE region=? AND day IN ({marks}) AND area IN (?, '')"
                " ORDER BY incident_id",
                (region, *day_keys, area),
            ).fetchall()
        else:
            rows = self._db.execute(
                f"SELECT body FROM incidents WHERE region=? AND day IN ({marks}) ORDER BY incident_id",
                (region, *day_keys),
            ).fetchall()
        return [Incident.from_dict(json.loads(r[0])) for r in rows]

    def similar(self, region: str, words: Sequence[str], first_day: str, last_day: str, min_shared: int) -> list[Incident]:
        if not words:
            return []
        marks = ",".join("?" * len(words))
        # The keywords of at most MAX_KEYWORD_INCIDENTS incidents in the span (see keyword_hits).
        rare = [w for (w,) in self._db.execute(
            f"SELECT word FROM keywords WHERE region=? AND word IN ({marks}) AND day BETWEEN ? AND ?"
            " GROUP BY word HAVING count(DISTINCT incident_id) <= ?",
            (region, *words, first_day, last_day, MAX_KEYWORD_INCIDENTS),
        )]
        if len(rare) < min_shared:
            return []
        marks = ",".join("?" * len(rare))
        rows = self._db.execute(
            f"SELECT i.body FROM incidents i JOIN (SELECT incident_id FROM keywords WHERE region=? AND word IN ({marks})"
            " AND day BETWEEN ? AND ? GROUP BY incident_id HAVING count(DISTINCT word) >= ?) k USING (incident_id)"
            " ORDER BY i.incident_id",
            (region, *rare, first_day, last_day, min_shared),
        ).fetchall()
        return [Incident.from_dict(json.loads(r[0])) for r in rows]

    def get(self, incident_id: str) -> Incident | None:
        row = self._db.execute("SELECT body FROM incidents WHERE incident_id=?", (incident_id,)).fetchone()
        if row is None:
            into = self._db.execute("SELECT into_id FROM dropped WHERE incident_id=?", (incident_id,)).fetchone()
            return self.get(into[0]) if into else None
        return Incident.from_dict(json.loads(row[0]))

    def reports(self, incident_id: str) -> list[IncidentReport]:
        rows = self._db.execute(
            "SELECT body FROM reports WHERE incident_id=? ORDER BY report_id", (incident_id,)
        ).fetchall()
        return [IncidentReport.from_dict(json.loads(r[0])) for r in rows]

    def save(self, incident: Incident, reports: Sequence[IncidentReport]) -> None:
        self._db.execute(
            "INSERT INTO incidents (incident_id, region, day, area, open, touched, body) VALUES (?,?,?,?,1,?,?)"
            " ON CONFLICT(incident_id) DO UPDATE SET region=excluded.region, day=excluded.day, area=excluded.area,"
            " open=1, touched=excluded.touched, body=excluded.body",
            (
                incident.incident_id,
                incident.location.region_key,
                (incident.event_date or "?")[:10],
                area_key(incident.location),
                self.stream_time or incident.last_updated or "",
                dumps(incident),
            ),
        )
        # A report stored with another incident moves (two incidents found to be one event);
        # the rest are left untouched.
        self._db.executemany(
            "INSERT INTO reports VALUES (?,?,?) ON CONFLICT(report_id) DO UPDATE"
            " SET incident_id=excluded.incident_id WHERE incident_id != excluded.incident_id",
            [(r.report_id, incident.incident_id, dumps(r)) for r in reports],
        )
        # Rows under an earlier event day stay behind; the rules check the incident itself.
        day = (incident.event_date or "?")[:10]
        self._db.executemany(
            "INSERT OR IGNORE INTO keywords VALUES (?,?,?,?)",
            [(incident.location.region_key, w, day, incident.incident_id) for w in incident_keywords(reports)],
        )

    def drop(self, incident_id: str, into: str) -> None:
        row = self._db.execute("SELECT region FROM incidents WHERE incident_id=?", (incident_id,)).fetchone()
        if row is None:
            return
        self._db.execute("INSERT OR REPLACE INTO dropped VALUES (?, ?)", (incident_id, into))
        # By (region, word), the keyword table's key: a scan by incident would read it all.
        # (Called before the survivor is saved, while the reports are still this incident's.)
        self._db.executemany(
            "DELETE FROM keywords WHERE region=? AND word=? AND incident_id=?",
            [(row[0], w, incident_id) for w in incident_keywords(self.reports(incident_id))],
        )
        self._db.execute("DELETE FROM incidents WHERE incident_id=?", (incident_id,))

    # -- lifecycle -----------------------------------------------------------------------
    def close_quiet(self, watermark: str, quiet_days: float) -> int:
        """Close incidents no report has touched for ``quiet_days`` of stream time.

        Stream time (the latest publication time seen), not the wall clock: a replay of
        old news behaves as it did live, and an old article arriving late still finds
        the incidents that were open when it was processed."""
        try:
            cutoff = datetime.fromisoformat(watermark.replace("Z", "+00:00")) - timedelta(days=quiet_days)
        except ValueError:
            return 0
        stamp = cutoff.strftime("%Y-%m-%dT%H:%M:%SZ")
        cur = self._db.execute("UPDATE incidents SET open=0 WHERE open=1 AND touched < ?", (stamp,))
        return cur.rowcount

    def open_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM incidents WHERE open=1").fetchone()[0])

    def all_incidents(self) -> list[Incident]:
        rows = self._db.execute("SELECT body FROM incidents ORDER BY incident_id").fetchall()
        return [Incident.from_dict(json.loads(r[0])) for r in rows]

    # -- alert outbox ------------------------------------------------------------------
    def record_alerts(self, alerts: Sequence[Alert], recorded_at: float = 0.0) -> list[Alert]:
        """Add alerts to the outbox; returns those not recorded before (by alert id)."""
        fresh: list[Alert] = []
        for a in alerts:
            cur = self._db.execute(
                "INSERT OR IGNORE INTO alerts (alert_id, incident_id, kind, body, recorded_at) VALUES (?,?,?,?,?)",
                (a.alert_id, a.incident_id, a.kind, dumps(a), recorded_at),
            )
            if cur.rowcount:
                fresh.append(a)
        return fresh

    def pending_with_time(self, limit: int = 1000) -> list[tuple[Alert, float]]:
        rows = self._db.execute(
            "SELECT body, recorded_at FROM alerts WHERE done=0 ORDER BY seq LIMIT ?", (limit,)
        ).fetchall()
        return [(Alert.from_dict(json.loads(r[0])), float(r[1])) for r in rows]

    def was_sent(self, alert_id: str, sink: str) -> bool:
        row = self._db.execute("SELECT 1 FROM sent WHERE alert_id=? AND sink=?", (alert_id, sink)).fetchone()
        return row is not None

    def mark_sent(self, alert_id: str, sink: str) -> None:
        self._db.execute("INSERT OR IGNORE INTO sent VALUES (?, ?)", (alert_id, sink))

    def mark_done(self, alert_id: str) -> None:
        self._db.execute("UPDATE alerts SET done=1 WHERE alert_id=?", (alert_id,))

    def pending_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM alerts WHERE done=0").fetchone()[0])

    def all_alerts(self) -> list[Alert]:
        rows = self._db.execute("SELECT body FROM alerts ORDER BY seq").fetchall()
        return [Alert.from_dict(json.loads(r[0])) for r in rows]

    def watermark(self) -> str | None:
        row = self._db.execute("SELECT max(published) FROM items").fetchone()
        return row[0] if row else None
