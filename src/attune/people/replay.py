"""The conversations a person's adapter version keeps (`v<N>/data/train.jsonl`): what the
next retrain replays, so a new version does not forget what earlier ones learned.

The file is JSONL in OpenAI's `messages` shape (`weight` kept where set). In a store with a
key (`attune.people.crypto`) the whole file is one Fernet token instead — its line count and
line lengths say nothing either. Either way it is written 0600 and never through a path a
link could redirect; read back, it goes through attune's chat-record checks.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from attune.data.conversations import Conversation, RecordReader
from attune.data.formats import SourceRow
from attune.errors import AttuneError
from attune.people.adapters import ADAPTERS, refuse_escape
from attune.people.crypto import StoreCipher
from attune.people.permissions import PRIVATE_FILE, write_private_bytes

DATA_FILE = Path("data") / "train.jsonl"


def record_of(conversation: Conversation) -> str:
    """One JSON line of a conversation: the same text for the same messages."""
    messages = [
        {**m.to_dict(), **({"weight": m.weight} if m.weight is not None else {})}
        for m in conversation.messages
    ]
    return json.dumps({"messages": messages}, ensure_ascii=False)


def write_replay(path: Path, conversations: list[Conversation], cipher: StoreCipher | None) -> None:
    """`conversations` to `path`: JSONL, encrypted when the store has a key; 0600."""
    data = "".join(record_of(c) + "\n" for c in conversations).encode("utf-8")
    write_private_bytes(path, data if cipher is None else cipher.encrypt(data))


def read_replay(path: Path, cipher: StoreCipher | None) -> list[Conversation]:
    """The conversations of a file `write_replay` wrote; an AttuneError naming the line of
    a record that is not a valid conversation."""
    data = path.read_bytes()
    if cipher is not None:
        data = cipher.decrypt(data.strip(), str(path))
    conversations = []
    for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        if line.strip():
            conversations.append(read_record(path, number, line))
    return conversations


def read_record(path: Path, number: int, line: str) -> Conversation:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise replay_error(f"not JSON ({error.msg})", where) from None
    if not isinstance(record, dict):
        raise replay_error("expected a JSON object with `messages`", where)
    read = RecordReader(SourceRow(number, record), str(path), "messages").read()
    errors = [p for p in read.problems if p.severity == "error"]
    if read.conversation is None or errors:
        raise replay_error(errors[0].message if errors else "not a conversation", where)
    return read.conversation


def replay_error(what: str, where: str) -> AttuneError:
    return AttuneError(
        f"a kept conversation is unreadable: {what}",
        where=where,
        fix="this file is written by attune retrain: restore it, or roll back to a version "
        "whose data is intact (`attune rollback`)",
    )


def seal_replay(path: Path, cipher: StoreCipher | None) -> bool:
    """Encrypt a plain `path` in place (a new file renamed over it); True when it was plain.
    A file already sealed with this key is left as it is, so this may be run again."""
    if cipher is None or path.is_symlink() or not path.is_file():
        return False
    data = path.read_bytes()
    if cipher.is_own_token(data.strip()):
        return False
    descriptor, scratch = tempfile.mkstemp(prefix=".seal-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            os.fchmod(handle.fileno(), PRIVATE_FILE)
            handle.write(cipher.encrypt(data))
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
    return True


def seal_all_replays(root: Path, cipher: StoreCipher) -> int:
    """Seal every version's kept conversations under `root/adapters`; how many were plain."""
    base = root / ADAPTERS
    files = sorted(base.glob(f"*/v*/{DATA_FILE.as_posix()}"))
    for path in files:
        refuse_escape(base, path)  # a link in the way would seal a file outside the store
    return sum(seal_replay(path, cipher) for path in files)
