import type { CdmTable, ClaimFlag } from '../../generated/enums.js';
import { CDM_TABLES } from './cdm-rows.js';
import { FLAG_ORDER, type ClaimLineOutcome } from './claim-line.js';

/** Counts of a run: lines by status, rows, and lines per flag. */
export class SummaryCounter {
  lines = 0;
  mapped = 0;
  unmapped = 0;
  rejected = 0;
  rows = 0;
  private readonly flagCounts = new Map<ClaimFlag, number>();
  private readonly tableCounts = new Map<CdmTable, number>();

  add(outcome: ClaimLineOutcome): void {
    this.lines += 1;
    if (outcome.status === 'MAPPED') this.mapped += 1;
    else if (outcome.status === 'UNMAPPED') this.unmapped += 1;
    else this.rejected += 1;
    this.rows += outcome.rows.length;
    for (const row of outcome.rows) this.tableCounts.set(row.cdmTable, (this.tableCounts.get(row.cdmTable) ?? 0) + 1);
    for (const flag of outcome.flags) this.flagCounts.set(flag, (this.flagCounts.get(flag) ?? 0) + 1);
  }

  summary(): ClaimSummary {
    return {
      lines: this.lines,
      mapped: this.mapped,
      unmapped: this.unmapped,
      rejected: this.rejected,
      rows: this.rows,
      flags: FLAG_ORDER.filter((flag) => this.flagCounts.has(flag)).map((flag) => ({ flag, count: this.flagCounts.get(flag)! })),
      tables: CDM_TABLES.filter((table) => this.tableCounts.has(table)).map((table) => ({ table, rows: this.tableCounts.get(table)! })),
    };
  }
}

export interface ClaimSummary {
  lines: number;
  mapped: number;
  unmapped: number;
  rejected: number;
  rows: number;
  flags: { flag: ClaimFlag; count: number }[];
  /** Rows per CDM table, in CDM_TABLES order; tables without rows are left out. */
  tables: { table: CdmTable; rows: number }[];
}
