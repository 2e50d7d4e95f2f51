import { codeRangeLabel, familyOf, rangeContains, rangeWithin, type CodeRange } from '../graph/code-family.js';
import type { Family } from './billing.js';
import { conceptKey, SEED_FILES, type SeedPack } from './pack.js';
import type { PackCheck } from './pack-check.js';

function rangesOverlap(a: CodeRange, b: CodeRange): boolean {
  return a.vocabularyId === b.vocabularyId && a.from.length === b.from.length && a.from <= b.to && b.from <= a.to;
}

/** billing/: families nested without overlap, profiles on their resolved family, modifiers, payments, and one most specific family for every code of the pack. */
export function checkBilling(pack: SeedPack, check: PackCheck): void {
  // families
  const familyIds = new Map<string, Family>();
  pack.families.forEach((family, index) => {
    const where = `${SEED_FILES.families}[${index}] (${family.id})`;
    if (familyIds.has(family.id)) check.report(where, `duplicate id '${family.id}'`);
    familyIds.set(family.id, family);
    check.sources(where, family.sources);
  });
  pack.families.forEach((family, index) => {
    const where = `${SEED_FILES.families}[${index}] (${family.id})`;
    if (family.parent !== null) {
      const parent = familyIds.get(family.parent);
      if (!parent) check.report(where, `unknown parent family '${family.parent}'`);
      else {
        for (const range of family.ranges) {
          if (!parent.ranges.some((outer) => rangeWithin(range, outer))) {
            check.report(where, `range ${codeRangeLabel(range)} is not inside its parent '${parent.id}'`);
          }
        }
      }
    }
  });
  for (let i = 0; i < pack.families.length; i += 1) {
    for (let j = i + 1; j < pack.families.length; j += 1) {
      const a = pack.families[i];
      const b = pack.families[j];
      if (!a || !b) continue;
      for (const ra of a.ranges) {
        for (const rb of b.ranges) {
          if (!rangesOverlap(ra, rb)) continue;
          const nested = (rangeWithin(ra, rb) || rangeWithin(rb, ra)) && !(ra.from === rb.from && ra.to === rb.to);
          if (!nested) {
            check.report(
              SEED_FILES.families,
              `ranges ${codeRangeLabel(ra)} ('${a.id}') and ${codeRangeLabel(rb)} ('${b.id}') overlap without one containing the other`,
            );
          }
        }
      }
      for (const code of a.codes) {
        if (b.codes.some((other) => other.vocabularyId === code.vocabularyId && other.conceptCode === code.conceptCode)) {
          check.report(SEED_FILES.families, `code ${code.vocabularyId} ${code.conceptCode} is listed by '${a.id}' and '${b.id}'`);
        }
      }
    }
  }

  // profiles
  const profileKeys = new Set<string>();
  pack.profiles.forEach((profile, index) => {
    const where = `${SEED_FILES.profiles}[${index}] (${profile.vocabularyId} ${profile.conceptCode})`;
    const key = conceptKey(profile.vocabularyId, profile.conceptCode);
    if (profileKeys.has(key)) check.report(where, `duplicate profile for ${profile.vocabularyId} ${profile.conceptCode}`);
    profileKeys.add(key);
    check.known(where, profile.vocabularyId, profile.conceptCode);
    check.sources(where, profile.sources);
    check.sources(`${where} components`, profile.components.sources);
    if (!familyIds.has(profile.family)) check.report(where, `unknown family '${profile.family}'`);
    else {
      const resolved = familyOf(pack.families, profile.vocabularyId, profile.conceptCode);
      if (resolved?.id !== profile.family) {
        check.report(where, `family '${profile.family}' but the family ranges resolve the code to '${resolved?.id ?? 'none'}'`);
      }
    }
    for (const code of profile.primaryCodes ?? []) check.known(`${where} primaryCodes`, profile.vocabularyId, code);
    if (profile.primaryCodes && profile.primaryCodes.length > 0 && profile.addOn === false) {
      check.report(where, 'primaryCodes are given for a code that is not an add-on');
    }
    if (profile.addOn === true && profile.addOnKind === undefined)
      check.report(where, 'an add-on says whether it is a formal add-on code or an add-on in function (addOnKind)');
    if (profile.addOn !== true && profile.addOnKind !== undefined) check.report(where, 'addOnKind is given for a code that is not an add-on');
    check.uncertainty(where, profile.confidence, profile.note);
    check.uncertainty(`${where} components`, profile.components.confidence, profile.components.note);
    profile.componentChanges.forEach((change, changeIndex) => {
      const changeWhere = `${where} componentChanges[${changeIndex}]`;
      check.sources(changeWhere, change.sources);
      for (const code of change.into) check.known(changeWhere, profile.vocabularyId, code);
    });
  });

  // modifiers
  const modifierKeys = new Set<string>();
  pack.modifiers.forEach((modifier, index) => {
    const where = `${SEED_FILES.modifiers}[${index}] (${modifier.code})`;
    const key = conceptKey(modifier.vocabularyId, modifier.code);
    if (modifierKeys.has(key)) check.report(where, `duplicate modifier ${modifier.vocabularyId} ${modifier.code}`);
    modifierKeys.add(key);
    check.known(where, modifier.vocabularyId, modifier.code);
    check.sources(where, modifier.sources);
  });

  // payments
  const paymentKeys = new Set<string>();
  pack.payments.forEach((payment, index) => {
    const where = `${SEED_FILES.payments}[${index}] (${payment.vocabularyId} ${payment.conceptCode} ${payment.year})`;
    const key = [payment.vocabularyId, payment.conceptCode, payment.year, payment.setting, payment.component, payment.basis].join('|');
    if (paymentKeys.has(key)) check.report(where, 'duplicate payment entry (same code, year, setting, component and basis)');
    paymentKeys.add(key);
    check.known(where, payment.vocabularyId, payment.conceptCode);
    check.sources(where, payment.sources);
    check.uncertainty(where, payment.confidence, payment.note);
  });

  // every code has one most specific family
  const codesOfPack = [
    ...pack.omopConcepts.map((row) => ({ vocabularyId: row.vocabulary_id, conceptCode: row.concept_code })),
    ...pack.localConcepts.map((row) => ({ vocabularyId: row.vocabulary_id, conceptCode: row.concept_code })),
  ];
  for (const { vocabularyId, conceptCode } of codesOfPack) {
    const matching = pack.families.filter(
      (family) =>
        family.ranges.some((range) => rangeContains(range, vocabularyId, conceptCode)) ||
        family.codes.some((code) => code.vocabularyId === vocabularyId && code.conceptCode === conceptCode),
    );
    if (matching.length > 0 && familyOf(pack.families, vocabularyId, conceptCode) === null) {
      check.report(
        SEED_FILES.families,
        `${vocabularyId} ${conceptCode} matches ${matching.map((f) => `'${f.id}'`).join(', ')} but no single most specific family`,
      );
    }
  }
}
