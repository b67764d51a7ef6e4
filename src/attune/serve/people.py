"""The server's side of "one assistant per person": who is calling, which adapter answers
them, the answers they may give feedback on, and forgetting them.

With a people store (`attune serve --store DIR`) every `/v1` request carries an API key
(`Authorization: Bearer att-…`). A person is answered with their active adapter version;
an admin may name anyone's (`"<model>@<user>"`). A person never learns whether another
person exists: naming someone else's adapter is answered exactly like naming nothing.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request

from attune.people.names import NAME_PATTERN
from attune.people.store import Store
from attune.serve.errors import APIError
from attune.serve.retrain_jobs import RetrainJobs

RECENT_COMPLETIONS = 10_000
"""Answers remembered for feedback (per server, oldest first out)."""


@dataclass(frozen=True)
class Caller:
    name: str
    is_admin: bool


@dataclass
class Recent:
    """A finished answer a person may still rate."""

    user: str
    prompt: list[dict[str, str]]
    answer: str


@dataclass
class People:
    store: Store
    recent: OrderedDict[str, Recent] = field(default_factory=OrderedDict)
    jobs: RetrainJobs | None = None
    """Background retrains (a server that serves a chat run)."""

    def remember(self, completion_id: str, recent: Recent) -> None:
        self.recent[completion_id] = recent
        while len(self.recent) > RECENT_COMPLETIONS:
            self.recent.popitem(last=False)

    def recall(self, completion_id: str, user: str) -> Recent | None:
        """The answer, if it was this person's (another person's looks like no answer)."""
        found = self.recent.get(completion_id)
        return found if found is not None and found.user == user else None

    def forget(self, user: str) -> None:
        for completion_id in [c for c, r in self.recent.items() if r.user == user]:
            del self.recent[completion_id]
        if self.jobs is not None:
            self.jobs.forget(user)


async def identify(request: Request, people: People | None) -> Caller | None:
    """The caller of a request (None on a server without people); 401 without a valid key."""
    if people is None:
        return None
    header = request.headers.get("authorization", "")
    key = header[len("Bearer ") :].strip() if header.startswith("Bearer ") else ""
    user = await asyncio.to_thread(people.store.authenticate, key) if key else None
    if user is None:
        raise APIError(
            401,
            "a valid API key is required (Authorization: Bearer <key>)",
            code="invalid_api_key",
        )
    return Caller(user.name, user.is_admin)


async def get_caller(request: Request) -> Caller | None:
    """The FastAPI dependency: the request's caller (see `identify`)."""
    return await identify(request, request.app.state.services.people)


def split_model(model: str | None) -> tuple[str | None, str | None]:
    """`"chat@alice"` → ("chat", "alice"); a plain id has no person."""
    if model is None or "@" not in model:
        return model, None
    base, _, person = model.partition("@")
    return base or None, person


async def adapter_for(
    people: People | None, caller: Caller | None, model: str | None
) -> str | None:
    """The adapter answering this caller: their active version, or (admins only) the one
    of the person named in the model id. None: the model as served."""
    _, named = split_model(model)
    if people is None or caller is None:
        if named is not None:
            raise unknown_model(model)
        return None
    person = named or caller.name
    if person != caller.name and not caller.is_admin:
        raise unknown_model(model)  # the same answer as for a person who does not exist
    if not NAME_PATTERN.fullmatch(person):
        raise unknown_model(model)
    try:
        version = await asyncio.to_thread(people.store.active_version, person)
    except Exception:
        if named is not None:
            raise unknown_model(model) from None
        return None
    if version is None:
        if named is not None:
            raise unknown_model(model)
        return None
    return adapter_name(person, version.version)


def adapter_name(user: str, version: int) -> str:
    return f"{user}@v{version}"


def parse_adapter_name(name: str) -> tuple[str, int]:
    user, _, version = name.partition("@v")
    return user, int(version)


def unknown_model(model: Any) -> APIError:
    return APIError(
        404, f"the model {model!r} does not exist here", param="model", code="model_not_found"
    )


def require_admin(caller: Caller | None) -> Caller:
    if caller is None or not caller.is_admin:
        raise APIError(403, "this route needs an admin key", type="permission_error")
    return caller
