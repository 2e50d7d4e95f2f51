/** Validity of a row on a calendar day; dates are YYYY-MM-DD strings, so they compare as text. */

/** start <= day <= end; a missing start or end leaves that side open. */
export function isValidOn(row: { validStartDate: string | null; validEndDate: string | null }, day: string): boolean {
  return (row.validStartDate === null || row.validStartDate <= day) && (row.validEndDate === null || day <= row.validEndDate);
}
