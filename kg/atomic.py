"""Write a file so that readers see the old content or the new, never half of it; read one
back only when it is a regular file within a size limit."""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp's 0600 would hide the graph from other users
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


class NotRegular(OSError):
    """A path that is no regular file (a pipe, device, socket or folder) or one over the
    size limit; str() is the problem in a few words."""


def open_regular(path: str | Path) -> BinaryIO:
    """The regular file at ``path`` (a link to one is followed) opened to read; NotRegular
    for anything else (a FIFO is opened without waiting for a writer, a link to /dev/zero
    is never read), OSError where it cannot be opened."""
    # O_NONBLOCK: opening a FIFO nobody writes to returns at once instead of waiting
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    stream = open(descriptor, "rb")
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        stream.close()
        raise NotRegular("not a regular file (a device, pipe, socket or folder), not read")
    return stream


def read_regular(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path`` (open_regular), at most ``max_bytes``;
    NotRegular for anything else and for a larger file.  Every file read back from an
    output or cache folder is read so."""
    with open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > max_bytes:
            raise NotRegular(f"too large ({size / 1048576:.1f} MiB, limit {max_bytes / 1048576:.0f} MiB)")
        raw = stream.read(max_bytes + 1)  # a file growing while we read stops at the limit
    if len(raw) > max_bytes:
        raise NotRegular(f"too large (limit {max_bytes / 1048576:.0f} MiB)")
    return raw
