"""The store key: optional encryption of everything a person wrote, at rest.

With `ATTUNE_STORE_KEY` set to a Fernet key (`new_key()` makes one), every stored text of a
person — feedback prompt, answer, correction and comment in the database, and the
conversations each adapter version keeps (`data/train.jsonl`) — is written as a Fernet
token: AES-128-CBC with a random IV, authenticated by HMAC-SHA256 (the `cryptography`
library's Fernet; nothing here is hand-made cryptography). Names, versions, ratings, hashes
and adapter weights are not encrypted: they hold nothing a person wrote.

A store is encrypted or not from its creation on, as a whole (its `meta` table says which,
and holds a token of a known text to tell a wrong key from the right one at open):

- created with the key: it opens only with that key; without one, or with another,
  opening fails with an `AttuneError` before any row is read;
- created without the key: it opens only without one. A key set for such a store is
  refused, not used for new rows only: a store half plain, half encrypted would look
  protected while holding plain text. `encrypt_store` (`attune.people.encryption`)
  encrypts it in place, once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from cryptography.fernet import Fernet, InvalidToken

from attune.errors import AttuneError

KEY_VARIABLE = "ATTUNE_STORE_KEY"
KEY_CHECK = "attune store key check"
"""The text whose token, kept in the store's `meta` table, tells a wrong key at open."""
TOKEN = re.compile(rb"[A-Za-z0-9_-]+={0,2}")
"""A whole Fernet token. Checked first: base64 decoding ignores what follows the padding,
so a token with text appended would otherwise decrypt as if nothing were there."""


def new_key() -> str:
    """A fresh Fernet key (32 random bytes, url-safe base64): the value of ATTUNE_STORE_KEY."""
    return Fernet.generate_key().decode("ascii")


class StoreCipher:
    """Encrypts and decrypts one store's texts and files with its key."""

    def __init__(self, key: str) -> None:
        try:
            self._fernet = Fernet(key.strip().encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            # The message never repeats the value: it is a secret, even when mistyped.
            raise AttuneError(
                "not a valid store key (a Fernet key is 44 characters of url-safe base64)",
                where=KEY_VARIABLE,
                fix="set it to a key made by `attune store-key`, exactly as printed",
            ) from None

    def encrypt(self, data: bytes) -> bytes:
        return self._fernet.encrypt(data)

    def decrypt(self, token: bytes, where: str) -> bytes:
        """The plain bytes of `token`; an AttuneError naming `where` when this key did not
        make it (or it was changed, or it is not a token at all)."""
        try:
            if not TOKEN.fullmatch(token):
                raise InvalidToken
            return self._fernet.decrypt(token)
        except InvalidToken:
            raise undecryptable(where) from None

    def encrypt_text(self, text: str) -> str:
        return self.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt_text(self, token: str, where: str) -> str:
        return self.decrypt(token.encode("ascii", errors="replace"), where).decode("utf-8")

    def is_own_token(self, data: bytes) -> bool:
        """Whether `data` is a token this key made (used to skip what is already sealed)."""
        try:
            self.decrypt(data, "")
        except AttuneError:
            return False
        return True


def cipher_from_env(environ: Mapping[str, str] | None = None) -> StoreCipher | None:
    """The cipher of `ATTUNE_STORE_KEY`; None when it is unset or empty (no encryption)."""
    value = (os.environ if environ is None else environ).get(KEY_VARIABLE, "").strip()
    return StoreCipher(value) if value else None


def undecryptable(where: str) -> AttuneError:
    return AttuneError(
        f"cannot decrypt stored data: it was not encrypted with the key in {KEY_VARIABLE}, "
        "or it was changed on disk",
        where=where,
        fix=f"set {KEY_VARIABLE} to the key this store was created with; if it is that "
        "key, the data was damaged or tampered with: restore it from a backup",
    )


def check_store_key(
    encrypted: bool, key_check: str | None, cipher: StoreCipher | None, where: str
) -> None:
    """Refuse a key that does not fit the store at `where` (see the module docstring):
    missing for an encrypted store, wrong, or given for a store that holds plain text."""
    if encrypted and cipher is None:
        raise AttuneError(
            f"this store is encrypted and {KEY_VARIABLE} is not set",
            where=where,
            fix=f"set {KEY_VARIABLE} to the key the store was created with",
        )
    if encrypted and cipher is not None:
        if key_check is None or not matches_check(cipher, key_check):
            raise AttuneError(
                f"{KEY_VARIABLE} is not this store's key",
                where=where,
                fix=f"set {KEY_VARIABLE} to the key the store was created with (without "
                "it, the stored feedback and conversations cannot be read)",
            )
    if not encrypted and cipher is not None:
        raise AttuneError(
            f"{KEY_VARIABLE} is set, but this store was created without encryption and holds "
            "plain text",
            where=where,
            fix=f"unset {KEY_VARIABLE} to use the store as it is, or encrypt it once with "
            "`attune store-key --encrypt` (stop the server using it first)",
        )


def matches_check(cipher: StoreCipher, key_check: str) -> bool:
    try:
        return cipher.decrypt_text(key_check, "meta") == KEY_CHECK
    except AttuneError:
        return False
