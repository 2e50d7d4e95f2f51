import { parseConceptId } from '../../api/concept-id.js';
import { connection, pageWindow } from '../../api/pagination.js';
import { todayUtc } from '../../dates.js';
import { badInput, checkListSize } from '../../errors.js';
import type {
  ConceptInReleaseResolvers,
  ConceptResolvers,
  ImpactedConceptResolvers,
  QueryResolvers,
  ReleaseChangeResolvers,
  SourceCodeImpactResolvers,
  VocabularyReleaseResolvers,
} from '../../generated/graphql.js';
import type { ReleaseChangeKind } from '../../graph/release-changes.js';
import type { RequestContext } from '../request-context.js';
import { cdmTableOf } from '../claims/cdm-rows.js';
import type { ConceptRecord } from '../../graph/concept.js';
import { MAX_EXPANSION_SIZE, resolveConceptSet, type ExpandedItem } from '../concept-sets/concept-set.js';
import { MAX_CONCEPT_SET_ITEMS } from '../concept-sets/concept-set-resolvers.js';
import { resolveMapping } from '../mapping/chain-resolution.js';
import { conceptAsOf, descendantsAsOf, mappedAsOf, type ConceptThen } from './as-of-release.js';
import type { ImpactedConceptRecord, ReleaseChangeRecord, ReleaseRecord, SourceCodeImpactRecord } from './release-records.js';

const MAX_SOURCE_CODES = 1_000;

/** The releases with their order, and the two asked checked: both loaded, `from` before `to`. */
async function window(ctx: RequestContext, from: string, to: string) {
  const releases = await ctx.repositories.releases.releases();
  const find = (id: string, argument: string) => {
    const release = releases.find((r) => r.releaseId === id);
    if (!release)
      throw badInput(`${argument}: no release '${id}' in this database (loaded: ${releases.map((r) => `'${r.releaseId}'`).join(', ') || 'none'})`, argument);
    return release;
  };
  const a = find(from, 'from');
  const b = find(to, 'to');
  if (a.seq >= b.seq) throw badInput(`from ('${from}') must be a release loaded before to ('${to}')`, 'from');
  const seq = Object.fromEntries(releases.map((r) => [r.releaseId, r.seq]));
  /** The releases after `r` (whose changes are undone to see `r`). */
  const after = (r: ReleaseRecord) => releases.filter((x) => x.seq > r.seq).map((x) => x.releaseId);
  const current = releases.find((r) => r.current) ?? null;
  return { releases, from: a, to: b, seq, seqOf: (id: string) => seq[id] ?? 0, after, current };
}

/** The stored type of 'Maps to' (the catalogue's, never user text). */
async function mapsToType(ctx: RequestContext): Promise<string | null> {
  const plan = (await ctx.relationshipCatalogue()).get('Maps to');
  return plan && !plan.storedReversed ? plan.neo4jType : null;
}

/** Concepts as they were in a release (null where absent then). */
async function conceptsAt(
  ctx: RequestContext,
  ids: readonly number[],
  releaseAfter: readonly string[],
  seqOf: (id: string) => number,
  currentId: string | null,
) {
  const [now, changes] = await Promise.all([
    ctx.repositories.releases.conceptsNow(ids, currentId, await mapsToType(ctx)),
    ctx.repositories.releases.conceptChanges(ids),
  ]);
  const later = new Set(releaseAfter);
  const result = new Map<number, ConceptThen | null>();
  for (const id of ids) {
    const record = now.get(id);
    result.set(
      id,
      record
        ? conceptAsOf(
            record,
            changes.filter((c) => c.conceptId === id && later.has(c.toRelease)),
            seqOf,
          )
        : null,
    );
  }
  return result;
}

const ENTER_ORDER: ReleaseChangeKind[] = [
  'CONCEPT_ADDED',
  'CONCEPT_REVIVED',
  'STANDARD_CHANGED',
  'DOMAIN_CHANGED',
  'ANCESTRY_CHANGED',
  'RELATIONSHIP_ADDED',
  'RELATIONSHIP_REMOVED',
];
const LEAVE_ORDER: ReleaseChangeKind[] = [
  'CONCEPT_REMOVED',
  'CONCEPT_DEPRECATED',
  'STANDARD_CHANGED',
  'DOMAIN_CHANGED',
  'ANCESTRY_CHANGED',
  'RELATIONSHIP_REMOVED',
  'RELATIONSHIP_ADDED',
];
const CHANGED_KINDS: ReleaseChangeKind[] = ['CONCEPT_DEPRECATED', 'CONCEPT_REVIVED', 'STANDARD_CHANGED', 'DOMAIN_CHANGED'];

const shown = (value: string | null) => (value === null ? 'empty' : `'${value}'`);

function describe(change: ReleaseChangeRecord, changes: readonly ReleaseChangeRecord[]): string {
  const in_ = `in release '${change.toRelease}'`;
  switch (change.kind) {
    case 'CONCEPT_ADDED':
      return `new ${in_}`;
    case 'CONCEPT_REMOVED':
      return `absent from release '${change.toRelease}' (not in its CONCEPT rows; not a deprecation)`;
    case 'CONCEPT_DEPRECATED': {
      const replacement = changes.find((c) => c.kind === 'RELATIONSHIP_ADDED' && c.relationshipId === 'Concept replaced by');
      return `deprecated ${in_} (invalid_reason ${shown(change.after)})${replacement ? `, replaced by concept ${replacement.otherConceptId}` : ''}`;
    }
    case 'CONCEPT_REVIVED':
      return `valid again ${in_} (invalid_reason was ${shown(change.before)})`;
    case 'STANDARD_CHANGED':
      return `standard_concept ${shown(change.before)} -> ${shown(change.after)} ${in_}`;
    case 'DOMAIN_CHANGED':
      return `domain ${shown(change.before)} -> ${shown(change.after)} ${in_}`;
    case 'ANCESTRY_CHANGED':
      return change.after !== null ? `gained ancestor ${change.otherConceptId} ${in_}` : `lost ancestor ${change.otherConceptId} ${in_}`;
    case 'RELATIONSHIP_ADDED':
      return `'${change.relationshipId}' row to ${change.otherConceptId} added ${in_}`;
    case 'RELATIONSHIP_REMOVED':
      return `'${change.relationshipId}' row to ${change.otherConceptId} removed ${in_}`;
    default:
      return `${change.kind.toLowerCase().replaceAll('_', ' ')} ${in_}`;
  }
}

function explain(
  conceptId: number,
  changes: readonly ReleaseChangeRecord[],
  order: readonly ReleaseChangeKind[],
  itemIds: ReadonlySet<number>,
): ImpactedConceptRecord {
  const own = changes.filter((c) => c.conceptId === conceptId && (c.kind !== 'ANCESTRY_CHANGED' || itemIds.has(c.otherConceptId ?? -1)));
  for (const kind of order) {
    const change = own.find((c) => c.kind === kind);
    if (change) return { conceptId, change: kind, reason: describe(change, own) };
  }
  // Nothing of its own changed: its mapping target or an item did.
  return {
    conceptId,
    change: order === ENTER_ORDER ? 'RELATIONSHIP_ADDED' : 'RELATIONSHIP_REMOVED',
    reason: 'its place in the expansion follows a change of a concept it maps to',
  };
}

const releaseImpact: QueryResolvers['releaseImpact'] = async (_parent, args, ctx) => {
  const w = await window(ctx, args.from, args.to);
  const fromAfter = w.after(w.from);
  const toAfter = w.after(w.to);
  const items = (args.conceptSet ?? []).map((item, index) => ({
    conceptId: parseConceptId(item.conceptId, `conceptSet[${index}].conceptId`),
    includeDescendants: item.includeDescendants ?? false,
    includeMapped: item.includeMapped ?? false,
    isExcluded: item.isExcluded ?? false,
  }));
  checkListSize('conceptSet', items.length, MAX_CONCEPT_SET_ITEMS);
  checkListSize('sourceCodes', args.sourceCodes?.length ?? 0, MAX_SOURCE_CODES);

  let entered: ImpactedConceptRecord[] = [];
  let left: ImpactedConceptRecord[] = [];
  let changed: ImpactedConceptRecord[] = [];
  if (items.length) {
    const expansion = await ctx.repositories.conceptSets.expand(items, MAX_EXPANSION_SIZE);
    // Each item with its expansion now; an id the graph does not hold is bad input.
    const now = items.map((item, index) => {
      const expanded = expansion[index];
      if (!expanded) throw badInput(`conceptSet[${index}].conceptId: no concept ${item.conceptId} in the graph`, `conceptSet[${index}].conceptId`);
      return { item, expanded };
    });
    const itemIds = items.map((i) => i.conceptId);
    const ancestry = await ctx.repositories.releases.changesTo(itemIds, fromAfter, ['ANCESTRY_CHANGED'], null);
    const targets = [...new Set(now.flatMap(({ item, expanded }) => (item.includeMapped ? [expanded.conceptId, ...expanded.descendants] : [])))];
    const maps = targets.length ? await ctx.repositories.releases.changesTo(targets, fromAfter, ['RELATIONSHIP_ADDED', 'RELATIONSHIP_REMOVED'], 'Maps to') : [];
    const expansionAt = (later: readonly string[]) => {
      const laterSet = new Set(later);
      const expanded: ExpandedItem[] = now.map(({ item: input, expanded: item }) => {
        const own = ancestry.filter((c) => c.otherConceptId === item.conceptId && c.conceptId !== item.conceptId && laterSet.has(c.toRelease));
        const descendants = input.includeDescendants ? descendantsAsOf(item.descendants, own, w.seqOf) : [];
        const reach = new Set([item.conceptId, ...descendants]);
        const mapped = input.includeMapped
          ? mappedAsOf(
              item.mapped,
              maps.filter((c) => reach.has(c.otherConceptId ?? -1) && laterSet.has(c.toRelease)),
              w.seqOf,
            )
          : [];
        return { conceptId: item.conceptId, isExcluded: item.isExcluded, descendants, mapped };
      });
      return new Set(resolveConceptSet(expanded, MAX_EXPANSION_SIZE));
    };
    const before = expansionAt(fromAfter);
    const after = expansionAt(toAfter);
    const enteredIds = [...after].filter((id) => !before.has(id)).sort((a, b) => a - b);
    const leftIds = [...before].filter((id) => !after.has(id)).sort((a, b) => a - b);
    const stayed = [...after].filter((id) => before.has(id));
    const window_ = new Set(fromAfter.filter((id) => !toAfter.includes(id)));
    const all = (await ctx.repositories.releases.conceptChanges([...enteredIds, ...leftIds, ...stayed])).filter((c) => window_.has(c.toRelease));
    const itemSet = new Set(itemIds);
    entered = enteredIds.map((id) => explain(id, all, ENTER_ORDER, itemSet));
    left = leftIds.map((id) => explain(id, all, LEAVE_ORDER, itemSet));
    changed = stayed
      .sort((a, b) => a - b)
      .flatMap((id) => {
        const own = all.filter((c) => c.conceptId === id && CHANGED_KINDS.includes(c.kind));
        const [first] = own;
        return first ? [{ conceptId: id, change: first.kind, reason: own.map((c) => describe(c, all)).join('; ') }] : [];
      });
  }

  const sourceCodes: SourceCodeImpactRecord[] = [];
  const codes = args.sourceCodes ?? [];
  if (codes.length) {
    const concepts = await ctx.loaders.concepts.byCode.loadMany(codes.map((c) => ({ vocabularyId: c.vocabularyId, conceptCode: c.conceptCode })));
    const ids = concepts.filter((c): c is ConceptRecord => c !== null && !(c instanceof Error)).map((c) => c.conceptId);
    const [atFrom, atTo] = await Promise.all([
      conceptsAt(ctx, ids, fromAfter, w.seqOf, w.current?.releaseId ?? null),
      conceptsAt(ctx, ids, toAfter, w.seqOf, w.current?.releaseId ?? null),
    ]);
    const targetsOf = (id: number, then: ConceptThen | null | undefined) =>
      !then ? [] : then.mapsTo.length ? then.mapsTo : then.standardConcept === 'S' ? [id] : [];
    const targetIds = [...new Set(ids.flatMap((id) => [...targetsOf(id, atFrom.get(id)), ...targetsOf(id, atTo.get(id))]))];
    const [targetsFrom, targetsTo] = await Promise.all([
      conceptsAt(ctx, targetIds, fromAfter, w.seqOf, w.current?.releaseId ?? null),
      conceptsAt(ctx, targetIds, toAfter, w.seqOf, w.current?.releaseId ?? null),
    ]);
    for (const [index, code] of codes.entries()) {
      const concept = concepts[index];
      const key = { vocabularyId: code.vocabularyId, conceptCode: code.conceptCode };
      if (!concept || concept instanceof Error) {
        sourceCodes.push({ code: key, before: [], after: [], status: 'NO_STANDARD_TARGET', tableBefore: null, tableAfter: null, changed: false });
        continue;
      }
      const beforeIds = targetsOf(concept.conceptId, atFrom.get(concept.conceptId));
      let afterIds = targetsOf(concept.conceptId, atTo.get(concept.conceptId));
      let status: SourceCodeImpactRecord['status'] = afterIds.length ? 'STANDARD' : 'NO_STANDARD_TARGET';
      let afterRecords: ConceptRecord[] | null = null;
      if (w.to.current && atTo.get(concept.conceptId)) {
        // The later release is the graph now: the full resolution, replacement chains followed.
        const asOf = todayUtc();
        const hops =
          concept.standardConcept === 'S' ? new Map() : await ctx.loaders.mapping.neighbourhood.load({ conceptId: concept.conceptId, args: { asOf } });
        const resolution = resolveMapping(concept, hops, asOf);
        status = resolution.status;
        afterRecords = resolution.targets;
        afterIds = resolution.targets.map((t) => t.conceptId);
      }
      const load = async (list: number[]) =>
        (await ctx.loaders.concepts.byId.loadMany(list)).filter((c): c is ConceptRecord => c !== null && !(c instanceof Error));
      const domainAt = (id: number | undefined, at: Map<number, ConceptThen | null>) => (id === undefined ? null : (at.get(id)?.domainId ?? null));
      const tableBefore = beforeIds.length ? cdmTableOf(domainAt(beforeIds[0], targetsFrom)).table : null;
      const tableAfter = afterIds.length ? cdmTableOf(afterRecords?.[0]?.domainId ?? domainAt(afterIds[0], targetsTo)).table : null;
      sourceCodes.push({
        code: key,
        before: await load(beforeIds),
        after: afterRecords ?? (await load(afterIds)),
        status,
        tableBefore,
        tableAfter,
        changed: tableBefore !== tableAfter || [...beforeIds].sort().join(',') !== [...afterIds].sort().join(','),
      });
    }
  }
  return { from: w.from, to: w.to, entered, left, changed, sourceCodes };
};

const releaseChanges: QueryResolvers['releaseChanges'] = async (_parent, args, ctx) => {
  const w = await window(ctx, args.from, args.to);
  const page = pageWindow(args);
  const toAfter = new Set(w.after(w.to));
  const releaseIds = w.after(w.from).filter((id) => !toAfter.has(id));
  const filter = args.filter ?? {};
  const { page: items, total } = await ctx.repositories.releases.changes(
    {
      releaseIds,
      seq: w.seq,
      kinds: filter.kinds?.length ? [...filter.kinds] : null,
      conceptIds: filter.conceptIds?.length ? filter.conceptIds.map((id, i) => parseConceptId(id, `filter.conceptIds[${i}]`)) : null,
      vocabularyIds: filter.vocabularyIds?.length ? [...filter.vocabularyIds] : null,
      domainIds: filter.domainIds?.length ? [...filter.domainIds] : null,
    },
    page.offset,
    page.limit,
  );
  return connection(items, page, total);
};

const inRelease: ConceptResolvers['inRelease'] = async (concept, args, ctx) => {
  const releases = await ctx.repositories.releases.releases();
  const release = releases.find((r) => r.releaseId === args.releaseId);
  if (!release) throw badInput(`releaseId: no release '${args.releaseId}' in this database`, 'releaseId');
  const seqOf = (id: string) => releases.find((r) => r.releaseId === id)?.seq ?? 0;
  const later = releases.filter((r) => r.seq > release.seq).map((r) => r.releaseId);
  const current = releases.find((r) => r.current)?.releaseId ?? null;
  const then = (await conceptsAt(ctx, [concept.conceptId], later, seqOf, current)).get(concept.conceptId);
  if (!then || then.validStartDate === null || then.validEndDate === null) return null;
  const mapsToIds = then.mapsTo.length ? then.mapsTo : then.standardConcept === 'S' ? [concept.conceptId] : [];
  return { ...then, validStartDate: then.validStartDate, validEndDate: then.validEndDate, releaseId: release.releaseId, mapsToIds };
};

const conceptReleaseChanges: ConceptResolvers['releaseChanges'] = async (concept, _args, ctx) => {
  const [changes, releases] = await Promise.all([ctx.repositories.releases.conceptChanges([concept.conceptId]), ctx.repositories.releases.releases()]);
  const seq = new Map(releases.map((r) => [r.releaseId, r.seq]));
  const ordered = changes.flatMap((c) => {
    const at = seq.get(c.toRelease);
    return at === undefined ? [] : [{ change: c, at }];
  });
  return ordered.sort((a, b) => a.at - b.at).map(({ change }) => change);
};

const loadConcepts = async (ctx: RequestContext, ids: readonly number[]) =>
  (await ctx.loaders.concepts.byId.loadMany(ids)).filter((c): c is ConceptRecord => c !== null && !(c instanceof Error));

export const releaseResolvers: {
  Query: QueryResolvers;
  Concept: ConceptResolvers;
  VocabularyRelease: VocabularyReleaseResolvers;
  ReleaseChange: ReleaseChangeResolvers;
  ConceptInRelease: ConceptInReleaseResolvers;
  ImpactedConcept: ImpactedConceptResolvers;
  SourceCodeImpact: SourceCodeImpactResolvers;
} = {
  Query: {
    vocabularyReleases: (_parent, _args, ctx) => ctx.repositories.releases.releases(),
    releaseChanges,
    releaseImpact,
  },
  Concept: { inRelease, releaseChanges: conceptReleaseChanges },
  VocabularyRelease: {
    vocabularies: async (release, _args, ctx) => {
      const catalogue = new Map((await ctx.repositories.catalogue.vocabularies()).map((v) => [v.vocabularyId, v]));
      return release.versions.map((v) => ({
        vocabularyId: v.vocabularyId,
        vocabularyName: catalogue.get(v.vocabularyId)?.vocabularyName ?? v.vocabularyId,
        vocabularyReference: catalogue.get(v.vocabularyId)?.vocabularyReference ?? null,
        vocabularyVersion: v.vocabularyVersion,
        vocabularyConceptId: catalogue.get(v.vocabularyId)?.vocabularyConceptId ?? 0,
      }));
    },
  },
  ReleaseChange: {
    concept: async (change, _args, ctx) => (await ctx.loaders.concepts.byId.load(change.conceptId)) ?? null,
  },
  ConceptInRelease: {
    mapsTo: (record, _args, ctx) => loadConcepts(ctx, record.mapsToIds),
  },
  ImpactedConcept: {
    concept: async (record, _args, ctx) => {
      const concept = await ctx.loaders.concepts.byId.load(record.conceptId);
      if (!concept) throw new Error(`concept ${record.conceptId} vanished while the impact was read`);
      return concept;
    },
  },
  SourceCodeImpact: {},
};
