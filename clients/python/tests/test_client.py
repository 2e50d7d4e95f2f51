"""The client against a running service (PROCEDURE_CODE_GRAPH_URL) that holds the knowledge pack
and the Eunomia sample vocabulary; npm test starts one (test/e2e/python-client.test.ts). The
transport-level cases (503, 401, unreachable) use httpx's mock transport or a closed port."""

from __future__ import annotations

import os

import httpx
import pandas as pd
import pytest

from procedure_code_graph import (
    AuthenticationError,
    Client,
    InvalidArgument,
    LimitExceeded,
    ProcedureCodeGraphError,
    ResultTooLarge,
    ServiceUnavailable,
)

URL = os.environ.get("PROCEDURE_CODE_GRAPH_URL")
OMOP_CONCEPT_COLUMNS = ["concept_id", "concept_name", "domain_id", "vocabulary_id", "concept_class_id", "standard_concept", "concept_code", "valid_start_date", "valid_end_date", "invalid_reason", "name_source"]


@pytest.fixture(scope="module")
def client() -> Client:
    assert URL, "PROCEDURE_CODE_GRAPH_URL must name a running service (npm test sets it)"
    with Client(URL) as c:
        yield c


class Counting(httpx.BaseTransport):
    """A real transport that counts the requests it sends."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return self.inner.handle_request(request)


def test_concept_by_code_and_by_id(client: Client) -> None:
    by_code = client.concept(vocabulary_id="CPT4", concept_code="77412")
    assert by_code is not None and by_code.concept_id == 2211867
    assert by_code.name_source == "PROJECT_LABEL"
    assert client.concept(2211867) == by_code
    assert client.concept(vocabulary_id="CPT4", concept_code="00000") is None
    with pytest.raises(ValueError):
        client.concept()


def test_concepts_in_batches_of_the_server_limit() -> None:
    counting = Counting()
    with Client(URL, transport=counting) as c:
        ids = [2211867] + list(range(1, 1_500))
        found = c.concepts(ids)
    assert counting.requests == 2
    assert [concept.concept_id for concept in found][:1] == [2211867]


def test_search_77301_in_cpt4_is_a_standard_procedure(client: Client) -> None:
    hits = client.search("77301", vocabulary_ids=["CPT4"])
    first = hits[0]
    assert (first.concept_code, first.domain_id, first.standard_concept) == ("77301", "Procedure", "S")
    frame = hits.to_frame()
    assert list(frame.columns) == OMOP_CONCEPT_COLUMNS
    assert frame.loc[0, "concept_code"] == "77301"


def test_an_empty_result_is_a_frame_with_the_columns_and_no_rows(client: Client) -> None:
    frame = client.search("no such words anywhere zzqx").to_frame()
    assert list(frame.columns) == OMOP_CONCEPT_COLUMNS
    assert len(frame) == 0


def test_pages_are_walked_along_end_cursor_and_a_cut_is_never_silent(client: Client) -> None:
    everything = client.search("radiation", limit=None, page_size=7)
    assert len(everything) == everything.total_count > 7
    assert len({c.concept_id for c in everything}) == len(everything)
    first = client.search("radiation", limit=10, page_size=3)
    assert [c.concept_id for c in first] == [c.concept_id for c in everything[:10]]
    assert first.truncated and first.total_count == everything.total_count
    with Client(URL, max_items=3) as small, pytest.raises(ResultTooLarge) as refused:
        small.search("radiation", limit=None)
    assert refused.value.total == everything.total_count


def test_a_refusal_by_limit_is_a_typed_exception(client: Client) -> None:
    with pytest.raises(LimitExceeded) as refused:
        client.query("query ($n: Int) { searchConcepts(query: \"radiation\", first: $n) { totalCount } }", {"n": 1001})
    assert (refused.value.code, refused.value.limit, refused.value.requested) == ("PAGE_SIZE_LIMIT_EXCEEDED", 1000, 1001)
    with pytest.raises(LimitExceeded) as cost:
        client.query('{ searchConcepts(query: "a", first: 1000) { edges { node { descendants(first: 1000) { totalCount } } } } }')
    assert cost.value.code == "QUERY_COST_LIMIT_EXCEEDED"
    assert cost.value.path == ["searchConcepts", "edges", "node", "descendants"]


def test_a_bad_argument_names_its_field(client: Client) -> None:
    with pytest.raises(InvalidArgument) as bad:
        client.concept("not-a-number")
    assert bad.value.code == "BAD_USER_INPUT"
    assert bad.value.field == "conceptId"


def test_an_unreachable_service_is_service_unavailable() -> None:
    with Client("http://127.0.0.1:9", retries=1, backoff=0.01, timeout=2) as c, pytest.raises(ServiceUnavailable):
        c.concept(2211867)


def test_a_url_that_is_not_one_is_a_clear_error() -> None:
    with Client("ftp://127.0.0.1:4000") as c, pytest.raises(ProcedureCodeGraphError) as bad:
        c.concept(2211867)
    assert "not a URL this client can call" in str(bad.value)


def test_503_is_retried_with_backoff_and_401_asks_for_a_token() -> None:
    answers = iter([httpx.Response(503), httpx.Response(503), httpx.Response(200, json={"data": {"concept": None}})])
    attempts = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request.headers.get("authorization"))
        return next(answers)

    with Client("http://service.invalid", token="t0ken-0123456789abcdef", retries=3, backoff=0.001, transport=httpx.MockTransport(handler)) as c:
        assert c.concept(1) is None
    assert attempts == ["Bearer t0ken-0123456789abcdef"] * 3
    with Client("http://service.invalid", transport=httpx.MockTransport(lambda r: httpx.Response(401, json={"errors": []}))) as c, pytest.raises(AuthenticationError):
        c.concept(1)


def test_relationships_maps_to_and_concept_sets_on_the_eunomia_sample(client: Client) -> None:
    relationships = client.relationships(35208414).to_frame()
    assert list(relationships.columns[:3]) == ["concept_id_1", "relationship_id", "concept_id_2"]
    assert ((relationships.relationship_id == "Maps to") & (relationships.concept_id_2 == 192671)).any()
    mapping = client.maps_to(35208414)
    assert mapping is not None and mapping.status == "STANDARD"
    assert [t.concept_id for t in mapping.targets] == [192671]
    assert mapping.hops.to_frame().loc[0, "relationship_id"] == "Maps to"
    expanded = client.expand_concept_set([{"concept_id": 192671, "include_descendants": True, "include_mapped": True}])
    assert {192671, 35208414} <= {c.concept_id for c in expanded}
    assert client.relationships(2211867).to_frame().empty


def test_ancestors_and_descendants_have_omop_columns_and_levels(client: Client) -> None:
    ancestors = client.ancestors(192671)
    frame = ancestors.to_frame()
    assert list(frame.columns[:4]) == ["ancestor_concept_id", "descendant_concept_id", "min_levels_of_separation", "max_levels_of_separation"]
    assert len(frame) == ancestors.total_count
    assert (frame.descendant_concept_id == 192671).all() and (frame.min_levels_of_separation >= 1).all()
    descendants = client.descendants(192671, min_levels=0).to_frame()
    assert (descendants.ancestor_concept_id == 192671).all()


def test_lineage_of_g6015_as_a_frame_and_a_diagram(client: Client) -> None:
    lineage = client.lineage("HCPCS", "G6015", max_generations=1)
    frame = lineage.to_frame()
    assert sorted(zip(frame.from_concept_code, frame.to_concept_code)) == [("77418", "G6015"), ("G6015", "77407"), ("G6015", "77412")]
    assert set(frame.loc[frame.from_concept_code == "G6015", "condition"]) == {"level-2", "level-3"}
    assert lineage.mermaid.startswith("flowchart LR")
    assert lineage._repr_markdown_().startswith("```mermaid\nflowchart LR")


def test_77412_on_three_dates_and_g6015_after_its_deletion(client: Client) -> None:
    meanings = [client.code_on_date("CPT4", "77412", day) for day in ("2014-06-01", "2020-06-01", "2026-02-01")]
    assert [m.valid for m in meanings] == [True, True, True]
    assert len({m.meaning for m in meanings}) == 3
    g6015 = client.code_on_date("HCPCS", "G6015", "2026-02-01")
    assert not g6015.valid and g6015.meaning is None
    assert [(s.concept_code, s.condition) for s in g6015.successors] == [("77407", "level-2"), ("77412", "level-3")]
    office = client.code_on_date("CPT4", "77412", "2020-06-01", site_of_service="PHYSICIAN_OFFICE", payer="MEDICARE")
    assert not office.valid and office.equivalents_at_site.to_frame().concept_code.tolist() == ["G6011", "G6012", "G6013", "G6014"]
    assert office.warnings == []
    any_payer = client.code_on_date("CPT4", "77412", "2020-06-01", site_of_service="PHYSICIAN_OFFICE")
    assert any_payer.valid and "assumes a payer other than Medicare" in any_payer.warnings[0]


def test_code_changes_of_2026(client: Client) -> None:
    changes = client.code_changes("2026-01-01", "2026-12-31", vocabulary_ids=["HCPCS"])
    frame = changes.to_frame()
    assert len(frame) == changes.total_count > 0
    assert frame.from_codes.str.contains("HCPCS G6015").any()


def test_a_2026_recommendation_with_its_decision_path(client: Client) -> None:
    r = client.recommend_delivery_code(
        date_of_service="2026-03-02", site_of_service="HOSPITAL_OUTPATIENT", technique="THREE_D_CONFORMAL",
        field_shaping=["FIELD_IN_FIELD"], motion_management=["DIBH"], image_guidance="CBCT", image_guidance_reviewed_by_physician=True,
    )
    assert (r.status, r.level) == ("RECOMMENDED", 3)
    assert [(c.concept_code, c.role) for c in r.codes] == [("77412", "PRIMARY"), ("77387", "ADD_ON")]
    path = r.decision_path.to_frame()
    assert list(path.columns) == ["question", "answer", "outcome", "criterion_id", "rule_id"]
    assert path.outcome.str.contains("Level 3: 77412").any()


def test_claim_lines_to_procedure_occurrence_rows_in_batches() -> None:
    counting = Counting()
    lines = [{"line_id": str(i), "encounter_id": f"e{i}", "code": "77412", "date_of_service": "2026-01-06"} for i in range(10_001)]
    lines[0] = {"line_id": "0", "encounter_id": "e0", "code": "77A12", "date_of_service": "2026-01-06"}
    seen = []
    with Client(URL, transport=counting, timeout=120) as c:
        mapped = c.map_claim_lines(lines, progress=seen.append)
    assert counting.requests == 2 and seen == [10_000, 10_001]
    assert mapped.summary["lines"] == 10_001 and mapped.summary["rejected"] == 1
    frame = mapped.to_frame()
    assert frame.columns[:4].tolist() == ["line_number", "line_id", "person_id", "procedure_concept_id"]
    assert frame.line_number.tolist() == list(range(2, 10_002))
    assert (frame.procedure_concept_id == 2211867).all()
    assert (frame.cdm_table == "PROCEDURE_OCCURRENCE").all()
    assert mapped.summary["tables"] == [{"table": "PROCEDURE_OCCURRENCE", "rows": 10_000}]
    assert mapped.provenance["knowledgePackVersion"].startswith("sha256:")
    assert mapped.lines.to_frame().loc[0, "status"] == "REJECTED"
    assert isinstance(mapped.flag_counts, pd.Series)


def test_claim_rows_go_to_the_table_of_their_domain_with_their_provenance(client: Client) -> None:
    mapped = client.map_claim_lines([
        {"code": "77770", "date_of_service": "2026-02-03", "visit_occurrence_id": "71"},
        {"code": "C1717", "date_of_service": "2026-02-03", "units": 10, "procedure_type_concept_id": "32817"},
    ])
    frame = mapped.to_frame()
    assert frame.cdm_table.tolist() == ["PROCEDURE_OCCURRENCE", "DEVICE_EXPOSURE"]
    assert frame.visit_occurrence_id.tolist()[0] == "71"
    assert frame.procedure_type_concept_id.tolist()[1] == 32817
    assert any("32817" in w for w in mapped.warnings)
