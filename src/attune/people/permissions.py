"""Who may read a store on disk: its owner only — folders 0700, files 0600.

Modes are set with an explicit chmod after creating (or `os.open` with the mode and a
chmod), never left to the umask: a umask of 022 would make every file readable by every
user of the machine. A store found with looser modes (made by an older attune, copied,
unpacked) is tightened when it is opened, with a warning naming what was changed.

Symbolic links are never followed or changed: the adapters module refuses them anyway, and
a chmod through a link would change a file outside the store.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from attune.errors import AttuneError

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

log = logging.getLogger("attune.people")


def make_private_dir(folder: Path) -> Path:
    """`folder` created if needed (missing parents as `mkdir -p` makes them: callers make
    each of the store's own folders private) and made 0700."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    set_mode(folder, PRIVATE_DIR)
    return folder


def create_private_file(path: Path) -> None:
    """An empty 0600 file at `path` when there is none (an existing one is made 0600)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, PRIVATE_FILE)
    try:
        os.fchmod(descriptor, PRIVATE_FILE)
    finally:
        os.close(descriptor)


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a 0600 file at `path` (its folder made 0700 if it is missing)."""
    if not path.parent.is_dir():
        make_private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
    descriptor = os.open(path, flags, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as handle:
        os.fchmod(handle.fileno(), PRIVATE_FILE)  # an existing file keeps its old mode
        handle.write(data)


def make_private_tree(root: Path) -> list[Path]:
    """Every folder under `root` (itself included) 0700 and every file 0600; the paths
    whose mode was changed."""
    changed = []
    for path, is_dir in walk_no_links(root):
        wanted = PRIVATE_DIR if is_dir else PRIVATE_FILE
        if set_mode(path, wanted):
            changed.append(path)
    return changed


def make_private_files(paths: Iterable[Path]) -> list[Path]:
    """The files of `paths` that exist made 0600; those whose mode was changed."""
    return [p for p in paths if p.is_file() and not p.is_symlink() and set_mode(p, PRIVATE_FILE)]


def sqlite_files(database: Path) -> list[Path]:
    """The SQLite file and the side files SQLite keeps beside it (WAL, shared memory)."""
    return [database, *(database.with_name(database.name + end) for end in SQLITE_SIDE_FILES)]


def tighten_store(root: Path, database: Path | None) -> None:
    """Make an opened store private (see the module docstring); warn about what was loose."""
    changed = make_private_tree(root)
    if database is not None and not database.is_relative_to(root):
        changed += make_private_files(sqlite_files(database))
    if changed:
        shown = ", ".join(str(p) for p in changed[:3]) + (" …" if len(changed) > 3 else "")
        log.warning(
            "the store at %s was readable by other users: %d paths made private to their "
            "owner (folders 0700, files 0600): %s",
            root,
            len(changed),
            shown,
        )


def walk_no_links(root: Path) -> Iterator[tuple[Path, bool]]:
    """(path, is a folder) for `root` and everything below it, links left out."""
    if root.is_symlink() or not root.is_dir():
        return
    yield root, True
    with os.scandir(root) as entries:
        for entry in entries:
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                yield from walk_no_links(path)
            elif entry.is_file(follow_symlinks=False):
                yield path, False


def set_mode(path: Path, mode: int) -> bool:
    """chmod `path` to `mode` unless it has it; True when it was changed."""
    try:
        if stat.S_IMODE(path.lstat().st_mode) == mode:
            return False
        path.chmod(mode)
    except PermissionError:
        raise AttuneError(
            f"cannot make this store path private to its owner (mode {mode:o})",
            where=str(path),
            fix="run attune as the user who owns the store folder, or fix the owner "
            "(chown -R) of the store folder",
        ) from None
    return True
