"""Opening the SQLite file in the data folder, with errors an operator can act on.

Whatever goes wrong with the folder (it is a file, it cannot be created, it is read-only and empty, the
database in it is not one) is one line naming PARLEY_DATA_DIR, the path and the fix, rather than an
OperationalError from deep inside a command.

A read-only folder with a built store still serves read-only commands. WAL mode needs a writable folder
for its -shm file, so there the database is opened with mode=ro when a writer's -wal file lies beside it
(its pages must be read), and as immutable otherwise: no process can be writing to a folder that nobody
may write to, and an immutable open needs neither lock nor -shm file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.request import pathname2url

from index.errors import StorageError

SETTING = "PARLEY_DATA_DIR"
BUSY_TIMEOUT = 30
# Pages are read through a memory map (up to SQLite's default ceiling, SQLITE_MAX_MMAP_SIZE) rather than copied
# by a read() call each into a connection's own 2 MB cache: a question reads ~250 rows and ~100 vectors
# scattered over the file, and bot processes on one data folder share the mapped pages.
MMAP_BYTES = 0x7FFF0000


def prepare_folder(folder: Path) -> bool:
    """Create the data folder if needed; whether this process may write in it."""
    if folder.exists() and not folder.is_dir():
        raise StorageError(
            f"{SETTING} ({folder}) is a file, not a folder: point {SETTING} to a folder "
            "(Parley creates it if it does not exist)."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise StorageError(
            f"{SETTING} ({folder}) lies inside a file, not a folder: point {SETTING} to a folder."
        ) from None
    except OSError as e:
        raise StorageError(
            f"cannot create {SETTING} ({folder}): {e.strerror}; create it yourself, or point "
            f"{SETTING} to a folder you may write to."
        ) from None
    return os.access(folder, os.W_OK | os.X_OK)


def writable(path: Path) -> bool:
    """Whether the database at `path` can be written: its folder and, if it exists, the file itself."""
    return prepare_folder(path.parent) and (not path.exists() or os.access(path, os.W_OK))


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL when writable."""
    try:
        conn = _open_read_only(path) if read_only else _open(path)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        raise explain(path, e, read_only=read_only) from None
    return conn


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise StorageError(
            f"{SETTING} ({path.parent}) is read-only and holds no store yet: make it writable, "
            f"or point {SETTING} to a folder you may write to."
        )
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "immutable=1"
    return sqlite3.connect(
        f"file:{pathname2url(str(path))}?{mode}",
        uri=True,
        timeout=BUSY_TIMEOUT,
        check_same_thread=False,
        isolation_level=None,
    )


def explain(path: Path, error: sqlite3.DatabaseError, *, read_only: bool = False) -> StorageError:
    """The operator's version of a SQLite error about the file itself."""
    text = str(error)
    if path.is_dir():
        return StorageError(
            f"{path} is a folder, not a store: move it out of {SETTING} to start a new store from corpus/, "
            f"or point {SETTING} to the folder that holds your store."
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            f"{path} is locked by another process, which has held it for {BUSY_TIMEOUT} s (a build, a write that "
            "has not finished, or a tool that opened the store): try again once it is done, or stop it."
        )
    if "not a database" in text or "malformed" in text:
        return StorageError(
            f"{path} is not a Parley store ({text}): move it out of {SETTING} to start a new "
            f"store from corpus/, or point {SETTING} to the folder that holds your store."
        )
    if read_only or "readonly" in text or "read-only" in text:
        return StorageError(
            f"{SETTING} ({path.parent}) is read-only, so Parley cannot change its store: make "
            f"it writable, or point {SETTING} to a folder you may write to."
        )
    if "disk" in text:  # "disk I/O error": the -shm file beside the store could not be made, as on a full disk
        return StorageError(
            f"cannot open {path} ({text}): the disk that holds {SETTING} is full or failing. Nothing was "
            "changed; free some space and try again."
        )
    return StorageError(f"cannot open {path} ({text}): check {SETTING} and the file's permissions.")


def write_failed(path: Path, error: sqlite3.OperationalError) -> StorageError | None:
    """The operator's version of a write that failed on the disk, or on a lock held past the busy timeout;
    None for any other error, which is a fault to report as it is."""
    text = str(error)
    if "disk" in text:  # "database or disk is full", "disk I/O error"
        return StorageError(
            f"could not write {path} ({text}): the disk that holds {SETTING} is full or failing. Nothing was "
            "changed; free some space and try again."
        )
    return explain(path, error) if "locked" in text or "busy" in text else None


def read_only_error(path: Path) -> StorageError:
    """What a write in a read-only data folder says (reads go on working there)."""
    return StorageError(
        f"{SETTING} ({path.parent}) is read-only: questions and listings work, but adding, "
        f"removing or building needs a folder you may write to (make it writable, or point "
        f"{SETTING} elsewhere)."
    )
