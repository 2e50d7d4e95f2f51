/**
 * The cross-file checks of the pack, one module per folder of it (check-*.ts), sharing a
 * PackCheck: what a file's schema alone cannot express (unknown source ids, dangling criterion
 * ids, duplicate ids, missing labels).
 */
import { checkBilling } from './check-billing.js';
import { checkSourcesAndConcepts } from './check-concepts.js';
import { checkCriteria } from './check-criteria.js';
import { checkHistory } from './check-history.js';
import { conceptKey, type SeedPack } from './pack.js';

/**
 * Checks a parsed pack as a whole (what a file's schema alone cannot express: unknown source ids,
 * dangling criterion ids, duplicate ids, missing labels), file by file. Returns one message per
 * problem, each naming the file and the entry ("billing/profiles.json[3] (CPT4 77387): unknown
 * source id 'FOO'"). Empty when sound.
 */
export function checkPack(pack: SeedPack): string[] {
  const check = new PackCheck();
  checkSourcesAndConcepts(pack, check);
  checkCriteria(pack, check);
  checkHistory(pack, check);
  checkBilling(pack, check);
  return check.problems;
}

/**
 * What the checks of every file share: the problems found, and the source ids and concepts the
 * other files may name (filled by checkSourcesAndConcepts, which runs first).
 */
export class PackCheck {
  readonly problems: string[] = [];
  readonly sourceIds = new Set<string>();
  readonly knownConcepts = new Map<string, number>();

  /** One problem, naming the file and the entry. */
  readonly report = (where: string, message: string): void => {
    this.problems.push(`${where}: ${message}`);
  };

  sources(where: string, ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.sourceIds.has(id)) this.report(where, `unknown source id '${id}'`);
    }
    if (new Set(ids).size !== ids.length) this.report(where, 'a source id is listed twice');
  }

  known(where: string, vocabularyId: string, code: string): void {
    if (!this.knownConcepts.has(conceptKey(vocabularyId, code))) {
      this.report(where, `unknown concept ${vocabularyId} ${code} (neither in the concepts file nor local)`);
    }
  }

  /** Anything below high confidence says why. */
  uncertainty(where: string, confidence: string, note: string | null | undefined): void {
    if (confidence !== 'high' && !note) this.report(where, `confidence '${confidence}' without a note saying why`);
  }

  /** Curated text is the project's own: never the descriptors' "when performed" phrasing. */
  descriptorPhrases(where: string, texts: readonly (string | null | undefined)[]): void {
    if (texts.some((text) => text && /when performed/i.test(text))) this.report(where, "uses a descriptor's 'when performed' phrasing");
  }
}
