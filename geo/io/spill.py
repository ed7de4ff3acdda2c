"""Byte pieces kept on disk as they arrive and read back by span: what a corpus run's
combine needs of each article, without holding it in memory (issue 24)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO

from geo.io.commit import STAGING_PREFIX

Span = tuple[int, int]  # (offset, length)


class Spill:
    """Append-only files in a temporary folder inside ``folder`` (named as a staging
    folder, so that a run interrupted before it removes them has them removed by the next
    one, see :func:`geo.io.commit.recover`), one per stream name."""

    def __init__(self, folder: Path, streams: tuple[str, ...]) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX + "spill-", dir=folder))
        self._files: dict[str, IO[bytes]] = {s: open(self.dir / s, "w+b") for s in streams}  # noqa: SIM115 - closed by close()
        self._ends = dict.fromkeys(streams, 0)

    def add(self, stream: str, data: bytes) -> Span:
        fh = self._files[stream]
        at = self._ends[stream]
        fh.seek(at)
        fh.write(data)
        self._ends[stream] = at + len(data)
        return (at, len(data))

    def read(self, stream: str, span: Span) -> bytes:
        fh = self._files[stream]
        fh.seek(span[0])
        return fh.read(span[1])

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
