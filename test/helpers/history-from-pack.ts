import type { CodeFacts, CodeHistory } from '../../src/modules/lineage/lineage-records.js';
import type { CodeKey } from '../../src/graph/code.js';
import { familyOf } from '../../src/graph/code-family.js';
import type { SeedPack } from '../../src/seed-pack/schema.js';

/**
 * The code history the repository would read from a graph loaded with `pack`, built in memory:
 * the pure lineage modules run on the real knowledge pack without a database.
 */
export function historyFromPack(pack: SeedPack): CodeHistory {
  const ref = (r: { vocabularyId: string; conceptCode: string; meaningAsOf?: string; component?: string; qualifier?: string }) => ({
    vocabularyId: r.vocabularyId,
    conceptCode: r.conceptCode,
    meaningAsOf: r.meaningAsOf ?? null,
    component: r.component ?? null,
    qualifier: r.qualifier ?? null,
  });
  return {
    events: pack.changeEvents.map((event) => ({
      changeId: event.id,
      effectiveDate: event.effectiveDate,
      kind: event.kind,
      authority: event.authority,
      summary: event.summary,
      sources: event.sources,
      confidence: event.confidence,
      note: event.note ?? null,
      from: event.from.map(ref),
      to: event.to.map((target) => ({ ...ref(target), condition: target.condition, setting: target.setting })),
    })),
    versions: pack.codeVersions.map((version) => ({ ...version, setting: version.setting ?? null, note: version.note ?? null })),
    levelCriteria: new Map(pack.criteria.levels.map((level) => [level.id, [...new Set([...level.requiresAll, ...level.requiresAny])].sort()])),
    criterionIds: new Set(pack.criteria.criteria.map((criterion) => criterion.id)),
  };
}

/** The facts the repository would read for a code of the pack. */
export function factsFromPack(pack: SeedPack, code: CodeKey): CodeFacts {
  const concept =
    pack.omopConcepts.find((row) => row.vocabulary_id === code.vocabularyId && row.concept_code === code.conceptCode) ??
    pack.localConcepts.find((row) => row.vocabulary_id === code.vocabularyId && row.concept_code === code.conceptCode);
  const family = concept ? familyOf(pack.families, code.vocabularyId, code.conceptCode) : null;
  const profile = pack.profiles.find((p) => p.vocabularyId === code.vocabularyId && p.conceptCode === code.conceptCode);
  return {
    code,
    hasConcept: concept !== undefined,
    hasStandIn: false,
    conceptName: concept ? (pack.cpt4Labels.find((l) => l.concept_code === code.conceptCode)?.label ?? null) : null,
    validStartDate: null,
    validEndDate: null,
    familyId: family?.id ?? null,
    familyName: family?.name ?? null,
    profile: profile
      ? {
          family: profile.family,
          frequency: profile.frequency,
          addOn: profile.addOn,
          addOnKind: profile.addOnKind ?? null,
          primaryCodes: (profile.primaryCodes ?? []).map((conceptCode) => ({ vocabularyId: profile.vocabularyId, conceptCode })),
          components: { ...profile.components, note: profile.components.note ?? null },
          componentChanges: profile.componentChanges.map((change) => ({
            ...change,
            into: change.into.map((conceptCode) => ({ vocabularyId: profile.vocabularyId, conceptCode })),
            setting: change.setting ?? 'all',
            note: change.note ?? null,
          })),
          pitfalls: profile.pitfalls,
          sources: profile.sources,
          confidence: profile.confidence,
          note: profile.note ?? null,
        }
      : null,
  };
}
