"""Errors the API returns, in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`.

Every failure a client can cause is an `APIError` with a status below 500; anything else
is logged server-side and answered with a generic 500 that names no file, path or frame.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("attune.serve")

# pydantic error types → OpenAI-style codes (the rest are "invalid_value").
CODES = {
    "json_invalid": "invalid_json",
    "missing": "missing_required_parameter",
    "extra_forbidden": "unknown_parameter",
    "literal_error": "invalid_value",
    "too_short": "invalid_value",
    "too_long": "invalid_value",
}


class APIError(Exception):
    """A request the server will not serve, with the HTTP status to say so."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",  # noqa: A002 - OpenAI's field name
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def overloaded(retry_after_s: int = 1) -> APIError:
    """The 429 answered when the queue is full: try again shortly."""
    return APIError(
        429,
        "the server is at its queue limit; retry after a moment",
        type="rate_limit_error",
        code="rate_limit_exceeded",
        headers={"Retry-After": str(retry_after_s)},
    )


def from_validation(exc: RequestValidationError) -> APIError:
    """The first problem pydantic found, as a 400 naming the parameter (`messages.0.role`)."""
    problems = exc.errors()
    first = problems[0] if problems else {"type": "invalid", "loc": (), "msg": "invalid request"}
    kind = str(first.get("type", ""))
    if kind == "json_invalid":
        return APIError(400, "the request body is not valid JSON", code="invalid_json")
    location = [str(part) for part in first.get("loc", ()) if part != "body"]
    param = ".".join(location) or None
    message = str(first.get("msg", "invalid value"))
    if param:
        message = f"{param}: {message}"
    if "input" in first and kind not in ("missing",) and len(repr(first["input"])) <= 80:
        message += f" (got {first['input']!r})"
    return APIError(400, message, param=param, code=CODES.get(kind, "invalid_value"))


def install_error_handlers(app: FastAPI) -> None:
    """Map every failure to an OpenAI-shaped body; never leak a traceback."""

    @app.exception_handler(APIError)
    async def on_api_error(request: Request, exc: APIError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return from_validation(exc).response()

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kinds = {404: "not_found", 405: "method_not_allowed"}
        message = "no such route" if exc.status_code == 404 else str(exc.detail)
        error = APIError(exc.status_code, message, code=kinds.get(exc.status_code))
        return error.response()

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        error = APIError(500, "internal error in the server", type="server_error")
        return error.response()
