"""API keys: made with `secrets`, shown once, stored only as a salted SHA-256.

A key is 32 random bytes (256 bits), so nobody can guess one or search for it from its hash:
a slow hash (scrypt, bcrypt) protects low-entropy passwords and would only cost every
request time here. The per-key salt keeps two stores (or two people) from sharing hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

KEY_PREFIX = "att-"
"""Makes a leaked key recognisable (secret scanners, logs) and lets requests be refused
without a database look-up when the header holds something else."""

MAX_KEY_LENGTH = 128


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def new_salt() -> str:
    return secrets.token_hex(16)


def hash_key(key: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()


def key_matches(key: str, salt: str, stored_hash: str) -> bool:
    """Constant-time: the time taken does not tell how much of the hash matched."""
    return hmac.compare_digest(hash_key(key, salt), stored_hash)


def key_digest(key: str) -> str:
    """The in-memory cache's name for a key, so the cache never holds a key itself."""
    return hashlib.sha256(key.encode()).hexdigest()


def looks_like_key(key: str) -> bool:
    return key.startswith(KEY_PREFIX) and len(key) <= MAX_KEY_LENGTH
