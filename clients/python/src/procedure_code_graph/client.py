"""The client: one method per question, over the service's GraphQL API (httpx underneath)."""

from __future__ import annotations

import os
import time
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import httpx

from . import queries
from .errors import AuthenticationError, GraphQLError, ProcedureCodeGraphError, ResultTooLarge, ServiceUnavailable, error_from_answer
from .results import (
    Ancestry,
    ClaimLine,
    ClaimMapping,
    CodeChange,
    CodeOnDate,
    Concept,
    DecisionStep,
    Lineage,
    LineageStep,
    Mapping,
    MappingHop,
    ProcedureOccurrenceRow,
    Recommendation,
    RecommendedCode,
    Relationship,
    Results,
    Successor,
    joined,
)

DEFAULT_URL = "http://127.0.0.1:4000"
#: The service's own limits (docs/operations.md, 'Limits and access control'): the client cuts requests to fit them.
MAX_PAGE_SIZE = 1_000
MAX_IDS_PER_CALL = 1_000
MAX_CLAIM_LINES = 10_000

ConceptId = Union[int, str]


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _dig(data: Any, path: Sequence[str]) -> Any:
    for key in path:
        data = None if data is None else data.get(key)
    return data


class Client:
    """A client of one Procedure Code Graph service.

    url: the service (its root or its /graphql); else PROCEDURE_CODE_GRAPH_URL; else the
    default of `npm start`, http://127.0.0.1:4000. token: a bearer token when the server sets
    API_TOKENS. Calls are retried with exponential backoff on connection errors and 503
    (`retries` times), each within `timeout` seconds.
    """

    def __init__(
        self,
        url: Optional[str] = None,
        *,
        token: Optional[str] = None,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_items: int = 100_000,
        transport: Optional[httpx.BaseTransport] = None,
    ):
        base = (url or os.environ.get("PROCEDURE_CODE_GRAPH_URL") or DEFAULT_URL).rstrip("/")
        self.url = base if base.endswith("/graphql") else f"{base}/graphql"
        self.retries = retries
        self.backoff = backoff
        self.max_items = max_items
        headers = {"accept": "application/json", "user-agent": "procedure-code-graph-python/0.1"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        self._http = httpx.Client(timeout=timeout, headers=headers, transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the escape hatch -------------------------------------------------------------------

    def query(self, document: str, variables: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """Runs any GraphQL operation and returns its `data`; errors raise (see errors.py)."""
        body = {"query": document, "variables": dict(variables or {})}
        for attempt in range(self.retries + 1):
            try:
                response = self._http.post(self.url, json=body)
            except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError, httpx.TimeoutException) as error:
                if attempt >= self.retries:
                    raise ServiceUnavailable(f"no answer from {self.url} after {attempt + 1} attempts: {error}") from None
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
                raise ProcedureCodeGraphError(f"{self.url} is not a URL this client can call: {error}") from None
            except httpx.HTTPError as error:
                raise ServiceUnavailable(f"the request to {self.url} failed: {error}") from None
            else:
                if response.status_code == 503 and attempt < self.retries:
                    pass
                else:
                    return self._answer(response)
            time.sleep(self.backoff * (2**attempt))
        raise ServiceUnavailable(f"{self.url} kept answering 503")  # pragma: no cover - the loop returns or raises

    def _answer(self, response: httpx.Response) -> Dict[str, Any]:
        if response.status_code == 401:
            raise AuthenticationError(f"{self.url} needs a bearer token: Client(token=...) with one of the server's API_TOKENS")
        if response.status_code == 503:
            raise ServiceUnavailable(f"{self.url} answered 503: the database is unavailable")
        try:
            payload = response.json()
        except ValueError:
            raise GraphQLError(f"{self.url} answered HTTP {response.status_code} without JSON", []) from None
        errors = payload.get("errors")
        if errors:
            code = (errors[0].get("extensions") or {}).get("code")
            if code == "DATABASE_UNAVAILABLE":
                raise ServiceUnavailable(errors[0].get("message", "the database is unavailable"))
            raise error_from_answer(errors)
        if response.status_code >= 400 or payload.get("data") is None:
            raise GraphQLError(f"{self.url} answered HTTP {response.status_code} with no data", [])
        return payload["data"]

    # -- pages --------------------------------------------------------------------------------

    def _walk(self, document: str, variables: Dict[str, Any], path: Sequence[str], limit: Optional[int], page_size: int) -> Tuple[List[Dict[str, Any]], int]:
        """Every edge of a connection, page after page along endCursor; at most `limit` of them,
        or all of them when limit is None (then more than max_items raises ResultTooLarge)."""
        edges: List[Dict[str, Any]] = []
        after: Optional[str] = None
        total = 0
        while True:
            size = min(page_size, MAX_PAGE_SIZE, limit - len(edges)) if limit is not None else min(page_size, MAX_PAGE_SIZE)
            connection = _dig(self.query(document, {**variables, "first": max(size, 1), "after": after}), path)
            if connection is None:
                return edges, 0
            total = connection["totalCount"]
            if limit is None and total > self.max_items:
                raise ResultTooLarge(total, self.max_items)
            edges.extend(connection["edges"])
            if limit is not None and len(edges) >= limit:
                return edges[:limit], total
            if not connection["pageInfo"]["hasNextPage"] or not connection["edges"]:
                return edges, total
            after = connection["pageInfo"]["endCursor"]

    # -- concepts ---------------------------------------------------------------------------

    def concept(self, concept_id: Optional[ConceptId] = None, *, vocabulary_id: Optional[str] = None, concept_code: Optional[str] = None) -> Optional[Concept]:
        """A concept by its id, or by vocabulary and code; None when the graph has none."""
        if (concept_id is None) == (vocabulary_id is None or concept_code is None):
            raise ValueError("give either concept_id, or vocabulary_id and concept_code")
        data = self.query(queries.CONCEPT, {"id": None if concept_id is None else str(concept_id), "vocabularyId": vocabulary_id, "code": concept_code})
        node = data["concept"]
        return Concept.from_api(node) if node else None

    def concepts(self, concept_ids: Iterable[ConceptId]) -> Results[Concept]:
        """Concepts by id, asked in batches the server accepts; ids it does not hold are left out."""
        ids = [str(i) for i in concept_ids]
        found: List[Concept] = []
        for start in range(0, len(ids), MAX_IDS_PER_CALL):
            data = self.query(queries.CONCEPTS, {"ids": ids[start : start + MAX_IDS_PER_CALL]})
            found.extend(Concept.from_api(node) for node in data["concepts"] if node)
        return Results(found, Concept)

    def search(
        self,
        text: str,
        *,
        vocabulary_ids: Optional[Sequence[str]] = None,
        domain_ids: Optional[Sequence[str]] = None,
        concept_class_ids: Optional[Sequence[str]] = None,
        standard_concept: Optional[Sequence[str]] = None,
        valid_on: Optional[str] = None,
        limit: Optional[int] = 100,
        page_size: int = 100,
    ) -> Results[Concept]:
        """Ranked search by code or words (an exact code first); the first `limit` hits (None: all)."""
        filter_ = {
            k: v
            for k, v in {"vocabularyIds": vocabulary_ids, "domainIds": domain_ids, "conceptClassIds": concept_class_ids, "standardConcept": standard_concept, "validOn": valid_on}.items()
            if v is not None
        }
        edges, total = self._walk(queries.SEARCH, {"query": text, "filter": filter_ or None}, ["searchConcepts"], limit, page_size)
        return Results((Concept.from_api(e["node"]) for e in edges), Concept, total)

    def relationships(self, concept_id: ConceptId, *, relationship_ids: Optional[Sequence[str]] = None, valid_on: Optional[str] = None, limit: Optional[int] = None) -> Results[Relationship]:
        """The concept's relationships in both directions, as read from it."""
        edges, total = self._walk(queries.RELATIONSHIPS, {"id": str(concept_id), "relationshipIds": relationship_ids, "validOn": valid_on}, ["concept", "relationships"], limit, MAX_PAGE_SIZE)
        rows = (
            Relationship(
                concept_id_1=int(concept_id),
                relationship_id=e["node"]["relationshipId"],
                concept_id_2=int(e["node"]["concept"]["conceptId"]),
                concept_name_2=e["node"]["concept"]["conceptName"],
                vocabulary_id_2=e["node"]["concept"]["vocabularyId"],
                concept_code_2=e["node"]["concept"]["conceptCode"],
                valid_start_date=e["node"]["validStartDate"],
                valid_end_date=e["node"]["validEndDate"],
                invalid_reason=e["node"]["invalidReason"],
            )
            for e in edges
        )
        return Results(rows, Relationship, total)

    def _ancestry(self, field: str, concept_id: ConceptId, min_levels: Optional[int], max_levels: Optional[int], standard_only: Optional[bool], limit: Optional[int]) -> Results[Ancestry]:
        document = queries.ANCESTRY.replace("FIELD", field)
        edges, total = self._walk(document, {"id": str(concept_id), "minLevels": min_levels, "maxLevels": max_levels, "standardOnly": standard_only}, ["concept", field], limit, MAX_PAGE_SIZE)
        own = int(concept_id)

        def row(edge: Dict[str, Any]) -> Ancestry:
            other = int(edge["node"]["conceptId"])
            ancestor, descendant = (other, own) if field == "ancestors" else (own, other)
            return Ancestry(ancestor, descendant, edge["minLevelsOfSeparation"], edge["maxLevelsOfSeparation"], edge["node"]["conceptName"], edge["node"]["vocabularyId"], edge["node"]["conceptCode"])

        return Results((row(e) for e in edges), Ancestry, total)

    def ancestors(self, concept_id: ConceptId, *, min_levels: Optional[int] = None, max_levels: Optional[int] = None, standard_only: Optional[bool] = None, limit: Optional[int] = None) -> Results[Ancestry]:
        """Ancestors with OMOP's levels of separation, nearest first."""
        return self._ancestry("ancestors", concept_id, min_levels, max_levels, standard_only, limit)

    def descendants(self, concept_id: ConceptId, *, min_levels: Optional[int] = None, max_levels: Optional[int] = None, standard_only: Optional[bool] = None, limit: Optional[int] = None) -> Results[Ancestry]:
        """Descendants with OMOP's levels of separation, nearest first."""
        return self._ancestry("descendants", concept_id, min_levels, max_levels, standard_only, limit)

    def maps_to(self, concept_id: ConceptId, *, as_of: Optional[str] = None) -> Optional[Mapping]:
        """Where 'Maps to' and the replacement relationships lead from the concept, as of a date."""
        data = self.query(queries.MAPS_TO, {"id": str(concept_id), "asOf": as_of})
        if not data["concept"]:
            return None
        m = data["concept"]["mapsTo"]
        hops = [MappingHop(int(h["from"]["conceptId"]), h["relationshipId"], int(h["to"]["conceptId"]), h["validStartDate"], h["validEndDate"], h["invalidReason"]) for h in m["hops"]]
        return Mapping(int(concept_id), m["status"], Results((Concept.from_api(t) for t in m["targets"]), Concept), Results(hops, MappingHop))

    def expand_concept_set(self, items: Sequence[Mapping[str, Any]], *, limit: Optional[int] = None) -> Results[Concept]:
        """An OHDSI concept set: items like {"concept_id": 1, "include_descendants": True, "include_mapped": True, "is_excluded": False}."""
        converted = [{_camel(k): (str(v) if k == "concept_id" else v) for k, v in item.items()} for item in items]
        edges, total = self._walk(queries.EXPAND_CONCEPT_SET, {"items": converted}, ["expandConceptSet"], limit, MAX_PAGE_SIZE)
        return Results((Concept.from_api(e["node"]) for e in edges), Concept, total)

    # -- code history -----------------------------------------------------------------------

    def lineage(self, vocabulary_id: str, concept_code: str, *, direction: str = "BOTH", max_generations: Optional[int] = None) -> Lineage:
        """Which codes a code came from and which took its place, step by step, with dates, conditions and sources."""
        data = self.query(queries.LINEAGE, {"code": {"vocabularyId": vocabulary_id, "conceptCode": concept_code}, "direction": direction, "max": max_generations})["lineage"]
        steps = [
            LineageStep(
                s["from"]["vocabularyId"], s["from"]["conceptCode"], s["to"]["vocabularyId"], s["to"]["conceptCode"], s["effectiveDate"], s["kind"], s["condition"],
                s["siteOfService"], s["generation"], s["direction"], s["authority"], s["confidence"], joined([x["sourceId"] for x in s["sources"]]),
            )
            for s in data["steps"]
        ]
        return Lineage(vocabulary_id, concept_code, Results(steps, LineageStep), data["mermaid"], data["dot"])

    def code_on_date(self, vocabulary_id: str, concept_code: str, date: str, *, site_of_service: Optional[str] = None, payer: Optional[str] = None) -> CodeOnDate:
        """Whether the code was in force on the date (at the site of service, for the payer -- MEDICARE
        or OTHER -- when given), what it meant, and what replaced it; `warnings` says which payer's
        coding was assumed when it mattered and no payer was given."""
        d = self.query(queries.CODE_ON_DATE, {"code": {"vocabularyId": vocabulary_id, "conceptCode": concept_code}, "date": date, "site": site_of_service, "payer": payer})["codeOnDate"]

        def successors(items: List[Dict[str, Any]]) -> Results[Successor]:
            return Results((Successor(s["code"]["vocabularyId"], s["code"]["conceptCode"], s.get("effectiveDate"), s["condition"], joined([c["criterionId"] for c in s["criteria"]])) for s in items), Successor)

        return CodeOnDate(
            vocabulary_id, concept_code, d["date"], d["known"], d["valid"], d["meaning"], d["validFrom"], d["validTo"], d["family"], d["confidence"], d["note"],
            d["warnings"], successors(d["successors"]), successors(d["equivalentsAtSite"]),
        )

    def code_changes(self, start: str, end: str, *, vocabulary_ids: Optional[Sequence[str]] = None, limit: Optional[int] = None) -> Results[CodeChange]:
        """The change events effective between two dates (both inclusive), oldest first."""
        edges, total = self._walk(queries.CODE_CHANGES, {"from": start, "to": end, "vocabularyIds": vocabulary_ids}, ["codeChanges"], limit, MAX_PAGE_SIZE)
        codes = lambda refs: joined([f"{r['vocabularyId']} {r['conceptCode']}" for r in refs])  # noqa: E731
        rows = (
            CodeChange(n["changeId"], n["effectiveDate"], n["kind"], codes(n["from"]), codes(n["to"]), n["summary"], n["authority"], n["confidence"], joined([s["sourceId"] for s in n["sources"]]))
            for n in (e["node"] for e in edges)
        )
        return Results(rows, CodeChange, total)

    # -- the 2026 engine and claims ------------------------------------------------------------

    def recommend_delivery_code(self, **treatment: Any) -> Recommendation:
        """Delivery codes for one fraction: recommend_delivery_code(date_of_service="2026-03-02",
        site_of_service="HOSPITAL_OUTPATIENT", technique="THREE_D_CONFORMAL", motion_management=["DIBH"], ...)."""
        r = self.query(queries.RECOMMEND, {"treatment": {_camel(k): v for k, v in treatment.items()}})["recommendDeliveryCode"]
        codes = Results((RecommendedCode(c["code"]["vocabularyId"], c["code"]["conceptCode"], c["role"], c["reason"]) for c in r["codes"]), RecommendedCode)
        path = Results((DecisionStep(s["question"], s["answer"], s["outcome"], (s.get("criterion") or {}).get("criterionId"), s["ruleId"]) for s in r["decisionPath"]), DecisionStep)
        return Recommendation(r["status"], r["level"], codes, [c["criterionId"] for c in r["criteriaMet"]], path, r["warnings"], r["missingFacts"])

    def map_claim_lines(self, lines: Iterable[Mapping[str, Any]], *, progress: Optional[Callable[[int], None]] = None) -> ClaimMapping:
        """Claim lines (dicts with the ClaimLineInput fields, snake_case or camelCase) to OMOP
        PROCEDURE_OCCURRENCE rows, in requests of at most 10,000 lines. Lines of one encounter
        should go in one call: cross-line checks (add-ons, planning) see the lines of a request."""
        batch: List[Dict[str, Any]] = []
        results: List[ClaimLine] = []
        rows: List[ProcedureOccurrenceRow] = []
        summary: Dict[str, Any] = {"lines": 0, "mapped": 0, "unmapped": 0, "rejected": 0, "rows": 0, "flags": [], "tables": []}
        warnings: List[str] = []
        provenance: Dict[str, Any] = {}
        offset = 0

        def send() -> None:
            nonlocal offset
            answer = self.query(queries.MAP_CLAIM_LINES, {"lines": batch})["mapClaimLines"]
            for line in answer["lines"]:
                number = line["lineNumber"] + offset
                results.append(ClaimLine(number, line["lineId"], line["status"], joined(line["flags"]), line["family"], " ".join(line["messages"]), len(line["rows"])))
                rows.extend(
                    ProcedureOccurrenceRow(
                        number, line["lineId"], r["personId"], int(r["procedureConceptId"]), r["procedureDate"], r["quantity"], int(r["modifierConceptId"]),
                        r["procedureSourceValue"], int(r["procedureSourceConceptId"]), r["modifierSourceValue"],
                        r["cdmTable"], r["procedureEndDate"], int(r["procedureTypeConceptId"]), r["visitOccurrenceId"], r["providerId"],
                    )
                    for r in line["rows"]
                )
            s = answer["summary"]
            for key in ("lines", "mapped", "unmapped", "rejected", "rows"):
                summary[key] += s[key]
            counts = {f["flag"]: f["count"] for f in summary["flags"]}
            for f in s["flags"]:
                counts[f["flag"]] = counts.get(f["flag"], 0) + f["count"]
            summary["flags"] = [{"flag": k, "count": v} for k, v in counts.items()]
            tables = {t["table"]: t["rows"] for t in summary["tables"]}
            for t in s["tables"]:
                tables[t["table"]] = tables.get(t["table"], 0) + t["rows"]
            summary["tables"] = [{"table": k, "rows": v} for k, v in tables.items()]
            warnings.extend(w for w in answer["warnings"] if w not in warnings)
            provenance.update(answer["provenance"])
            offset += len(batch)
            batch.clear()
            if progress:
                progress(offset)

        for line in lines:
            batch.append({_camel(k): v for k, v in line.items() if v is not None})
            if len(batch) == MAX_CLAIM_LINES:
                send()
        if batch:
            send()
        return ClaimMapping(Results(results, ClaimLine), Results(rows, ProcedureOccurrenceRow), summary, warnings, provenance)


def connect(url: Optional[str] = None, **options: Any) -> Client:
    """A client of the service at `url` (else PROCEDURE_CODE_GRAPH_URL, else http://127.0.0.1:4000)."""
    return Client(url, **options)

