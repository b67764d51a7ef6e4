"""E-mail addresses, URL secrets and API keys: international forms, precedence, placeholders."""

from __future__ import annotations

import base64

import pytest

from privacy_found import findings

# Built at run time so no secret-scanner mistakes the test file for a leak.
STRIPE_SECRET = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc"
STRIPE_RESTRICTED = "rk_" + "test_" + "51H8abcDEF123ghiJKL456"
SENDGRID = "SG." + "ngeVfQFYQlKU0ufo8x5d1A" + "." + "TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr"
MIXED_TOKEN = "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9v"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Schreib an info@bäckerei-müller.de bitte", "info@bäckerei-müller.de"),
        ("mail josé.núñez@correo.es", "josé.núñez@correo.es"),
        ("siobhan.o'brien@example.ie wrote", "siobhan.o'brien@example.ie"),
        ("o’neil@example.com", "o’neil@example.com"),
        ("quoted 'jane@example.com' here", "jane@example.com"),
        ("请联系jane@example.com谢谢", "jane@example.com"),  # CJK text flush against it
        ("ivan@почта.рф", "ivan@почта.рф"),
        ("user@xn--bcher-kva.example", "user@xn--bcher-kva.example"),
    ],
)
def test_international_email_is_found_exactly(text: str, want: str) -> None:
    assert findings(text) == [("EMAIL", want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("redis://:Rd5-pass-2024@cache.internal", ["Rd5-pass-2024"]),  # empty user name
        ("db at postgres://admin:s3cret@db.example.com:5432/app", ["admin:s3cret"]),
        ("https://x.com/?email_token=abc123XYZ987&invite_token=QWErty12345", None),
        ("/verify?auth_token=9f8e7d6c5b4a3210", ["9f8e7d6c5b4a3210"]),
        ("https://s3.example.com/o?X-Amz-Algorithm=A&X-Amz-Signature=3f7a9b2c1d0e", None),
        ("https://storage.googleapis.com/b?X-Goog-Signature=abcdef0123456789", None),
        ("https://x.com/cb?code=4/P7q7W91a-oMsCeLvIaQm6bTrgtp7&state=xyz", None),
        ("https://x.com/login?user=bob&pwd=hunter22", ["hunter22"]),
        ("https://x.com/?passwd=s3cr3t.", ["s3cr3t"]),
        ("https://x.io/sas?sv=2022&sig=abc%2Bdef%3D", ["abc%2Bdef%3D"]),
        ("https://maps.example.com/?key=AIzaSyD-abcdefghijklmnopqrstuvwxyz12345", None),
    ],
)
def test_url_secret_is_only_the_secret(text: str, want: list[str] | None) -> None:
    hits = findings(text)
    assert {entity for entity, _ in hits} == {"URL_SECRET"}
    if want is not None:
        assert [value for _, value in hits] == want
    assert all("=" not in value and "&" not in value for _, value in hits)


def test_url_parameter_value_beats_api_key_even_without_a_scheme() -> None:
    text = f"GET /v1/items?api_key={STRIPE_SECRET} and ?auth_token={MIXED_TOKEN}"
    assert findings(text) == [("URL_SECRET", STRIPE_SECRET), ("URL_SECRET", MIXED_TOKEN)]


@pytest.mark.parametrize(
    "text",
    [
        "postgres://user:password@db.example.com/app",  # a template, not a leak
        "postgres://admin:<password>@db/x and mysql://root:***@h",
        "amqp://guest:xxx@host and redis://:${REDIS_PASSWORD}@cache",
        "ssh://git@github.com/org/repo",  # a user name is not an e-mail
        "https://x.com/?token=<token>&api_key=YOUR_API_KEY",
        "https://x.com/?token_type=bearer&max_tokens=100&sort_key=name&code=200",
        "https://example.com/search?q=token&page=3",
    ],
)
def test_placeholders_and_harmless_parameters_are_not_secrets(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"SENDGRID_API_KEY={SENDGRID}", SENDGRID),
        (f"stripe {STRIPE_SECRET} in prod", STRIPE_SECRET),
        (f"restricted {STRIPE_RESTRICTED}", STRIPE_RESTRICTED),
        (
            "the token is qwhjzkvnbpxmtrsdlfgcayzkvnbpxmtrsdlfgcwqyz, keep it",
            "qwhjzkvnbpxmtrsdlfgcayzkvnbpxmtrsdlfgcwqyz",
        ),
        (
            "use token 3f786850e387550fdab836ed7e6dc881de23001b.",
            "3f786850e387550fdab836ed7e6dc881de23001b",
        ),
        ("secret: Zr8kLq2pVxWm4NtY7bHc", "Zr8kLq2pVxWm4NtY7bHc"),
    ],
)
def test_api_key_is_found_whole(text: str, want: str) -> None:
    assert findings(text) == [("API_KEY", want)]


@pytest.mark.parametrize(
    "text",
    [
        'integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"',
        "sha512-7Zv6Lk0dWvVqM5sQ3+Jb2fGcH8tR9xYyK1pNwE4aUoI0hLr6eTz5gSbCdFnQj3mV==",
        "blob " + base64.b64encode(b"The quick brown fox jumps over the lazy dog").decode(),
        "Payment pi_3OqW2bLkdIwHu7ix1a2b3c4d for cus_NffrFeUfNV2Hib, evt_1NG8Du2eZvKYlo2CjwdlqB3e",
        "OPENAI_API_KEY=sk-" + "x" * 32,
        "token internationalization_and_localization",  # an identifier
        "the key path src/attune/data/privacy_patterns.py",
        "token supercalifragilisticexpialidocious",  # a word, however long
        "commit 3f786850e387550fdab836ed7e6dc881de23001b merged",  # no cue: a hash
    ],
)
def test_random_looking_but_not_a_secret(text: str) -> None:
    assert findings(text) == []
