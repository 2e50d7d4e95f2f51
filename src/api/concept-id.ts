import { badInput } from '../errors.js';

const MAX_CONCEPT_ID = 2_147_483_647;

/**
 * An OMOP concept_id given as ID (string or number): a whole number from 0 (OMOP's 'No matching
 * concept', a real row) to 2,147,483,647; BAD_USER_INPUT naming the argument otherwise.
 */
export function parseConceptId(value: string | number, argument = 'conceptId'): number {
  const text = String(value).trim();
  const id = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(id) || id > MAX_CONCEPT_ID) {
    throw badInput(`${argument} must be a whole number from 0 to ${MAX_CONCEPT_ID} (an OMOP concept_id), got '${text.slice(0, 40)}'`, argument);
  }
  return id;
}
