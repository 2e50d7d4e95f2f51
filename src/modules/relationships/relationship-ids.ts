import { badInput } from '../../errors.js';
import type { RelationshipCatalogue, RelationshipPlan } from '../../graph/relationship-catalogue.js';

/**
 * The plans of the ids a client named, in the order given (duplicates dropped). An id the
 * catalogue does not hold is BAD_USER_INPUT naming the argument and the id.
 */
export function resolveRelationshipIds(catalogue: RelationshipCatalogue, ids: readonly string[], argument = 'relationshipIds'): RelationshipPlan[] {
  const plans: RelationshipPlan[] = [];
  for (const id of new Set(ids)) {
    const plan = catalogue.get(id);
    if (!plan) throw badInput(`${argument}: '${id.slice(0, 100)}' is not a relationship id in the loaded RELATIONSHIP catalogue`, argument);
    plans.push(plan);
  }
  return plans;
}
