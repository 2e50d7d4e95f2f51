"""Python client of the Procedure Code Graph service.

    from procedure_code_graph import Client
    client = Client()                      # PROCEDURE_CODE_GRAPH_URL, else http://127.0.0.1:4000
    client.search("77301", vocabulary_ids=["CPT4"]).to_frame()
"""

from .client import Client, connect
from .errors import (
    AuthenticationError,
    GraphQLError,
    InvalidArgument,
    LimitExceeded,
    ProcedureCodeGraphError,
    ResultTooLarge,
    ServiceUnavailable,
)
from .results import Concept, Lineage, Results

__all__ = [
    "AuthenticationError",
    "Client",
    "Concept",
    "GraphQLError",
    "InvalidArgument",
    "Lineage",
    "LimitExceeded",
    "ProcedureCodeGraphError",
    "Results",
    "ResultTooLarge",
    "ServiceUnavailable",
    "connect",
]
