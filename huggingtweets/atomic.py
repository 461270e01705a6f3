"""Writing in one step: a reader, or a crash, sees the old file or directory or the whole new one, never half of one.

Files are written beside their target and renamed over it (`write_atomically`). Directories are written into a
staging directory beside their target (`staged_directory`) that then replaces it (`replace_directory`): in one
atomic exchange where the system has one (Linux `renameat2(RENAME_EXCHANGE)`, macOS `renameatx_np(RENAME_SWAP)`),
elsewhere (Windows, or a filesystem that refuses the exchange) by two renames with the old directory set aside in
between. A process killed between those two renames leaves the target missing and the old copy set aside; the next
`staged_directory` for that target (`recover`) puts it back.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import glob
import hashlib
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write `path` whole or not at all: a temporary file beside it, flushed to disk, renamed over it."""
    tmp = Path(path).with_name(f".{Path(path).name}.{os.getpid()}.tmp")
    with tmp.open("wb") as file:
        file.write(data.encode() if isinstance(data, str) else data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(tmp, path)


# (fd meaning "the working directory", the flag that swaps) of each system's exchanging rename
_EXCHANGES = {"linux": ("renameat2", -100, 2), "darwin": ("renameatx_np", -2, 2)}


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths atomically; False where the system or the filesystem cannot (the caller falls back
    to two renames)."""
    if sys.platform not in _EXCHANGES:
        return False
    name, cwd, swap = _EXCHANGES[sys.platform]
    try:
        function = getattr(ctypes.CDLL(None, use_errno=True), name)
    except (OSError, AttributeError):  # a C library without it (musl before 1.2.5, glibc before 2.28)
        return False
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if function(cwd, os.fsencode(a), cwd, os.fsencode(b), swap) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _host() -> str:
    """This machine in a path: a hash of its name (names with dots could otherwise pass for one another)."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:12]


def _mark(target: Path, kind: str) -> str:
    """`.<name>.<kind>.<host>.<pid>.`: what this process leaves beside `target` while replacing it."""
    return f".{target.name}.{kind}.{_host()}.{os.getpid()}."


def replace_directory(staging: Path, target: Path) -> None:
    """Move the finished `staging` directory to `target`, replacing a directory already there only once the new one
    is whole (see the module docstring); the old one is deleted."""
    with contextlib.suppress(FileNotFoundError):  # (`target` gone meanwhile: a plain rename below)
        if target.is_dir() and exchange(staging, target):  # the old directory is now `staging`
            shutil.rmtree(staging, ignore_errors=True)
            return
    for attempt in range(3):  # again if another process publishes `target` in between
        if not target.exists():
            try:
                os.replace(staging, target)
                return
            except OSError:
                if not target.exists():
                    raise
        aside = target.with_name(f"{_mark(target, 'old')}{attempt}")
        try:
            os.replace(target, aside)
        except FileNotFoundError:  # another process moved it first
            continue
        try:
            os.replace(staging, target)  # (a rename never lands on a non-empty directory)
        except BaseException:  # (an error, or Ctrl+C between the two renames)
            if not target.exists():
                os.replace(aside, target)  # never neither
                raise
            shutil.rmtree(aside, ignore_errors=True)  # another process published meanwhile: replace theirs
            continue
        shutil.rmtree(aside, ignore_errors=True)
        return
    raise OSError(errno.EBUSY, "another process keeps replacing it", str(target))


def recover(target: Path) -> None:
    """Clear what processes of this machine that were killed while writing `target` left beside it: their staging
    directories are removed, and an old copy one set aside is put back if `target` is missing, else removed.
    What live processes and other machines left is not touched."""
    if not target.parent.is_dir():
        return
    left: dict[str, list[Path]] = {"staging": [], "old": []}
    for kind, paths in left.items():
        mine = f".{target.name}.{kind}.{_host()}."
        for path in target.parent.glob(f"{glob.escape(mine)}*"):
            if _dead(path.name[len(mine) :].split(".", 1)[0]):
                paths.append(path)
    for path in left["staging"]:
        shutil.rmtree(path, ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):  # (another process of this machine recovering it at once)
        olds = sorted(left["old"], key=lambda p: p.stat().st_mtime)
        if olds and not target.exists():
            os.replace(olds.pop(), target)
        for path in olds:
            shutil.rmtree(path, ignore_errors=True)


def _dead(pid: str) -> bool:
    """True when process `pid` of this machine no longer runs."""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    if sys.platform == "win32":  # (signal 0 is Ctrl+C there: ask the kernel instead)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, int(pid))  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 87  # ERROR_INVALID_PARAMETER: no such process
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value != 259  # STILL_ACTIVE
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, someone else's
        return False
    return False


@contextlib.contextmanager
def staged_directory(target: Path, replace: bool = True) -> Iterator[Path]:
    """A new directory beside `target` to write into; when the block ends without an error it becomes `target`
    (`replace_directory`; with `replace=False` a `target` that appeared meanwhile is kept and ours dropped, for
    cache entries any process computes alike). On an error nothing changes and the staging directory goes."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    recover(target)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=_mark(target, "staging")))
    try:
        yield staging
        if replace:
            replace_directory(staging, target)
        else:  # a plain rename, which never lands on a directory another process finished first: theirs stays
            try:
                os.rename(staging, target)
            except OSError:
                if not target.is_dir():  # a failure, not another process's finished entry
                    raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
