"""A corpus run's per-article records on disk (issue 24): the report's entries, the keys
already seen, the corpus's order and each article's share of the combine, in an SQLite
file in a staging folder of the output folder, so that the parent's memory does not grow
with the number of articles.

The records are written as they come and read back in order by :func:`geo.batch.finish`:
the report sorted as it is written (done, skipped, failed; by origin; in the order they
came), the articles in the corpus's order. Nothing here outlives the run: the folder is
removed at the end, or by the next run when this one was killed (its name is a staging
folder's, see :func:`geo.io.commit.recover`).
"""

from __future__ import annotations

import json
import pickle
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

#: the report's order: done, then skipped, then failed, then anything else
RANK = {"done": 0, "skipped": 1, "failed": 2}
#: rows read at a time when the records are read back
_CHUNK = 512
#: writes between two commits (the file is a scratch file: no journal, no sync)
_BATCH = 2048

_SCHEMA = """
CREATE TABLE report (seq INTEGER PRIMARY KEY, rank INTEGER NOT NULL, origin BLOB NOT NULL, key TEXT,
                     status TEXT, entry TEXT NOT NULL, named INTEGER NOT NULL);
CREATE INDEX report_key ON report (key);
CREATE INDEX report_order ON report (rank, origin, seq);
CREATE TABLE seen (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE corpus (seq INTEGER PRIMARY KEY, ref BLOB NOT NULL);
CREATE TABLE kept (key TEXT PRIMARY KEY, share BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE used (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, share BLOB NOT NULL);
CREATE INDEX used_key ON used (key, seq);
"""


def _origin(entry: dict) -> bytes:
    """The entry's origin as the report sorts it: bytes whose order is the strings' (UTF-8
    keeps the code points' order; ``surrogatepass`` keeps a lone surrogate's place too)."""
    origin = entry.get("origin", "")
    return str(origin).encode("utf-8", "surrogatepass")


class Ledger:
    """The per-article records of one run, in ``folder/ledger.sqlite``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "ledger.sqlite"
        self._db = sqlite3.connect(self.path)
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -4096;" + _SCHEMA)
        self._writes = 0

    def _write(self, sql: str, args: tuple[Any, ...]) -> sqlite3.Cursor:
        cur = self._db.execute(sql, args)
        self._writes += 1
        if self._writes >= _BATCH:
            self._db.commit()
            self._writes = 0
        return cur

    # ------------------------------------------------------------ the report

    def report(self, entry: dict) -> None:
        """Add a report entry (after those already added)."""
        key = entry.get("key")
        self._write("INSERT INTO report (rank, origin, key, status, entry, named) VALUES (?, ?, ?, ?, ?, ?)",
                    (RANK.get(entry.get("status", ""), 3), _origin(entry), key if isinstance(key, str) else None,
                     str(entry.get("status")), json.dumps(entry), isinstance(entry.get("origin"), str)))

    def amend(self, key: str, origin: str, change: Callable[[dict | None], dict | None]) -> None:
        """The first entry of this article (``key`` and ``origin``) replaced by ``change(entry)``
        (``change(None)`` added when there is none; nothing done when it returns None)."""
        row = self._db.execute("SELECT seq, entry FROM report WHERE key = ? AND origin = ? AND named ORDER BY seq LIMIT 1",
                               (key, origin.encode("utf-8", "surrogatepass"))).fetchone()
        new = change(None if row is None else json.loads(row[1]))
        if new is None:
            return
        if row is None:
            self.report(new)
        else:
            self._write("UPDATE report SET rank = ?, status = ?, entry = ? WHERE seq = ?",
                        (RANK.get(new.get("status", ""), 3), str(new.get("status")), json.dumps(new), row[0]))

    def counts(self) -> dict[str, int]:
        """How many entries have each status."""
        return {str(s): int(n) for s, n in self._db.execute("SELECT status, count(*) FROM report GROUP BY status")}

    def first(self, status: str, *, in_order: bool = False) -> dict | None:
        """The first entry with ``status``: as added, or as :meth:`entries` gives them."""
        order = "origin, seq" if in_order else "seq"
        row = self._db.execute(f"SELECT entry FROM report WHERE status = ? ORDER BY {order} LIMIT 1", (status,)).fetchone()  # noqa: S608 - one of two fixed orders
        return None if row is None else dict(json.loads(row[0]))

    def entries(self) -> Iterator[dict]:
        """The report's entries as the report lists them: by status (:data:`RANK`), then by
        origin, then in the order they were added (what Python's stable sort gives)."""
        last: tuple[int, bytes, int] | None = None
        while True:
            if last is None:
                rows = self._db.execute("SELECT rank, origin, seq, entry FROM report ORDER BY rank, origin, seq LIMIT ?", (_CHUNK,)).fetchall()
            else:
                rows = self._db.execute(
                    "SELECT rank, origin, seq, entry FROM report WHERE (rank, origin, seq) > (?, ?, ?) ORDER BY rank, origin, seq LIMIT ?",
                    (*last, _CHUNK)).fetchall()
            for row in rows:
                yield dict(json.loads(row[3]))
            if len(rows) < _CHUNK:
                return
            last = (rows[-1][0], rows[-1][1], rows[-1][2])

    # ------------------------------------------------------------ keys seen, the corpus's order

    def see(self, key: str) -> bool:
        """Whether ``key`` is seen for the first time (it is seen from now on)."""
        return self._write("INSERT OR IGNORE INTO seen (key) VALUES (?)", (key,)).rowcount == 1

    def add_to_order(self, ref: Any) -> None:
        """An article read from the corpus (a picklable reference), after those added."""
        self._write("INSERT INTO corpus (ref) VALUES (?)", (pickle.dumps(ref),))

    def order(self) -> Iterator[Any]:
        """The references :meth:`add_to_order` was given, in that order."""
        return self._rows("corpus", "ref")

    # ------------------------------------------------------------ the articles' shares

    def keep(self, key: str, share: Any) -> None:
        """An article's share of the combine (a picklable summary), by its key."""
        self._write("INSERT OR REPLACE INTO kept (key, share) VALUES (?, ?)", (key, pickle.dumps(share)))

    def kept(self, key: str) -> Any:
        """The share kept for ``key``, or None."""
        row = self._db.execute("SELECT share FROM kept WHERE key = ?", (key,)).fetchone()
        return None if row is None else pickle.loads(row[0])  # noqa: S301 - this run's own file

    def use(self, key: str, share: Any) -> None:
        """A share the combined outputs hold, after those already used."""
        self._write("INSERT INTO used (key, share) VALUES (?, ?)", (key, pickle.dumps(share)))

    def used(self, *, by_key: bool = False) -> Iterator[Any]:
        """The shares :meth:`use` was given, in that order (or sorted by key)."""
        if not by_key:
            return self._rows("used", "share")
        return self._by_key()

    def _by_key(self) -> Iterator[Any]:
        last: tuple[str, int] | None = None
        while True:
            if last is None:
                rows = self._db.execute("SELECT key, seq, share FROM used ORDER BY key, seq LIMIT ?", (_CHUNK,)).fetchall()
            else:
                rows = self._db.execute("SELECT key, seq, share FROM used WHERE (key, seq) > (?, ?) ORDER BY key, seq LIMIT ?",
                                        (*last, _CHUNK)).fetchall()
            for row in rows:
                yield pickle.loads(row[2])  # noqa: S301 - this run's own file
            if len(rows) < _CHUNK:
                return
            last = (rows[-1][0], rows[-1][1])

    def _rows(self, table: str, column: str) -> Iterator[Any]:
        last = 0
        while True:
            rows = self._db.execute(f"SELECT seq, {column} FROM {table} WHERE seq > ? ORDER BY seq LIMIT ?", (last, _CHUNK)).fetchall()  # noqa: S608 - fixed names
            for row in rows:
                yield pickle.loads(row[1])  # noqa: S301 - this run's own file
            if len(rows) < _CHUNK:
                return
            last = rows[-1][0]

    def close(self) -> None:
        self._db.close()
