/**
 * The rule set built straight from a parsed knowledge pack, as the repository reads it from the
 * graph after a seed load (same records, same order: an integration test holds the two equal).
 * The service always reads the graph; this serves the fast unit tests of the engine and the pack
 * check that the worked examples follow from the rules.
 */
import type { SeedPack } from '../../seed-pack/schema.js';
import { codeKey } from '../../graph/code.js';
import type { CodeVersionRecord, RuleSet } from './rule-set.js';

/** Strings in Cypher's ORDER BY order (by code point), not the locale's. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function ruleSetFromPack(pack: SeedPack): RuleSet {
  const { criteria } = pack;
  const cpt = (conceptCode: string) => ({ vocabularyId: 'CPT4', conceptCode });
  // As the repository reads them: the versions of the codes a rule can answer with (a level's,
  // an add-on rule's, a prior-coding choice's, an excluded modality's route), by code and date.
  const answered = new Set(
    [
      ...criteria.levels,
      ...criteria.addOnRules,
      ...criteria.priorCoding.flatMap((r) => r.choices),
      ...criteria.scope.excludedModalities.flatMap((m) => m.codes),
    ].map(codeKey),
  );
  const codeVersions = new Map<string, CodeVersionRecord[]>();
  const versions = pack.codeVersions.filter((version) => answered.has(codeKey(version)));
  for (const version of versions.sort((a, b) => byCodePoint(codeKey(a), codeKey(b)) || byCodePoint(a.validFrom, b.validFrom))) {
    const key = codeKey(version);
    codeVersions.set(key, [...(codeVersions.get(key) ?? []), { validFrom: version.validFrom, validTo: version.validTo, meaning: version.meaning }]);
  }
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    criteria: new Map(
      byId(criteria.criteria).map((c) => [
        c.id,
        {
          criterionId: c.id,
          name: c.name,
          definition: c.definition,
          role: c.role,
          when: c.when,
          sources: c.sources,
          confidence: c.confidence,
          note: c.note ?? null,
        },
      ]),
    ),
    techniques: new Map(
      byId(criteria.techniques).map((t) => [
        t.id,
        { techniqueId: t.id, name: t.name, satisfies: [...t.satisfies].sort(), sources: t.sources, confidence: t.confidence, note: t.note ?? null },
      ]),
    ),
    exclusions: byId(criteria.exclusions).map((x) => ({
      exclusionId: x.id,
      statement: x.statement,
      doesNotSatisfy: [...x.doesNotSatisfy].sort(),
      excludesLevels: [...x.excludesLevels].sort(),
      techniques: [...x.techniques].sort(),
      when: x.when ?? null,
      sources: x.sources,
      confidence: x.confidence,
      note: x.note ?? null,
    })),
    levels: [...criteria.levels]
      .sort((a, b) => b.level - a.level)
      .map((l) => ({
        levelId: l.id,
        level: l.level,
        code: { vocabularyId: l.vocabularyId, conceptCode: l.conceptCode },
        effectiveFrom: l.effectiveFrom,
        summary: l.summary,
        requiresAll: l.requiresAll,
        requiresAny: l.requiresAny,
        excludedBy: l.excludedBy,
        sources: l.sources,
      })),
    addOnRules: byId(criteria.addOnRules).map((r) => ({
      ruleId: r.id,
      statement: r.statement,
      code: { vocabularyId: r.vocabularyId, conceptCode: r.conceptCode },
      effectiveFrom: r.effectiveFrom,
      component: r.component,
      when: r.when,
      sources: r.sources,
      confidence: r.confidence,
      note: r.note ?? null,
    })),
    // The repository's order (Cypher's ORDER BY): by validFrom, setting, then id.
    priorCoding: [...criteria.priorCoding]
      .sort((a, b) => byCodePoint(a.validFrom, b.validFrom) || byCodePoint(a.setting, b.setting) || byCodePoint(a.id, b.id))
      .map((r) => ({
        ruleId: r.id,
        validFrom: r.validFrom,
        validTo: r.validTo,
        setting: r.setting,
        role: r.role,
        service: r.service,
        when: r.when,
        decidedBy: r.decidedBy,
        choices: r.choices,
        sources: r.sources,
        confidence: r.confidence,
        note: r.note ?? null,
      })),
    excludedModalities: byId(criteria.scope.excludedModalities).map((m) => ({
      modalityId: m.id,
      name: m.name,
      treatmentTypes: m.treatmentTypes,
      family: m.family,
      familyName: pack.families.find((f) => f.id === m.family)?.name ?? null,
      codes: m.codes,
      choice: m.choice,
      billed: m.billed,
      sources: m.sources,
      confidence: m.confidence,
      note: m.note ?? null,
    })),
    examples: byId(criteria.examples).map((e) => ({
      exampleId: e.id,
      scenario: e.scenario,
      facts: e.facts,
      expectedCodes: e.expectedCodes.map(cpt),
      expectedLevel: e.expectedLevel,
      expectedCriterion: e.expectedCriterion,
      sources: e.sources,
      note: e.note ?? null,
    })),
    codeVersions,
  };
}
