"""Index files written whole or not at all: the vector index and its delta are written to a temporary
file beside the target, synced, and renamed over it, so a reader or a crash never meets half a file.
A killed writer's temporary (".index-*.tmp") is swept by IndexSync after a minute."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A file to write that replaces `target` once the block ends; an error in the block leaves `target`
    as it was and removes the temporary."""
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
