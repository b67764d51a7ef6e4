"""Routes of a server with people: feedback on answers, and (admins) people themselves."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from attune.errors import AttuneError
from attune.people.names import FEEDBACK_ID_PATTERN, NAME_PATTERN
from attune.serve.errors import APIError
from attune.serve.people import Caller, People, get_caller, require_admin
from attune.serve.services import Services, get_services

router = APIRouter()
ServicesDep = Annotated[Services, Depends(get_services)]
CallerDep = Annotated[Caller | None, Depends(get_caller)]


class FeedbackRequest(BaseModel):
    """`POST /v1/feedback`: what a person says about one of their answers."""

    model_config = ConfigDict(extra="forbid")
    completion_id: str = Field(min_length=1, max_length=128)
    rating: Literal["up", "down"]
    correction: str | None = Field(None, max_length=20_000, description="the right answer")
    comment: str | None = Field(None, max_length=5_000)
    id: str | None = Field(
        None, max_length=128, description="the client's id for this feedback (a retry key)"
    )


@dataclass(frozen=True)
class FeedbackTexts:
    """What a feedback record keeps of a person's words."""

    prompt: list[dict[str, str]]
    answer: str
    correction: str | None
    comment: str | None


def redacted(texts: FeedbackTexts, own_name: str) -> FeedbackTexts:
    """The same texts with personal data replaced by placeholders, numbered consistently
    within the record (`<EMAIL_1>` is the same address in the prompt and the correction).
    The person's own account name is kept: a correction "call me Alice" must stay learnable."""
    from attune.data.privacy import DEFAULT_ENTITIES, Redactor

    redactor = Redactor(DEFAULT_ENTITIES, mode="placeholder", keep=[own_name])

    def clean(text: str | None) -> str | None:
        return None if text is None else redactor.redact(text)

    prompt = [{**m, "content": redactor.redact(m.get("content", ""))} for m in texts.prompt]
    return FeedbackTexts(
        prompt, redactor.redact(texts.answer), clean(texts.correction), clean(texts.comment)
    )


def people_of(services: Services) -> People:
    if services.people is None:
        raise APIError(404, "this server keeps no people (start it with --store)", code="not_found")
    return services.people


@router.post("/v1/feedback")
async def feedback(body: FeedbackRequest, services: ServicesDep, caller: CallerDep) -> Any:
    people = people_of(services)
    assert caller is not None  # a server with people always identifies its callers
    if body.id is not None and not FEEDBACK_ID_PATTERN.fullmatch(body.id):
        raise APIError(400, "id: letters, digits and . _ : - only", param="id")
    recent = people.recall(body.completion_id, caller.name)
    if recent is None:
        raise APIError(
            404,
            "no recent answer with this completion_id",
            param="completion_id",
            code="not_found",
        )
    texts = FeedbackTexts(recent.prompt, recent.answer, body.correction, body.comment)
    if services.settings.redact_feedback:
        texts = redacted(texts, caller.name)
    stored = await asyncio.to_thread(
        people.store.add_feedback,
        caller.name,
        body.completion_id,
        texts.prompt,
        texts.answer,
        body.rating,
        texts.correction,
        texts.comment,
        body.id,
    )
    return {"object": "feedback", "id": stored, "completion_id": body.completion_id}


@router.get("/v1/users")
async def list_users(services: ServicesDep, caller: CallerDep) -> Any:
    people = people_of(services)
    require_admin(caller)
    users = await asyncio.to_thread(people.store.list_users)
    data = [{"name": u.name, "admin": u.is_admin, "created": u.created.isoformat()} for u in users]
    return {"object": "list", "data": data}


@router.delete("/v1/users/{name}")
async def forget_user(name: str, services: ServicesDep, caller: CallerDep) -> Any:
    """Forget a person: their data, adapters, feedback and every cached copy."""
    people = people_of(services)
    require_admin(caller)
    if not NAME_PATTERN.fullmatch(name):
        raise APIError(400, "not a valid user name", param="name")
    try:
        report = await asyncio.to_thread(people.store.forget_user, name)
    except AttuneError:
        raise APIError(404, "no such user", param="name", code="not_found") from None
    people.forget(name)
    counts: dict[str, Any] = {
        "feedback": report.feedback,
        "versions": report.versions,
        "folders": report.folders,
    }
    return {"object": "user.deleted", "deleted": True, "removed": counts}


class RetrainRequest(BaseModel):
    """`POST /v1/retrain`: retrain a person's adapter from their feedback (in the
    background); admins may name the person, anyone else retrains themself."""

    model_config = ConfigDict(extra="forbid")
    user: str | None = Field(None, max_length=64)


@router.post("/v1/retrain", status_code=202)
async def start_retrain(body: RetrainRequest, services: ServicesDep, caller: CallerDep) -> Any:
    people = people_of(services)
    assert caller is not None
    if people.jobs is None:
        raise APIError(404, "this server serves no chat model to retrain", code="not_found")
    user = body.user or caller.name
    if user != caller.name and not caller.is_admin:
        raise APIError(404, "no such user", param="user", code="not_found")
    if not NAME_PATTERN.fullmatch(user):
        raise APIError(400, "not a valid user name", param="user")
    return people.jobs.start(user).to_dict()


@router.get("/v1/retrain/{job_id}")
async def retrain_status(job_id: str, services: ServicesDep, caller: CallerDep) -> Any:
    people = people_of(services)
    assert caller is not None
    job = people.jobs.get(job_id) if people.jobs is not None else None
    if job is None or (job.user != caller.name and not caller.is_admin):
        raise APIError(404, "no such retrain job", param="job_id", code="not_found")
    return job.to_dict()
