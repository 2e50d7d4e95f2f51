import { ID_PATTERN } from './common.js';
import type { CodeVersion } from './history.js';
import { nextDay } from '../dates.js';
import { conceptKey, SEED_FILES, type SeedPack } from './pack.js';
import type { PackCheck } from './pack-check.js';

/** history/: change events (conditions name known criteria or levels) and code versions (no overlap, no gap). */
export function checkHistory(pack: SeedPack, check: PackCheck): void {
  const criterionIds = new Set(pack.criteria.criteria.map((criterion) => criterion.id));
  const levelIds = new Set(pack.criteria.levels.map((level) => level.id));
  // change events
  const eventIds = new Set<string>();
  pack.changeEvents.forEach((event, index) => {
    const where = `${SEED_FILES.changeEvents}[${index}] (${event.id})`;
    if (eventIds.has(event.id)) check.report(where, `duplicate id '${event.id}'`);
    eventIds.add(event.id);
    check.sources(where, event.sources);
    check.uncertainty(where, event.confidence, event.note);
    check.descriptorPhrases(where, [event.summary, event.note]);
    event.to.forEach((target, targetIndex) => {
      const condition = target.condition;
      if (condition !== null && ID_PATTERN.test(condition) && !criterionIds.has(condition) && !levelIds.has(condition)) {
        check.report(`${where} to[${targetIndex}]`, `unknown criterion id '${condition}' in condition`);
      }
    });
  });

  // code versions
  const versionsByCode = new Map<string, { version: CodeVersion; index: number }[]>();
  pack.codeVersions.forEach((version, index) => {
    const where = `${SEED_FILES.codeVersions}[${index}] (${version.vocabularyId} ${version.conceptCode})`;
    check.sources(where, version.sources);
    check.uncertainty(where, version.confidence, version.note);
    check.descriptorPhrases(where, [version.meaning, version.note]);
    check.known(where, version.vocabularyId, version.conceptCode);
    const key = conceptKey(version.vocabularyId, version.conceptCode);
    const list = versionsByCode.get(key) ?? [];
    list.push({ version, index });
    versionsByCode.set(key, list);
  });
  for (const list of versionsByCode.values()) {
    const sorted = [...list].sort((a, b) => a.version.validFrom.localeCompare(b.version.validFrom));
    for (let i = 0; i < sorted.length - 1; i += 1) {
      const current = sorted[i];
      const next = sorted[i + 1];
      if (!current || !next) continue;
      const where = `${SEED_FILES.codeVersions}[${current.index}] (${current.version.vocabularyId} ${current.version.conceptCode})`;
      if (current.version.validTo === null) {
        check.report(where, `open-ended version is followed by a version from ${next.version.validFrom}`);
      } else if (current.version.validTo >= next.version.validFrom) {
        check.report(where, `overlaps the version from ${next.version.validFrom}`);
      } else if (nextDay(current.version.validTo) !== next.version.validFrom) {
        check.report(where, `gap: valid to ${current.version.validTo} but the next version starts ${next.version.validFrom}`);
      }
    }
  }
}
