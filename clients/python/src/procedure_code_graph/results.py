"""Typed results. Every list converts to a pandas DataFrame with OMOP's column names."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Dict, Generic, Iterable, List, Optional, Sequence, Type, TypeVar

import pandas as pd

T = TypeVar("T")


class Results(List[T], Generic[T]):
    """A list of results that knows its columns, how many items the service holds in all
    (`total_count`, when it says) and whether this list stops short of them (`truncated`)."""

    def __init__(self, items: Iterable[T], item_type: Type[Any], total_count: Optional[int] = None):
        super().__init__(items)
        self.item_type = item_type
        self.total_count = total_count if total_count is not None else len(self)
        self.truncated = self.total_count > len(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per item; the right columns even when there is none."""
        columns = [f.name for f in fields(self.item_type) if f.metadata.get("column", True)]
        return pd.DataFrame([{name: getattr(item, name) for name in columns} for item in self], columns=columns)


def _col(**metadata: Any) -> Any:
    return field(default=None, metadata=metadata)


@dataclass(frozen=True)
class Concept:
    concept_id: int
    concept_name: str
    domain_id: Optional[str] = None
    vocabulary_id: Optional[str] = None
    concept_class_id: Optional[str] = None
    standard_concept: Optional[str] = None
    concept_code: Optional[str] = None
    valid_start_date: Optional[str] = None
    valid_end_date: Optional[str] = None
    invalid_reason: Optional[str] = None
    name_source: Optional[str] = None

    @staticmethod
    def from_api(node: Dict[str, Any]) -> "Concept":
        return Concept(
            concept_id=int(node["conceptId"]),
            concept_name=node.get("conceptName", ""),
            domain_id=node.get("domainId"),
            vocabulary_id=node.get("vocabularyId"),
            concept_class_id=node.get("conceptClassId"),
            standard_concept=node.get("standardConcept"),
            concept_code=node.get("conceptCode"),
            valid_start_date=node.get("validStartDate"),
            valid_end_date=node.get("validEndDate"),
            invalid_reason=node.get("invalidReason"),
            name_source=node.get("nameSource"),
        )


@dataclass(frozen=True)
class Relationship:
    """One CONCEPT_RELATIONSHIP row read from `concept_id_1`, with the other concept's identity."""

    concept_id_1: int
    relationship_id: str
    concept_id_2: int
    concept_name_2: str
    vocabulary_id_2: Optional[str]
    concept_code_2: Optional[str]
    valid_start_date: Optional[str]
    valid_end_date: Optional[str]
    invalid_reason: Optional[str]


@dataclass(frozen=True)
class Ancestry:
    """One CONCEPT_ANCESTOR row, with the other concept's identity."""

    ancestor_concept_id: int
    descendant_concept_id: int
    min_levels_of_separation: int
    max_levels_of_separation: int
    concept_name: str
    vocabulary_id: Optional[str]
    concept_code: Optional[str]


@dataclass(frozen=True)
class MappingHop:
    concept_id_1: int
    relationship_id: str
    concept_id_2: int
    valid_start_date: Optional[str]
    valid_end_date: Optional[str]
    invalid_reason: Optional[str]


@dataclass(frozen=True)
class Mapping:
    """Where 'Maps to' and the replacement chain lead, as of a date."""

    concept_id: int
    status: str
    targets: Results[Concept]
    hops: Results[MappingHop]


@dataclass(frozen=True)
class LineageStep:
    from_vocabulary_id: str
    from_concept_code: str
    to_vocabulary_id: str
    to_concept_code: str
    effective_date: str
    kind: str
    condition: Optional[str]
    site_of_service: Optional[str]
    generation: int
    direction: str
    authority: Optional[str]
    confidence: Optional[str]
    sources: str


@dataclass(frozen=True)
class Lineage:
    vocabulary_id: str
    concept_code: str
    steps: Results[LineageStep]
    mermaid: str
    dot: str

    def to_frame(self) -> pd.DataFrame:
        return self.steps.to_frame()

    def _repr_markdown_(self) -> str:
        """Jupyter draws the lineage (JupyterLab renders Mermaid in Markdown)."""
        return f"```mermaid\n{self.mermaid}\n```"


@dataclass(frozen=True)
class Successor:
    vocabulary_id: str
    concept_code: str
    effective_date: Optional[str]
    condition: Optional[str]
    criteria: str


@dataclass(frozen=True)
class CodeOnDate:
    vocabulary_id: str
    concept_code: str
    date: str
    known: bool
    valid: bool
    meaning: Optional[str]
    valid_from: Optional[str]
    valid_to: Optional[str]
    family: Optional[str]
    confidence: Optional[str]
    note: Optional[str]
    warnings: List[str] = _col(column=False)
    successors: Results[Successor] = _col(column=False)
    equivalents_at_site: Results[Successor] = _col(column=False)


@dataclass(frozen=True)
class CodeChange:
    change_id: str
    effective_date: str
    kind: str
    from_codes: str
    to_codes: str
    summary: str
    authority: Optional[str]
    confidence: Optional[str]
    sources: str


@dataclass(frozen=True)
class RecommendedCode:
    vocabulary_id: str
    concept_code: str
    role: str
    reason: str


@dataclass(frozen=True)
class DecisionStep:
    question: str
    answer: str
    outcome: Optional[str]
    criterion_id: Optional[str]
    rule_id: Optional[str]


@dataclass(frozen=True)
class Recommendation:
    status: str
    level: Optional[int]
    codes: Results[RecommendedCode]
    criteria_met: List[str]
    decision_path: Results[DecisionStep]
    warnings: List[str]
    missing_facts: List[str]


@dataclass(frozen=True)
class ProcedureOccurrenceRow:
    """A CDM row of a claim line, named after PROCEDURE_OCCURRENCE's columns, with the line it came
    from and the table it belongs to (`cdm_table`: PROCEDURE_OCCURRENCE, DEVICE_EXPOSURE, ...)."""

    line_number: int
    line_id: Optional[str]
    person_id: Optional[str]
    procedure_concept_id: int
    procedure_date: str
    quantity: int
    modifier_concept_id: int
    procedure_source_value: str
    procedure_source_concept_id: int
    modifier_source_value: Optional[str]
    cdm_table: str
    procedure_end_date: Optional[str]
    procedure_type_concept_id: int
    visit_occurrence_id: Optional[str]
    provider_id: Optional[str]


@dataclass(frozen=True)
class ClaimLine:
    line_number: int
    line_id: Optional[str]
    status: str
    flags: str
    family: Optional[str]
    messages: str
    rows: int


@dataclass(frozen=True)
class ClaimMapping:
    lines: Results[ClaimLine]
    rows: Results[ProcedureOccurrenceRow]
    summary: Dict[str, Any]
    #: What concerns a request rather than a line (the Type Concept the rows got), request by request.
    warnings: List[str]
    #: The vocabulary release, knowledge-pack version and service version the rows were mapped with.
    provenance: Dict[str, Any]

    @property
    def flag_counts(self) -> pd.Series:
        """How many lines carry each flag, as the service counted them."""
        counts = {item["flag"]: item["count"] for item in self.summary.get("flags", [])}
        return pd.Series(counts, name="lines", dtype="int64")

    def to_frame(self) -> pd.DataFrame:
        """The PROCEDURE_OCCURRENCE rows."""
        return self.rows.to_frame()


def as_dict(value: Any) -> Dict[str, Any]:
    return asdict(value)


def joined(values: Sequence[str]) -> str:
    return "|".join(values)
