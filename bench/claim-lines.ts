import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ClaimLineInput } from '../src/generated/graphql.js';

/** A deterministic stream of plausible radiation-oncology claim lines: courses of planning, daily delivery with guidance, weekly management. */
export function* claimLines(count: number): Generator<{
  lineId: string;
  personId: string;
  encounterId: string;
  courseId: string;
  code: string;
  modifiers: string;
  dateOfService: string;
  units: number;
}> {
  let seed = 42;
  const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let n = 0;
  let person = 0;
  while (n < count) {
    person += 1;
    const start = Date.UTC(2014, 0, 1) + Math.floor(random() * 12 * 365) * 86_400_000;
    const day = (offset: number): string => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
    const year = new Date(start).getUTCFullYear();
    const delivery =
      year >= 2026 ? pick(['77402', '77407', '77412']) : year >= 2015 ? pick(['77385', '77386', '77412', 'G6015', '77407']) : pick(['77418', '77413', '77404']);
    const courseId = `c${person}`;
    const lines: [number, string, string][] = [
      [0, '77263', ''],
      [0, '77290', ''],
      [1, '77295', ''],
      [1, '77300', ''],
      [2, '77334', ''],
    ];
    const fractions = 5 + Math.floor(random() * 25);
    for (let f = 0; f < fractions; f++) {
      lines.push([3 + f, delivery, '']);
      if (random() < 0.6) lines.push([3 + f, '77387', pick(['26', 'TC', '26,59'])]);
      if (f % 5 === 4) lines.push([3 + f, '77427', '']);
    }
    if (random() < 0.05) lines.push([2, '77263', '']); // repeated planning
    if (random() < 0.02) lines.push([4, '7741X', '']); // malformed
    lines.sort((a, b) => a[0] - b[0]); // the order the command expects: by person, course, date
    for (const [offset, code, modifiers] of lines) {
      if (n >= count) return;
      n += 1;
      yield { lineId: `l${n}`, personId: `p${person}`, encounterId: `p${person}-${offset}`, courseId, code, modifiers, dateOfService: day(offset), units: 1 };
    }
  }
}

/** The lines as GraphQL `ClaimLineInput` values (modifiers as a list), for `mapClaimLines`. */
export function claimLineInputs(count: number): ClaimLineInput[] {
  return [...claimLines(count)].map(({ modifiers, ...line }) => ({ ...line, modifiers: modifiers ? modifiers.split(',') : [] }));
}

/** `mapClaimLines` asking for every field of the result, as an ETL client reading the rows would. */
export const MAP_CLAIM_LINES = `query ($lines: [ClaimLineInput!]!) { mapClaimLines(lines: $lines) {
  lines { lineNumber lineId status flags messages family rows { procedureConceptId procedureSourceValue procedureSourceConceptId modifierConceptId modifierSourceValue quantity procedureDate personId } successors { code { conceptCode } effectiveDate condition } }
  summary { lines mapped unmapped rejected rows flags { flag count } } } }`;

/** The lines as a CSV file with a snake_case header. */
export async function writeClaimsCsv(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('line_id,person_id,encounter_id,course_id,code,modifiers,date_of_service,units\n');
  let buffer = '';
  for (const l of claimLines(count)) {
    buffer += `${l.lineId},${l.personId},${l.encounterId},${l.courseId},${l.code},${l.modifiers.includes(',') ? `"${l.modifiers}"` : l.modifiers},${l.dateOfService},${l.units}\n`;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
  out.end();
  await once(out, 'finish');
}
