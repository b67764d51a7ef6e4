"""Where a person's adapter versions live on disk: `ROOT/adapters/<user>/v<N>/`.

Paths are built only from a checked name and an int version, then resolved and refused if a
symlink or anything else would lead them outside `ROOT/adapters` — a store folder another
program can write to must not become a way to read or delete files elsewhere. Everything
installed here is private to the store's owner (`attune.people.permissions`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from attune.errors import AttuneError
from attune.people.names import check_name, check_version
from attune.people.permissions import make_private_dir, make_private_tree

ADAPTERS = "adapters"


def user_folder(root: Path, user: str) -> Path:
    """`root/adapters/<user>`, refused when it is a symlink or resolves elsewhere."""
    base = root / ADAPTERS
    folder = base / check_name(user)
    refuse_escape(base, folder)
    return folder


def adapter_folder(root: Path, user: str, version: int) -> Path:
    """`root/adapters/<user>/v<version>`, refused when any part is a symlink or it resolves
    outside `root/adapters`. The folder need not exist yet."""
    base = root / ADAPTERS
    folder = user_folder(root, user) / f"v{check_version(version)}"
    refuse_escape(base, folder)
    return folder


def refuse_escape(base: Path, folder: Path) -> None:
    # Checking each part below `base` for a link catches a link to a sibling user's folder,
    # which stays inside `base` when resolved; resolving catches everything else.
    if not folder.is_relative_to(base):
        raise escape_error(folder, "is not inside the store's adapters folder")
    part = folder
    while part != base:  # ends: `folder` is below `base`
        if part.is_symlink():
            raise escape_error(folder, "is a symbolic link")
        part = part.parent
    if not folder.resolve().is_relative_to(base.resolve()):
        raise escape_error(folder, "resolves outside the store's adapters folder")


def escape_error(folder: Path, why: str) -> AttuneError:
    return AttuneError(
        f"refusing to use this adapter folder: it {why}",
        where=str(folder),
        fix="adapter folders are managed by attune: remove the link and register the "
        "adapter again with attune",
    )


def stage_folder(source: Path, parent: Path, move: bool) -> Path:
    """A staging folder under `parent` (a person's folder, `ROOT/adapters/<user>`) holding
    `source` (copied, or moved) as `adapter/`, every folder 0700 and file 0600 in it.

    Staging beside the final folder and renaming it into place later (`place_folder`) means
    a reader never sees half an adapter, and a crash leaves at most a `.tmp-*` folder.
    """
    if not source.is_dir():
        raise AttuneError(
            "the adapter folder does not exist",
            where=str(source),
            fix="pass the folder the adapter was saved to (save_pretrained)",
        )
    make_private_dir(parent.parent)
    make_private_dir(parent)
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=parent))
    try:
        if move:
            shutil.move(str(source), staging / "adapter")
        else:
            # symlinks=False copies what links point to: the stored copy holds no links.
            shutil.copytree(source, staging / "adapter", symlinks=False)
        # Copies keep their source's modes, and peft's save_pretrained follows the umask.
        make_private_tree(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def place_folder(staging: Path, target: Path) -> None:
    """Rename the staged adapter to `target` (one atomic rename on the same filesystem)."""
    if target.exists():
        # A leftover of a crash between the rename and the commit: no row points at it.
        shutil.rmtree(target)
    os.replace(staging / "adapter", target)


def remove_user_folders(root: Path, user: str) -> int:
    """Delete `root/adapters/<user>`; 1 if there was one. A link there is unlinked, never
    followed (`user_folder` refuses links, so this goes around it on purpose)."""
    folder = root / ADAPTERS / check_name(user)
    if folder.is_symlink():
        folder.unlink()
        return 1
    if not folder.exists():
        return 0
    shutil.rmtree(folder)
    return 1
