"""Where the two seats meet: a Unix socket in a folder of the manager's, and who is on the other end.

The host's folder, `<base>/gesprek-<uid>` (base: /tmp, or GESPREK_SEATS_DIR for both seats), is
0711: others may pass through it but not list it, so a socket is found only by whoever knows
its name, a hash of the meeting's id: the name gives nothing of the code away, and a code that a
newer one replaced still reaches the host, who can say so. The folder must be the host's own and
writable by nobody else; /tmp is writable by all, so one that someone else made is refused on
both sides. The socket itself may be connected to by anyone who finds it: what keeps others
out is the peer's uid, checked by the host on every connection (and by her seat, the other
way round, against the login in the code).
"""

from __future__ import annotations

import errno
import hashlib
import os
import pwd
import socket
import stat
import struct
from pathlib import Path

from ..i18n import t

FOLDER_MODE = 0o711
_OTHERS_WRITE = 0o022


class SeatError(Exception):
    """The seats cannot meet (a folder not safe, an unknown login, ...); str() is user-facing."""


def seats_base() -> Path:
    """The folder both seats look in: GESPREK_SEATS_DIR if set (both must set the same), else /tmp.

    Not the temp folder of the platform: TMPDIR differs per user on some systems.
    """
    return Path(os.environ.get("GESPREK_SEATS_DIR") or "/tmp")


def host_folder(base: Path, uid: int) -> Path:
    return base / f"gesprek-{uid}"


def socket_path(folder: Path, meeting_id: str) -> Path:
    """The socket of a meeting's seat."""
    digest = hashlib.sha256(b"gesprek seat\0" + meeting_id.encode()).hexdigest()
    return folder / f"{digest[:32]}.sock"


def uid_of(login: str) -> int:
    try:
        return pwd.getpwnam(login).pw_uid
    except KeyError:
        raise SeatError(t("seat.unknown_login", login=login)) from None


def login_of(uid: int) -> str:
    """The login of `uid`, or the number when the account has no name."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def make_host_folder(base: Path) -> Path:
    """Our folder under `base`, made 0711 if missing; SeatError if it is not safe to use."""
    folder = host_folder(base, os.geteuid())
    _check_base(base)
    try:
        os.mkdir(folder, FOLDER_MODE)
    except FileExistsError:
        pass
    except OSError as error:
        raise SeatError(t("seat.folder_error", path=folder, reason=error.strerror or error)) from None
    check_folder(folder, os.geteuid())
    os.chmod(folder, FOLDER_MODE)  # whatever the umask made of it, or an older 0700
    return folder


def check_folder(folder: Path, uid: int) -> None:
    """`folder` is a real folder (no link), owned by `uid`, that nobody else may write in."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise SeatError(t("seat.folder_error", path=folder, reason=error.strerror or error)) from None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & _OTHERS_WRITE:
        raise SeatError(t("seat.folder_not_safe", path=folder, owner=login_of(info.st_uid)))


def _check_base(base: Path) -> None:
    # Others may write in /tmp, but its sticky bit stops them renaming or removing our folder.
    info = os.stat(base)
    if info.st_mode & stat.S_IWOTH and not info.st_mode & stat.S_ISVTX:
        raise SeatError(t("seat.base_not_safe", path=base))


def find_socket(base: Path, uid: int, meeting_id: str) -> Path:
    """The host's socket for this meeting; FileNotFoundError while the host is not hosting it."""
    folder = host_folder(base, uid)
    check_folder(folder, uid)
    path = socket_path(folder, meeting_id)
    info = os.lstat(path)
    if not stat.S_ISSOCK(info.st_mode) or info.st_uid != uid:
        raise SeatError(t("seat.folder_not_safe", path=path, owner=login_of(info.st_uid)))
    return path


def remove_stale(path: Path) -> None:
    """Remove a socket left by a process that died (kill -9, SIGHUP); SeatError if one still
    answers there (this meeting is open in another gesprek of ours)."""
    try:
        if not stat.S_ISSOCK(os.lstat(path).st_mode):
            return
    except FileNotFoundError:
        return
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        try:
            probe.connect(str(path))
        except OSError:
            os.unlink(path)
            return
    raise SeatError(t("seat.already_hosted"))


def peer_uid(sock: socket.socket) -> int:
    """The uid of the process at the other end of a connected Unix socket, from the kernel.

    SO_PEERCRED on Linux; LOCAL_PEERCRED (what getpeereid uses) on the BSDs and macOS.
    OSError where neither exists: then nobody is let in.
    """
    if hasattr(socket, "SO_PEERCRED"):
        raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        _pid, uid, _gid = struct.unpack("3i", raw)
        return uid
    if hasattr(socket, "LOCAL_PEERCRED"):
        # struct xucred: u_int cr_version; uid_t cr_uid; short cr_ngroups; gid_t cr_groups[16]
        raw = sock.getsockopt(0, socket.LOCAL_PEERCRED, struct.calcsize("2I"))
        _version, uid = struct.unpack("2I", raw[: struct.calcsize("2I")])
        return uid
    raise OSError(errno.ENOTSUP, "no way to ask a Unix socket for its peer's uid here")
