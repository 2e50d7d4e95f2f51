import type { Graph } from '../../db/graph.js';
import { parseCodeLabel, parseCodeRange } from '../../graph/code-family.js';
import { BillingRules, type FamilyRule, type ModifierRule, type ProfileRule } from './billing-rules.js';

const FAMILIES = `
  MATCH (f:CodeFamily)
  RETURN f.familyId AS id, coalesce(f.ranges, []) AS ranges, coalesce(f.codes, []) AS codes, f.billed AS billed
  ORDER BY id
`;

// The code a profile belongs to is a concept or its (:Code) stand-in; component changes, primary
// codes and the codes a component is bundled into keep the pack's order (their edges' positions):
// messages list them so, and changes of one date apply in that order.
const PROFILES = `
  MATCH (code)-[:HAS_BILLING_PROFILE]->(p:BillingProfile)
  RETURN code.vocabularyId AS vocabularyId, code.conceptCode AS conceptCode, p.frequency AS frequency, p.addOn AS addOn,
         {professional: p.professional, technical: p.technical, global: p.global} AS components,
         COLLECT { MATCH (p)-[r:ADD_ON_TO]->(x) RETURN x.conceptCode ORDER BY r.position } AS primaryCodes,
         COLLECT {
           MATCH (p)-[r:HAS_COMPONENT_CHANGE]->(cc:ComponentChange)
           RETURN {effectiveDate: toString(cc.effectiveDate), component: cc.component, change: cc.change, statusIndicator: cc.statusIndicator,
                   setting: coalesce(cc.setting, 'all'),
                   into: COLLECT { MATCH (cc)-[i:INTO]->(x) RETURN x.conceptCode ORDER BY i.position }} AS change
           ORDER BY r.position
         } AS componentChanges
  ORDER BY vocabularyId, conceptCode
`;

const MODIFIERS = `
  MATCH (m:Modifier)
  RETURN m.code AS code, m.vocabularyId AS vocabularyId, m.kind AS kind, m.meaning AS meaning
  ORDER BY m.position
`;

/** The only place the billing data's Cypher lives: the curated families, profiles and modifiers the knowledge pack wrote. */
export class BillingRepository {
  constructor(private readonly graph: Graph) {}

  /** The billing rules over what the graph holds (small: read whole, once per vocabulary generation by the service). */
  async rules(): Promise<BillingRules> {
    const [families, profiles, modifiers] = await Promise.all([
      this.graph.read<{ id: string; ranges: string[]; codes: string[]; billed: FamilyRule['billed'] }>(FAMILIES),
      this.graph.read<ProfileRule>(PROFILES),
      this.graph.read<ModifierRule>(MODIFIERS),
    ]);
    return new BillingRules({
      families: families.map((f) => ({ id: f.id, ranges: f.ranges.map(parseCodeRange), codes: f.codes.map(parseCodeLabel), billed: f.billed })),
      profiles,
      modifiers,
    });
  }
}
