import type { ClaimLineInput, ClaimMappingResultResolvers, ProcedureOccurrenceRowResolvers, QueryResolvers } from '../../generated/graphql.js';
import { checkListSize } from '../../errors.js';
import { SERVICE_VERSION } from '../../service-identity.js';
import { cdmColumns } from './cdm-rows.js';
import { mapClaimBatch } from './claim-mapper.js';
import type { ClaimLine } from './claim-line.js';
import { SourceToConceptMapCollector } from './source-to-concept-map.js';

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
    procedureTypeConceptId: input.procedureTypeConceptId ?? null,
    dateOfServiceEnd: input.dateOfServiceEnd ?? null,
    visitOccurrenceId: input.visitOccurrenceId ?? null,
    providerId: input.providerId ?? null,
  };
}

export const claimsResolvers: {
  Query: Pick<QueryResolvers, 'mapClaimLines'>;
  ClaimMappingResult: Pick<ClaimMappingResultResolvers, 'sourceToConceptMap' | 'provenance'>;
  ProcedureOccurrenceRow: Pick<ProcedureOccurrenceRowResolvers, 'columns'>;
} = {
  Query: {
    mapClaimLines: async (_parent, { lines }, { repositories }) => {
      checkListSize('lines', lines.length, MAX_CLAIM_LINES);
      const sourceMap = new SourceToConceptMapCollector();
      const result = await mapClaimBatch(
        lines.map((line, index) => toClaimLine(line, index + 1)),
        repositories.claimCodes,
        await repositories.shared.billingRules(),
        { sourceMap },
      );
      return { ...result, sourceMap };
    },
  },
  ClaimMappingResult: {
    sourceToConceptMap: (result) => result.sourceMap?.rows() ?? [],
    provenance: async (_result, _args, { repositories }) => ({ ...(await repositories.claimCodes.provenance()), serviceVersion: SERVICE_VERSION }),
  },
  ProcedureOccurrenceRow: {
    columns: (row) => cdmColumns(row).map(({ name, value }) => ({ name, value: value === null ? null : String(value) })),
  },
};
