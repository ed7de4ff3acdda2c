"""Writing an output folder safely: one build at a time, all its files or none.

A build writes every file (``events.geojson``, ``map.html``, exports, ``report.json``)
into a staging folder inside the output folder, then marks the staging folder committed
(an empty ``.commit`` file, the single point after which the build counts as done) and
moves the files into place. A crash before the mark leaves the old files as they were; a
crash after it leaves a committed staging folder that the next build into the folder
finishes moving first (:func:`recover`), so ``events.geojson`` and ``map.html`` always end
up from the same build. Nothing is left behind: stale staging folders and temporary files
are removed by the next build.

Builds into one folder take turns: :func:`locked` holds an exclusive lock on the folder
for the whole read-merge-write: a ``filelock`` lock (``flock`` on POSIX, ``msvcrt`` on
Windows) on a file named after the folder's resolved path, kept in geo's cache folder
(:func:`geo.resources.cache_dir`, else the system's temporary folder), so no lock file is
left in the output folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from geo.errors import InputError

STAGING_PREFIX = ".geo-staging-"
COMMIT_MARK = ".commit"
#: Temporary files geo's atomic writes make (``.NAME.RANDOM.tmp``, ``.events.tmp.gpkg``).
_TMP_RE = re.compile(r"^\.(events\.geojson|map\.html|report\.json|events\.kml|events\.csv|events\.gpkg|events\.geojson\.bak\d*)\..+\.tmp$|^\.events\.tmp\.gpkg$")

Content = str | bytes | Callable[[Path], None]


def _timeout() -> float:
    raw = os.environ.get("GEO_LOCK_TIMEOUT", "")
    try:
        return float(raw) if raw.strip() else 600.0
    except ValueError:
        raise InputError(f"$GEO_LOCK_TIMEOUT={raw!r}: expected a number of seconds") from None


def check_folder(out: Path, names: list[str] | tuple[str, ...] = ()) -> None:
    """Refuse an output folder that cannot be one, before anything is written."""
    for parent in [out, *out.parents]:
        if parent.exists() or parent.is_symlink():
            if not parent.is_dir():
                what = "the output folder" if parent == out else f"a parent of the output folder {out}"
                raise InputError(f"{parent}: exists and is not a folder ({what}); fix: choose another --out")
            break
    for name in names:
        t = out / name
        if (t.exists() or t.is_symlink()) and not t.is_file():
            raise InputError(f"{t}: exists and is not a regular file; fix: move it away or choose another --out")


@contextlib.contextmanager
def locked(out: Path, log: Callable[..., None] | None = None) -> Iterator[Path]:
    """Create ``out`` if needed and hold an exclusive lock on it; finish or clean up what an
    interrupted build left (see :func:`recover`). If the folder was created here and the
    build fails, it is removed again."""
    from filelock import FileLock, Timeout

    check_folder(out)
    created = not out.exists()
    timeout = _timeout()
    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(out), thread_local=False)
    ok = False
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if log is not None:
                log(f"{out}: another build is writing to this folder; waiting for it")
            try:
                lock.acquire(timeout=timeout, poll_interval=0.05)
            except Timeout:
                raise InputError(
                    f"{out}: another build is writing to this folder; fix: wait for it to finish "
                    "or choose another --out ($GEO_LOCK_TIMEOUT sets how long to wait)"
                ) from None
        try:
            recover(out)
            yield out
            ok = True
        finally:
            lock.release()
    finally:
        if created and not ok:
            with contextlib.suppress(OSError):
                out.rmdir()  # only if still empty


def lock_path(out: Path) -> Path:
    """The lock file of an output folder: in geo's cache folder (else the temporary
    folder), named after the folder's resolved path, so that every path to one folder
    takes the same lock and none is left in the folder."""
    from geo.resources import cache_dir

    name = hashlib.sha256(os.fsencode(out.resolve())).hexdigest()[:32] + ".lock"
    for base in (cache_dir() / "locks", Path(tempfile.gettempdir()) / "geo-locks"):
        try:
            base.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(base, os.W_OK):
            return base / name
    raise InputError(f"{cache_dir() / 'locks'}: cannot create a lock file there; set GEO_CACHE_DIR to a writable folder")


def recover(out: Path) -> list[str]:
    """Finish a committed build an interruption left half-moved, drop uncommitted staging
    folders and stale temporary files; return the names of the files moved into place.
    Call it holding the folder's lock (:func:`locked` does)."""
    moved: list[str] = []
    if not out.is_dir():
        return moved
    for entry in sorted(out.iterdir()):
        if entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
            if (entry / COMMIT_MARK).exists():
                for f in sorted(entry.iterdir()):
                    if f.name != COMMIT_MARK and f.is_file() and not _TMP_RE.match(f.name):
                        os.replace(f, out / f.name)
                        moved.append(f.name)
                _fsync_dir(out)
            shutil.rmtree(entry, ignore_errors=True)
        elif _TMP_RE.match(entry.name) and entry.is_file():
            with contextlib.suppress(OSError):
                entry.unlink()
    return moved


def _fsync_dir(d: Path) -> None:
    """Make the folder's entries durable (POSIX; Windows cannot open a folder for this)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write(path: Path, content: Content) -> None:
    if callable(content):
        content(path)
        return
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def commit(out: Path, files: Mapping[str, Content]) -> list[Path]:
    """Write ``files`` (name -> text, bytes, or a function writing to the path it is given)
    into ``out`` all together: staged, marked committed, then moved into place.
    Hold the folder's lock (:func:`locked`) around it."""
    check_folder(out, tuple(files))
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    try:
        os.chmod(staging, 0o755 & ~_umask())
        for name, content in files.items():
            _write(staging / name, content)
            os.chmod(staging / name, 0o666 & ~_umask())
        mark = staging / COMMIT_MARK
        with open(mark, "wb") as fh:
            os.fsync(fh.fileno())
        _fsync_dir(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # committed: from here on, an interruption is finished by the next build's recover()
    for name in files:
        os.replace(staging / name, out / name)
    _fsync_dir(out)
    shutil.rmtree(staging, ignore_errors=True)
    return [out / name for name in files]


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m
