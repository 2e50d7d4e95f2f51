/**
 * The knowledge pack's billing data as the claim rules read it: the family of a code, its billing
 * profile (frequency, add-on and its primary codes, components and their changes by date) and
 * the modifiers. Built once from the pack (no database); every rule is derived from this data.
 */
import type { Payer } from '../../generated/enums.js';
import { changeApplies, type Site } from '../lineage/lineage-records.js';
import { familyOf, type SeedPack } from '../../seed-pack/pack.js';
import { readSeedPack } from '../../seed-pack/read-pack.js';
import type { Family, Modifier, Profile } from '../../seed-pack/billing.js';
import { codeKey } from '../../graph/code.js';

export type Component = 'professional' | 'technical' | 'global';

/** A part of a service on a date: reportable, absent, unknown, or bundled into other codes. */
export type ComponentState =
  | { state: 'present' | 'absent' | 'unknown' }
  | { state: 'bundled'; since: string; into: string[]; statusIndicator: string | null; setting: 'MPFS' | 'HOPPS' | 'all' };

export interface CodeBilling {
  family: Family | null;
  profile: Profile | null;
  /** The profile's frequency, else the family's `billed`, else null. */
  frequency: string | null;
}

export interface ModifierInfo {
  code: string;
  vocabularyId: string;
  kind: Modifier['kind'];
  meaning: string;
  /** The component a component modifier reports (26 professional, TC technical). */
  component: Component | null;
}

export class BillingRules {
  private readonly profiles = new Map<string, Profile>();
  private readonly billing = new Map<string, CodeBilling>();
  private readonly modifierInfo = new Map<string, ModifierInfo>();

  constructor(private readonly pack: Pick<SeedPack, 'families' | 'profiles' | 'modifiers'>) {
    for (const profile of pack.profiles) this.profiles.set(codeKey(profile), profile);
    for (const modifier of pack.modifiers) {
      const component: Component | null =
        modifier.kind !== 'component' ? null : /professional/i.test(modifier.meaning) ? 'professional' : /technical/i.test(modifier.meaning) ? 'technical' : null;
      this.modifierInfo.set(modifier.code, { code: modifier.code, vocabularyId: modifier.vocabularyId, kind: modifier.kind, meaning: modifier.meaning, component });
    }
  }

  /** Family, profile and frequency of a code (memoised: the same few codes recur on every line). */
  of(vocabularyId: string, conceptCode: string): CodeBilling {
    const key = codeKey({ vocabularyId, conceptCode });
    let found = this.billing.get(key);
    if (!found) {
      const profile = this.profiles.get(key) ?? null;
      const family = familyOf(this.pack.families, vocabularyId, conceptCode);
      found = { family, profile, frequency: profile?.frequency ?? family?.billed ?? null };
      this.billing.set(key, found);
    }
    return found;
  }

  /** A modifier the pack describes, or undefined. */
  modifier(code: string): ModifierInfo | undefined {
    return this.modifierInfo.get(code);
  }

  /** The vocabulary the pack gives a modifier (26, 59: CPT4; TC, LT, RT, XS: HCPCS). */
  knownModifiers(): ModifierInfo[] {
    return [...this.modifierInfo.values()];
  }

  /**
   * A component of a code on a date: the profile's components before any change, then its
   * componentChanges up to the date applied in date order.
   */
  componentOn(profile: Profile, component: Component, date: string, site: Site | null = null, payer: Payer | null = null): ComponentState {
    const initial = profile.components[component];
    let state: ComponentState = { state: initial === null ? 'unknown' : initial ? 'present' : 'absent' };
    const changes = profile.componentChanges
      .filter((change) => change.component === component && change.effectiveDate <= date && changeApplies(change.setting ?? 'all', site, payer))
      .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
    for (const change of changes) {
      if (change.change === 'bundled') state = { state: 'bundled', since: change.effectiveDate, into: change.into, statusIndicator: change.statusIndicator, setting: change.setting ?? 'all' };
      else if (change.change === 'removed') state = { state: 'absent' };
      else state = { state: 'present' };
    }
    return state;
  }

  /** The date a component stopped being reportable on its own, when a change removed it by `date`. */
  componentRemovedOn(profile: Profile, component: Component, date: string): string | null {
    const removed = profile.componentChanges.filter((c) => c.component === component && c.change === 'removed' && c.effectiveDate <= date);
    return removed.at(-1)?.effectiveDate ?? null;
  }
}

let fromPack: BillingRules | undefined;

/** The rules of the knowledge pack in seed/, read once per process. */
export function billingRulesFromPack(): BillingRules {
  return (fromPack ??= new BillingRules(readSeedPack()));
}
