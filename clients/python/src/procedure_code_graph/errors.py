"""One exception type per way a call can fail, each carrying what the service said."""

from __future__ import annotations

from typing import Any, Dict, List, Optional


class ProcedureCodeGraphError(Exception):
    """Base of every error this client raises."""


class ServiceUnavailable(ProcedureCodeGraphError):
    """The service could not be reached, or kept answering 503, after the retries."""


class AuthenticationError(ProcedureCodeGraphError):
    """The service needs a bearer token (API_TOKENS on the server) and none, or a wrong one, was sent."""


class GraphQLError(ProcedureCodeGraphError):
    """The service answered with GraphQL errors; `code` is the first error's extensions.code."""

    def __init__(self, message: str, errors: List[Dict[str, Any]]):
        super().__init__(message)
        self.errors = errors
        first = errors[0] if errors else {}
        self.code: Optional[str] = (first.get("extensions") or {}).get("code")


class InvalidArgument(GraphQLError):
    """An argument was refused (BAD_USER_INPUT); `field` names it when the service did."""

    def __init__(self, message: str, errors: List[Dict[str, Any]]):
        super().__init__(message, errors)
        self.field: Optional[str] = ((errors[0] if errors else {}).get("extensions") or {}).get("field")


class LimitExceeded(GraphQLError):
    """A request over one of the service's limits: `code` names it, with `limit` and `requested`."""

    def __init__(self, message: str, errors: List[Dict[str, Any]]):
        super().__init__(message, errors)
        extensions = (errors[0] if errors else {}).get("extensions") or {}
        self.limit: Optional[float] = extensions.get("limit")
        self.requested: Optional[float] = extensions.get("requested")
        self.argument: Optional[str] = extensions.get("argument")
        self.path: Optional[List[str]] = extensions.get("path")


class ResultTooLarge(ProcedureCodeGraphError):
    """Walking every page would fetch more than `max_items`: ask for a `limit`, or raise the cap."""

    def __init__(self, total: int, max_items: int):
        super().__init__(f"the result holds {total:,} items, more than max_items={max_items:,}: pass limit= to take the first ones, or raise max_items")
        self.total = total
        self.max_items = max_items


def error_from_answer(errors: List[Dict[str, Any]]) -> GraphQLError:
    """The exception for a GraphQL answer's errors, by the first error's code."""
    first = errors[0] if errors else {}
    code = str((first.get("extensions") or {}).get("code") or "")
    message = "; ".join(str(e.get("message", "")) for e in errors) or "the service answered with an error"
    if code.endswith("_LIMIT_EXCEEDED"):
        return LimitExceeded(message, errors)
    if code == "BAD_USER_INPUT":
        return InvalidArgument(message, errors)
    return GraphQLError(message, errors)
