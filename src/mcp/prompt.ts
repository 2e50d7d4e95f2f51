import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Caller, RunOperation } from './executor.js';
import { DELIVERY_LEVELS } from './operations.js';
import { answerOf, RESOURCE_URIS } from './resources.js';

export const DELIVERY_CODE_PROMPT = 'choose_2026_delivery_code';

/** The steps the prompt gives: the facts come from the description or from the user, never from a guess. */
function instructions(treatment: string, dateOfService: string | undefined): string {
  return [
    'Choose the radiation treatment delivery code(s) for one fraction of this treatment, using the tools of this server:',
    '',
    `Treatment description: ${treatment}`,
    dateOfService ? `Date of service: ${dateOfService}` : 'Date of service: not given; ask for it (the 2026 levels apply from 2026-01-01).',
    '',
    '1. Read the delivery levels and their criteria below (also the resource ' + RESOURCE_URIS.deliveryLevels + ').',
    '2. Take from the description only the facts it states: technique, site of service, payer, isocenters per session, motion management (and for surface guidance whether surface motion correlates with the target), image guidance and whether the physician reviewed the images, field shaping, mixed photon and electron fields for the same volume, fractions.',
    '3. Call recommend_delivery_code with those facts. Leave out what the description does not say: do not guess.',
    '4. If the status is NEEDS_MORE_INFORMATION, ask the user for each of missingFacts in plain words, then call recommend_delivery_code again with the answers.',
    '5. If the status is OUT_OF_SCOPE, report the routing (the family and codes the modality keeps).',
    '6. If the status is RECOMMENDED, report the codes with their roles (PRIMARY, ADD_ON), the level, the criteria met and the decision path in short, and every warning.',
    '7. To check a code the user names, call code_on_date for it on the date of service: a pre-2026 code is not valid in 2026 and its successors name the criteria that choose between them.',
  ].join('\n');
}

export function registerPrompt(server: McpServer, run: RunOperation, callerFor: () => Caller): void {
  server.registerPrompt(
    DELIVERY_CODE_PROMPT,
    {
      title: 'Choose a 2026 radiation treatment delivery code',
      description:
        'Walks through choosing the delivery code(s) of one fraction from a treatment description: the levels and criteria, the facts to extract, the recommendation, and what to ask when facts are missing.',
      argsSchema: {
        treatment: z
          .string()
          .min(1)
          .describe('The treatment as described in the record, e.g. "left breast IMRT with DIBH, one isocenter, CBCT reviewed by the physician".'),
        dateOfService: z.iso.date().optional().describe('The date of service, YYYY-MM-DD.'),
      },
    },
    async ({ treatment, dateOfService }) => {
      const levels = await answerOf(run, callerFor(), DELIVERY_LEVELS, { asOf: dateOfService && dateOfService >= '2026-01-01' ? dateOfService : '2026-01-01' });
      return {
        description: 'Choose the delivery code(s) of one fraction',
        messages: [
          { role: 'user', content: { type: 'text', text: instructions(treatment, dateOfService) } },
          {
            role: 'user',
            content: { type: 'resource', resource: { uri: RESOURCE_URIS.deliveryLevels, mimeType: 'application/json', text: JSON.stringify(levels) } },
          },
        ],
      };
    },
  );
}
