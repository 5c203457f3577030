"""Give memory freed by large pandas steps back to the operating system.

pandas and the sqlite3 reader allocate many short-lived objects; glibc keeps the freed heap
pages mapped, so a long report would otherwise hold the peak of every step it has passed.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc

_LIBC_NAME = ctypes.util.find_library("c")


def release() -> None:
    """Collect garbage and return free heap pages to the system (glibc ``malloc_trim``);
    does nothing more where the C library has no such call (macOS, musl, Windows).

    >>> release()
    """
    gc.collect()
    if not _LIBC_NAME:
        return
    try:
        trim = ctypes.CDLL(_LIBC_NAME).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)
