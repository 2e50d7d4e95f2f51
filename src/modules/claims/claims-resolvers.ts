import type { ClaimLineInput, QueryResolvers } from '../../generated/graphql.js';
import { checkListSize } from '../../errors.js';
import { mapClaimBatch } from './claim-mapper.js';
import type { ClaimLine } from './claim-rules.js';

/** Lines one request may carry: 10,000 map well inside the service's latency target. */
export const MAX_CLAIM_LINES = 10_000;

export function toClaimLine(input: ClaimLineInput, lineNumber: number): ClaimLine {
  return {
    lineNumber,
    lineId: input.lineId ?? null,
    personId: input.personId ?? null,
    encounterId: input.encounterId ?? null,
    courseId: input.courseId ?? null,
    code: input.code,
    modifiers: input.modifiers ?? [],
    dateOfService: input.dateOfService,
    units: input.units ?? null,
    siteOfService: input.siteOfService ?? null,
    payer: input.payer ?? null,
  };
}

export const claimsResolvers: { Query: Pick<QueryResolvers, 'mapClaimLines'> } = {
  Query: {
    mapClaimLines: async (_parent, { lines }, { repositories }) => {
      checkListSize('lines', lines.length, MAX_CLAIM_LINES);
      return mapClaimBatch(lines.map((line, index) => toClaimLine(line, index + 1)), repositories.claimCodes, repositories.billingRules);
    },
  },
};
