"""Secrets: credentials and token parameters in URLs, vendor API keys, Bearer tokens, and
random-looking strings (entropy and character-class changes), with the look-alikes that
are not secrets (integrity hashes, object ids, placeholders, base64-encoded prose).
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections import Counter

Span = tuple[int, int]

URL_RE = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"'`]+")
# "scheme://user:pass@" (the span is user:pass) or "scheme://:pass@" (only the password).
URL_CREDENTIALS_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:([^/@\s:]+):|:)([^/@\s]+)@")
# Parameters of a URL, or of a bare query string ("GET /v1/items?api_key=…").
URL_PARAM_RE = re.compile(r"[?&;#]([A-Za-z][\w.\[\]-]*)=([^&#\s\"'<>`]+)")
# A parameter whose value is always a secret (tokens, signatures, passwords, sessions) …
SECRET_PARAM_RE = re.compile(
    r"(?i)token|secret|signature|passw|session|credential"
    r"|^(?:pwd|pass|pw|sig|apikey|api[-_]key|x-api-key|access[-_]key|private[-_]key)$"
)
# … one whose value is a secret when it looks random (`key=AIza…`, an OAuth `code=`) …
MAYBE_SECRET_PARAM_RE = re.compile(r"(?i)^(?:key|code|auth|sas|hash|[\w.-]*[-_](?:key|sig))$")
# … and names that only mention a token: `token_type=bearer`, `max_tokens=100`.
NOT_SECRET_PARAM_RE = re.compile(
    r"(?i)(?:type|count|limit|len|length|hint|expires?|expires_in|expires_at|ttl|name|uri|url"
    r"|endpoint|method|format|version|lang)$|^max[-_]|tokens$"
)
# Values that stand in for a secret in docs and examples: "<password>", "${TOKEN}",
# "***", "xxxx", "YOUR_API_KEY", the literal word "password".
PLACEHOLDER_RE = re.compile(
    r"(?i)[<{\[(].*[>}\])]|\$\{?\w+\}?|%\w+%|\{\{.*\}\}|[x*•.0_-]+|(.)\1+"
    r"|(?:your|my|example|sample|dummy|fake|test)(?:[-_][\w-]*|[a-z]*)"
    r"|user(?:name)?|pass(?:word|wd)?|pwd|pw|secret|token|key|api[-_]?key|redacted"
    r"|placeholder|changeme|none|null|undefined|\.\.\.|…"
)

# Vendor token shapes: fixed prefixes make these near-certain, so they outrank generic hits.
API_KEY_RE = re.compile(
    r"(?<![\w-])(?:"
    r"sk-(?:[A-Za-z0-9]+-)*[A-Za-z0-9_-]{20,}"  # OpenAI / Anthropic style (sk-proj-…)
    r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe secret and restricted keys
    r"|whsec_[A-Za-z0-9]{24,}"  # Stripe webhook signing secrets
    r"|gh[pousr]_[A-Za-z0-9]{36,}"  # GitHub classic tokens
    r"|github_pat_[A-Za-z0-9_]{22,}"  # GitHub fine-grained tokens
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab personal access tokens
    r"|AKIA[0-9A-Z]{16}"  # AWS access key id
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API keys
    r"|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}"  # SendGrid
    r"|xox[bpars]-[A-Za-z0-9-]{10,}"  # Slack
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|npm_[A-Za-z0-9]{36}"  # npm
    r"|att-[A-Za-z0-9_-]{43}"  # attune's own keys
    r")(?![\w-])"
)
BEARER_RE = re.compile(r"\bBearer\s+([A-Za-z0-9._~+/-]{16,}=*)")
GENERIC_TOKEN_RE = re.compile(r"(?<![\w+/-])[A-Za-z0-9_+/-]{24,}={0,2}(?![\w+/=-])")
# A token right after a word that names it: "the token is 8f3kq…", "api key: ….".
CUED_TOKEN_RE = re.compile(
    r"(?i)\b(?:token|api[\s_-]?key|secret(?:[\s_-]key)?|access[\s_-]key|auth[\s_-]key"
    r"|passphrase|password|key)s?\b(?:\s+(?:is|was|reads))?[\s:=\"'`]{0,4}"
    r"([A-Za-z0-9_+/.~-]{20,}={0,2})(?![\w+/=.~-])"
)
# Integrity hashes ("sha384-oqVuAfXR…") and Stripe object ids ("pi_3Oq…", "cus_…") look
# random but identify content and objects; Stripe's secrets are `sk_`/`rk_` (above).
NOT_SECRET_TOKEN_RE = re.compile(
    r"sha(?:1|224|256|384|512)-.*"
    r"|(?:pi|ch|cus|evt|pm|seti|in|sub|si|prod|price|plan|txn|re|po|tr|acct|src|card|ba|ii|il"
    r"|tok|py|pyr|cs_(?:test|live)|pk_(?:test|live)|cbtxn|dp|du|qt|sched|txi|wb)"
    r"_(?:(?!_secret_)[A-Za-z0-9_])+"
)

# Random base62 has entropy ≈ log2(length) and changes character class (digit, upper,
# lower) ~60% of the time; camelCase identifiers change class ~35%, words less. These
# thresholds keep ~93% of random 24-char keys and ~96% of 32-char ones.
MIN_ENTROPY_BITS = 3.5
MIN_CLASS_CHANGE_RATE = 0.45
# A named token ("token: …") needs less: 20-char hex has ≈ 3.4 bits a character.
MIN_CUED_ENTROPY_BITS = 3.2
# Letters-only random tokens have few vowels (5 of 26 letters); words and paths ~40%.
MAX_RANDOM_VOWEL_RATE = 0.3


def shannon_entropy(text: str) -> float:
    """Bits per character: -Σ p(c) log2 p(c) over the characters of `text`."""
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


def placeholder(value: str) -> bool:
    """True for a stand-in such as "<password>", "***", "YOUR_TOKEN" or "password"."""
    return PLACEHOLDER_RE.fullmatch(value) is not None


def secret_param(name: str, value: str) -> bool:
    """Whether `name=value` in a URL carries a secret (see SECRET_PARAM_RE and the next two)."""
    if placeholder(value) or NOT_SECRET_PARAM_RE.search(name):
        return False
    if SECRET_PARAM_RE.search(name):
        return True
    # A random-looking value: long enough, mixed classes or symbols, not one word.
    return (
        MAYBE_SECRET_PARAM_RE.search(name) is not None
        and len(value) >= 8
        and not value.isalpha()
        and shannon_entropy(value) >= 2.8
    )


def find_url_secrets(text: str) -> list[Span]:
    """Only the secret part: `user:pass` before `@`, or the value of a secret parameter."""
    spans = []
    for url in URL_RE.finditer(text):
        raw = url.group().rstrip(".,;:!?)]}")
        creds = URL_CREDENTIALS_RE.match(raw)
        if creds and not placeholder(creds[2]):
            start = url.start() + (creds.start(1) if creds[1] else creds.start(2))
            spans.append((start, url.start() + creds.end(2)))
    for param in URL_PARAM_RE.finditer(text):
        value = param[2].rstrip(".,;:!?)]}")
        if value and secret_param(param[1], value):
            spans.append((param.start(2), param.start(2) + len(value)))
    return spans


def placeholder_key(token: str) -> bool:
    """A documentation key such as "sk-xxxxxxxxxxxxxxxxxxxx": a long run of one character."""
    return re.search(r"(.)\1{5,}", token) is not None or shannon_entropy(token) < 3.0


def find_api_keys(text: str) -> list[Span]:
    spans = [m.span() for m in API_KEY_RE.finditer(text) if not placeholder_key(m.group())]
    spans.extend(m.span(1) for m in BEARER_RE.finditer(text) if not placeholder_key(m[1]))
    return spans


def encoded_prose(token: str) -> bool:
    """True when `token` is base64 of ordinary text ("VGhlIHF1aWNr…" is "The quick…")."""
    body = token.replace("-", "+").replace("_", "/").rstrip("=")
    try:
        decoded = base64.b64decode(body + "=" * (-len(body) % 4), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    words = sum(ch.isalpha() or ch in " ,.'!?-" for ch in decoded)
    return decoded.count(" ") >= 2 and words >= 0.9 * len(decoded)


def random_looking(token: str) -> bool:
    """Mixed case and digits, classes changing often, high entropy (see the thresholds)."""
    letters = [ch for ch in token if ch.isalnum()]
    if not (
        any(c.isupper() for c in letters)
        and any(c.islower() for c in letters)
        and any(c.isdigit() for c in letters)
    ):
        return False
    classes = [0 if c.isdigit() else 1 if c.isupper() else 2 for c in letters]
    changes = sum(a != b for a, b in zip(classes, classes[1:], strict=False))
    return (
        changes / len(letters) >= MIN_CLASS_CHANGE_RATE
        and shannon_entropy(token) >= MIN_ENTROPY_BITS
    )


def cued_token_ok(token: str) -> bool:
    """A token named by the word before it: random enough, even in one case or letters only."""
    parts = re.split(r"[_./~-]", token)
    if len(parts) > 2 and all(p.isalpha() for p in parts):  # an identifier or a path
        return False
    letters = "".join(ch for ch in token if ch.isalpha())
    if not letters or shannon_entropy(token) < MIN_CUED_ENTROPY_BITS:
        return False
    if any(ch.isdigit() for ch in token) or not (letters.islower() or letters.isupper()):
        return True
    vowels = sum(ch in "aeiouAEIOU" for ch in letters)
    return vowels / len(letters) <= MAX_RANDOM_VOWEL_RATE and shannon_entropy(token) >= 3.8


def not_secret_shaped(token: str) -> bool:
    """Random-looking but not a secret: an integrity hash, a Stripe id, a placeholder, prose."""
    return (
        NOT_SECRET_TOKEN_RE.fullmatch(token) is not None
        or placeholder_key(token)
        or encoded_prose(token)
    )


def find_high_entropy(text: str) -> list[Span]:
    """Random-looking strings ≥ 24 chars, and ≥ 20 chars right after "token", "key" ….

    Hex hashes (git commits, sha256) and UUIDs are lower-case only, so they are never
    flagged unless named as a token: they identify objects, not people, and code is full
    of them. Integrity hashes, Stripe object ids, placeholders and base64-encoded prose
    are not secrets either.
    """
    spans = []
    for m in GENERIC_TOKEN_RE.finditer(text):
        token = m.group()
        if random_looking(token) and not not_secret_shaped(token):
            spans.append(m.span())
    for m in CUED_TOKEN_RE.finditer(text):
        token = m[1].rstrip(".~")  # a sentence may end right after the token
        if cued_token_ok(token) and not not_secret_shaped(token):
            spans.append((m.start(1), m.start(1) + len(token)))
    return spans
