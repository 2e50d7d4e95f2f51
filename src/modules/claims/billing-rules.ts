/**
 * The curated billing data as the claim rules read it: the family of a code, its billing profile
 * (frequency, add-on and its primary codes, components and their changes by date) and the
 * modifiers. The service reads it from the graph once per vocabulary generation
 * (billing-repository.ts); `billingRulesFromPack` builds the same from the pack files for the
 * database-free tests, and an integration test holds the two equal. Every rule is derived from
 * this data, with no database.
 */
import type { Payer } from '../../generated/enums.js';
import { changeApplies, type Site } from '../lineage/lineage-records.js';
import type { SeedPack } from '../../seed-pack/pack.js';
import { readSeedPack } from '../../seed-pack/read-pack.js';
import type { Family, Modifier, Profile } from '../../seed-pack/billing.js';
import { codeKey, type CodeKey } from '../../graph/code.js';
import { familyOf, type FamilyMembership } from '../../graph/code-family.js';

/** A family as the rules use it: membership and how its codes are billed. */
export interface FamilyRule extends FamilyMembership {
  billed: Family['billed'];
}

/** A billing profile as the rules use it. */
export interface ProfileRule extends CodeKey {
  frequency: Profile['frequency'];
  addOn: boolean | null;
  /** The primary codes of an add-on, in the pack's order (messages list them so). */
  primaryCodes: string[];
  components: Pick<Profile['components'], 'professional' | 'technical' | 'global'>;
  componentChanges: Pick<Profile['componentChanges'][number], 'effectiveDate' | 'component' | 'change' | 'into' | 'statusIndicator' | 'setting'>[];
}

export type ModifierRule = Pick<Modifier, 'code' | 'vocabularyId' | 'kind' | 'meaning'>;

/** Everything the billing rules read, in the pack's order. */
export interface BillingData {
  families: FamilyRule[];
  profiles: ProfileRule[];
  modifiers: ModifierRule[];
}

export type Component = 'professional' | 'technical' | 'global';

/** A part of a service on a date: reportable, absent, unknown, or bundled into other codes. */
export type ComponentState =
  | { state: 'present' | 'absent' | 'unknown' }
  | { state: 'bundled'; since: string; into: string[]; statusIndicator: string | null; setting: 'MPFS' | 'HOPPS' | 'all' };

export interface CodeBilling {
  family: FamilyRule | null;
  profile: ProfileRule | null;
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
  private readonly profiles = new Map<string, ProfileRule>();
  private readonly billing = new Map<string, CodeBilling>();
  private readonly modifierInfo = new Map<string, ModifierInfo>();

  constructor(readonly data: BillingData) {
    for (const profile of data.profiles) this.profiles.set(codeKey(profile), profile);
    for (const modifier of data.modifiers) {
      const component: Component | null =
        modifier.kind !== 'component'
          ? null
          : /professional/i.test(modifier.meaning)
            ? 'professional'
            : /technical/i.test(modifier.meaning)
              ? 'technical'
              : null;
      this.modifierInfo.set(modifier.code, {
        code: modifier.code,
        vocabularyId: modifier.vocabularyId,
        kind: modifier.kind,
        meaning: modifier.meaning,
        component,
      });
    }
  }

  /** Family, profile and frequency of a code (memoised: the same few codes recur on every line). */
  of(vocabularyId: string, conceptCode: string): CodeBilling {
    const key = codeKey({ vocabularyId, conceptCode });
    let found = this.billing.get(key);
    if (!found) {
      const profile = this.profiles.get(key) ?? null;
      const family = familyOf(this.data.families, vocabularyId, conceptCode);
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
  componentOn(profile: ProfileRule, component: Component, date: string, site: Site | null = null, payer: Payer | null = null): ComponentState {
    const initial = profile.components[component];
    let state: ComponentState = { state: initial === null ? 'unknown' : initial ? 'present' : 'absent' };
    const changes = profile.componentChanges
      .filter((change) => change.component === component && change.effectiveDate <= date && changeApplies(change.setting ?? 'all', site, payer))
      .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
    for (const change of changes) {
      if (change.change === 'bundled')
        state = { state: 'bundled', since: change.effectiveDate, into: change.into, statusIndicator: change.statusIndicator, setting: change.setting ?? 'all' };
      else if (change.change === 'removed') state = { state: 'absent' };
      else state = { state: 'present' };
    }
    return state;
  }

  /** The date a component stopped being reportable on its own, when a change removed it by `date`. */
  componentRemovedOn(profile: ProfileRule, component: Component, date: string): string | null {
    const removed = profile.componentChanges.filter((c) => c.component === component && c.change === 'removed' && c.effectiveDate <= date);
    return removed.at(-1)?.effectiveDate ?? null;
  }
}

/** The billing data of a parsed pack, as the graph read gives it (billing-repository.ts). */
export function billingDataFromPack(pack: Pick<SeedPack, 'families' | 'profiles' | 'modifiers'>): BillingData {
  return {
    families: pack.families.map((f) => ({ id: f.id, ranges: f.ranges, codes: f.codes, billed: f.billed })),
    profiles: pack.profiles.map((p) => ({
      vocabularyId: p.vocabularyId,
      conceptCode: p.conceptCode,
      frequency: p.frequency,
      addOn: p.addOn,
      primaryCodes: p.primaryCodes ?? [],
      components: { professional: p.components.professional, technical: p.components.technical, global: p.components.global },
      componentChanges: p.componentChanges.map((c) => ({
        effectiveDate: c.effectiveDate,
        component: c.component,
        change: c.change,
        into: c.into,
        statusIndicator: c.statusIndicator,
        setting: c.setting ?? 'all',
      })),
    })),
    modifiers: pack.modifiers.map((m) => ({ code: m.code, vocabularyId: m.vocabularyId, kind: m.kind, meaning: m.meaning })),
  };
}

/** The rules of the knowledge pack in seed/, read from its files (the database-free tests' copy). */
export function billingRulesFromPack(dir?: string): BillingRules {
  return new BillingRules(billingDataFromPack(readSeedPack(dir)));
}
