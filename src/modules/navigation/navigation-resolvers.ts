import { parseConceptId } from '../../api/concept-id.js';
import { toDot, toMermaid, type Diagram } from '../../api/diagram.js';
import { connection, pageWindow } from '../../api/pagination.js';
import { badInput, checkListSize, limitExceeded, LimitCode } from '../../errors.js';
import type { QueryResolvers, SubgraphEdgeResolvers } from '../../generated/graphql.js';
import type { RequestContext } from '../request-context.js';
import type { ConceptRecord } from '../../graph/concept.js';
import type { RelationshipCatalogue } from '../../graph/relationship-catalogue.js';
import type { RawPath, StoredEdge } from './navigation-repository.js';
import type { ConceptPathRecord, SubgraphEdgeRecord } from './navigation-records.js';
import { checkDepth, compareSequences, reverseIdOf, traversalPlan, type TraversalPlan } from './traversal.js';

export const MAX_COMMON_ANCESTOR_INPUTS = 100;
export const DEFAULT_PATH_DEPTH = 4;
export const MAX_PATH_DEPTH = 6;
export const MAX_PATHS = 100;
export const DEFAULT_NEIGHBOURHOOD_DEPTH = 1;
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_NEIGHBOURHOOD_NODES = 200;
const MAX_RELATIONSHIP_IDS = 100;

/** Concepts by id in the order asked; BAD_USER_INPUT naming the argument for an id the graph lacks. */
async function requireConcepts(context: RequestContext, ids: readonly number[], argument: string): Promise<ConceptRecord[]> {
  const found = await context.loaders.concepts.byId.loadMany(ids);
  return found.map((record, index) => {
    if (record instanceof Error) throw record;
    if (record === null) throw badInput(`${argument}: no concept ${ids[index]} in the graph`, argument);
    return record;
  });
}

const commonAncestors: QueryResolvers['commonAncestors'] = async (_parent, args, context) => {
  checkListSize('conceptIds', args.conceptIds.length, MAX_COMMON_ANCESTOR_INPUTS);
  if (args.conceptIds.length === 0) throw badInput('conceptIds must name at least one concept', 'conceptIds');
  const window = pageWindow(args);
  const ids = [...new Set(args.conceptIds.map((id) => parseConceptId(id, 'conceptIds')))];
  await requireConcepts(context, ids, 'conceptIds');
  const { total, page } = await context.repositories.navigation.commonAncestors(ids, window);
  return connection(page, window, total);
};

/** A path as the client reads it: each stored edge named by the id it reads as in the walk. */
function readPath(raw: RawPath, catalogue: RelationshipCatalogue): ConceptPathRecord {
  // A path of n edges has n + 1 concepts: edge i joins concepts i and i + 1.
  const steps = raw.edges.flatMap((edge, index) => {
    const from = raw.concepts[index];
    const to = raw.concepts[index + 1];
    if (!from || !to) return [];
    const forward = edge.from === from.conceptId;
    return {
      from,
      to,
      relationshipId: forward ? edge.relationshipId : reverseIdOf(catalogue, edge.relationshipId),
      validStartDate: edge.validStartDate,
      validEndDate: edge.validEndDate,
      invalidReason: edge.invalidReason,
    };
  });
  return { length: steps.length, concepts: raw.concepts, steps };
}

async function planFor(
  context: RequestContext,
  relationshipIds: readonly string[] | null | undefined,
): Promise<{ catalogue: RelationshipCatalogue; plan: TraversalPlan }> {
  if (relationshipIds) checkListSize('relationshipIds', relationshipIds.length, MAX_RELATIONSHIP_IDS);
  const catalogue = await context.relationshipCatalogue();
  return { catalogue, plan: traversalPlan(catalogue, relationshipIds) };
}

const paths: QueryResolvers['paths'] = async (_parent, args, context) => {
  const from = parseConceptId(args.fromConceptId, 'fromConceptId');
  const to = parseConceptId(args.toConceptId, 'toConceptId');
  const maxDepth = checkDepth('maxDepth', args.maxDepth, DEFAULT_PATH_DEPTH, MAX_PATH_DEPTH);
  const { catalogue, plan } = await planFor(context, args.relationshipIds);
  const [start] = await requireConcepts(context, [from], 'fromConceptId');
  await requireConcepts(context, [to], 'toConceptId');
  if (from === to && start) return [{ length: 0, concepts: [start], steps: [] }];
  const found = await context.repositories.navigation.shortestPaths(from, to, plan, maxDepth, MAX_PATHS + 1);
  if (found.length > MAX_PATHS) {
    throw limitExceeded(
      LimitCode.RESULT_SIZE_LIMIT_EXCEEDED,
      `more than ${MAX_PATHS} shortest paths join these concepts; choose fewer relationshipIds`,
      MAX_PATHS,
      found.length,
      'relationshipIds',
    );
  }
  const read = found.map((raw) => readPath(raw, catalogue));
  const key = (path: ConceptPathRecord) => [...path.concepts.map((c) => c.conceptId), ...path.steps.map((s) => s.relationshipId)];
  return read.sort((a, b) => compareSequences(key(a), key(b)));
};

/** An edge in the direction of an id the client chose (the stored one when both read). */
function readEdge(edge: StoredEdge, plan: TraversalPlan, catalogue: RelationshipCatalogue): SubgraphEdgeRecord {
  const forward = plan.forward.includes(edge.type);
  return {
    fromConceptId: forward ? edge.from : edge.to,
    toConceptId: forward ? edge.to : edge.from,
    relationshipId: forward ? edge.relationshipId : reverseIdOf(catalogue, edge.relationshipId),
    validStartDate: edge.validStartDate,
    validEndDate: edge.validEndDate,
    invalidReason: edge.invalidReason,
  };
}

function diagramLabel(concept: ConceptRecord): string {
  const name = concept.conceptName.length > 60 ? `${concept.conceptName.slice(0, 57)}...` : concept.conceptName;
  return `${concept.vocabularyId} ${concept.conceptCode}: ${name}`;
}

const neighbourhood: QueryResolvers['neighbourhood'] = async (_parent, args, context) => {
  const centre = parseConceptId(args.conceptId, 'conceptId');
  const depth = checkDepth('depth', args.depth, DEFAULT_NEIGHBOURHOOD_DEPTH, MAX_NEIGHBOURHOOD_DEPTH);
  const { catalogue, plan } = await planFor(context, args.relationshipIds);
  await requireConcepts(context, [centre], 'conceptId');

  // Breadth first, one query per level, so a hub costs its distinct neighbours, not its paths.
  const kept = [centre];
  let frontier = [centre];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const room = MAX_NEIGHBOURHOOD_NODES - kept.length;
    const next = await context.repositories.navigation.neighbours(frontier, kept, plan, room + 1);
    truncated = next.length > room;
    frontier = next.slice(0, room);
    kept.push(...frontier);
  }

  const nodes = await requireConcepts(context, kept, 'conceptId');
  const edges = (await context.repositories.navigation.edgesBetween(kept, plan))
    .map((edge) => readEdge(edge, plan, catalogue))
    .sort((a, b) => compareSequences([a.fromConceptId, a.toConceptId, a.relationshipId], [b.fromConceptId, b.toConceptId, b.relationshipId]));
  const diagram: Diagram = {
    nodes: nodes.map((node) => ({ id: String(node.conceptId), label: diagramLabel(node) })),
    edges: edges.map((edge) => ({ from: String(edge.fromConceptId), to: String(edge.toConceptId), label: edge.relationshipId })),
  };
  return { nodes, edges, truncated, nodeLimit: MAX_NEIGHBOURHOOD_NODES, mermaid: toMermaid(diagram), dot: toDot(diagram, `neighbourhood of ${centre}`) };
};

export const navigationResolvers: { Query: QueryResolvers; SubgraphEdge: SubgraphEdgeResolvers } = {
  Query: { commonAncestors, paths, neighbourhood },
  SubgraphEdge: {
    fromConceptId: (edge) => String(edge.fromConceptId),
    toConceptId: (edge) => String(edge.toConceptId),
  },
};
