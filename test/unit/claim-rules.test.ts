import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { billingRulesFromPack } from '../../src/modules/claims/billing-rules.js';
import type {
  ClaimCodeKey,
  ClaimCodeResolution,
  ClaimCodeSource,
  ClaimConcept,
  MappingProvenance,
  ModifierConcept,
  TypeConcept,
} from '../../src/modules/claims/claim-code-source.js';
import { mapClaimBatch, mapClaimStream, type StreamReport } from '../../src/modules/claims/claim-mapper.js';
import { CsvSplitter, readCsvClaims, readJsonlClaims } from '../../src/modules/claims/claim-files.js';
import type { ClaimLine } from '../../src/modules/claims/claim-line.js';
import { LineReader } from '../../src/modules/claims/line-input.js';
import { cdmColumnNames, cdmColumns } from '../../src/modules/claims/cdm-rows.js';
import { SourceToConceptMapCollector } from '../../src/modules/claims/source-to-concept-map.js';

/**
 * The rules on their own: the billing facts come from the real knowledge pack, the graph facts
 * from an in-memory table of resolutions (the integration tests run the same rules on the graph).
 */
const rules = billingRulesFromPack();

function concept(conceptId: number, vocabularyId: string, conceptCode: string, extra: Partial<ClaimConcept> = {}): ClaimConcept {
  return {
    conceptId,
    vocabularyId,
    conceptCode,
    conceptName: `test ${conceptCode}`,
    domainId: 'Procedure',
    standardConcept: 'S',
    invalidReason: null,
    validStartDate: null,
    validEndDate: null,
    ...extra,
  };
}

function standard(c: ClaimConcept, extra: Partial<ClaimCodeResolution> = {}): ClaimCodeResolution {
  return {
    source: c,
    status: 'STANDARD',
    targets: [c],
    viaReplacement: false,
    validOnDate: true,
    validFrom: null,
    validUntil: null,
    successors: [],
    warnings: [],
    useReplaced: false,
    ...extra,
  };
}

class TableSource implements ClaimCodeSource {
  calls: ClaimCodeKey[][] = [];
  constructor(
    private readonly table: (key: ClaimCodeKey) => ClaimCodeResolution | null,
    private readonly modifierTable: Record<string, ModifierConcept> = {
      '26': { conceptId: 1, vocabularyId: 'CPT4', conceptCode: '26' },
      TC: { conceptId: 2, vocabularyId: 'HCPCS', conceptCode: 'TC' },
    },
  ) {}
  async resolve(keys: readonly ClaimCodeKey[]): Promise<ClaimCodeResolution[]> {
    this.calls.push([...keys]);
    return keys.map(
      (key) =>
        this.table(key) ?? {
          source: null,
          status: null,
          targets: [],
          viaReplacement: false,
          validOnDate: false,
          validFrom: null,
          validUntil: null,
          successors: [],
          warnings: [],
          useReplaced: false,
        },
    );
  }
  async modifiers(codes: readonly string[]): Promise<Map<string, ModifierConcept>> {
    return new Map(codes.flatMap((code) => (this.modifierTable[code] ? [[code, this.modifierTable[code]] as const] : [])));
  }
  /** Type Concepts of the table: the 'Claim' one (the default) and one concept of another domain. */
  typeTable = new Map<number, TypeConcept>([
    [900, { conceptId: 900, conceptName: 'Claim', domainId: 'Type Concept' }],
    [901, { conceptId: 901, conceptName: 'EHR billing record', domainId: 'Type Concept' }],
    [100, { conceptId: 100, conceptName: 'test 77261', domainId: 'Procedure' }],
  ]);
  hasClaimType = true;
  async typeConcepts(ids: readonly number[]): Promise<Map<number, TypeConcept>> {
    return new Map(ids.flatMap((id) => (this.typeTable.has(id) ? [[id, this.typeTable.get(id)!] as const] : [])));
  }
  async claimTypeConcept(): Promise<TypeConcept | null> {
    return this.hasClaimType ? this.typeTable.get(900)! : null;
  }
  async provenance(): Promise<MappingProvenance> {
    return { vocabularyRelease: 'test release', knowledgePackVersion: 'sha256:test' };
  }
}

const known: Record<string, ClaimConcept> = {};
let nextId = 100;
for (const code of ['77261', '77263', '77295', '77387', '77402', '77407', '77412', '77427', '77301']) known[`CPT4|${code}`] = concept(nextId++, 'CPT4', code);
const source = () =>
  new TableSource((key) => (known[`${key.vocabularyId}|${key.conceptCode}`] ? standard(known[`${key.vocabularyId}|${key.conceptCode}`]!) : null));

let lineNumber = 0;
function line(code: string, extra: Partial<ClaimLine> = {}): ClaimLine {
  return {
    lineNumber: ++lineNumber,
    lineId: null,
    personId: 'p1',
    encounterId: null,
    courseId: null,
    code,
    modifiers: [],
    dateOfService: '2025-03-03',
    units: null,
    siteOfService: null,
    payer: null,
    ...extra,
  };
}

describe('claim line rules', () => {
  it('builds the OMOP row: standard concept, the code exactly as given, the source concept, units 0 -> 1', async () => {
    const { lines } = await mapClaimBatch([line(' 77412 ', { units: 0 }), line('77412', { units: 3 })], source(), rules);
    expect(lines[0]).toMatchObject({ status: 'MAPPED', family: 'delivery', flags: [] });
    expect(lines[0]!.rows).toEqual([
      {
        cdmTable: 'PROCEDURE_OCCURRENCE',
        domainId: 'Procedure',
        procedureConceptId: known['CPT4|77412']!.conceptId,
        procedureSourceValue: ' 77412 ',
        procedureSourceConceptId: known['CPT4|77412']!.conceptId,
        modifierConceptId: 0,
        modifierSourceValue: null,
        quantity: 1,
        procedureDate: '2025-03-03',
        procedureEndDate: null,
        procedureTypeConceptId: 900,
        personId: 'p1',
        visitOccurrenceId: null,
        providerId: null,
      },
    ]);
    expect(lines[1]!.rows[0]!.quantity).toBe(3);
  });

  it('chooses the component modifier as the one about the procedure and keeps all of them in the source value', async () => {
    const { lines } = await mapClaimBatch([line('77387-59', { modifiers: ['26'] }), line('77402')], source(), rules);
    expect(lines[0]!.rows[0]).toMatchObject({ modifierConceptId: 1, modifierSourceValue: '59,26', procedureSourceValue: '77387-59' });
    expect(lines[0]!.flags).toContain('PROFESSIONAL_COMPONENT');
  });

  it('flags weekly management, once-per-course and add-on codes from their billing profiles', async () => {
    const { lines } = await mapClaimBatch(
      [line('77427'), line('77295'), line('77387', { encounterId: 'e1' }), line('77412', { encounterId: 'e1' })],
      source(),
      rules,
    );
    expect(lines[0]!.flags).toEqual(['WEEKLY_MANAGEMENT']);
    expect(lines[0]!.messages[0]).toMatch(/five fractions/);
    expect(lines[1]!.flags).toEqual(['ONCE_PER_COURSE']);
    expect(lines[2]!.flags).toEqual(['ADD_ON']);
  });

  it('flags an add-on without any of its primary codes in its encounter (encounterId, else person and date)', async () => {
    const { lines } = await mapClaimBatch(
      [line('77387', { encounterId: 'e1' }), line('77412', { encounterId: 'e2' }), line('77387', { personId: 'p2' }), line('77407', { personId: 'p2' })],
      source(),
      rules,
    );
    expect(lines[0]!.flags).toEqual(['ADD_ON', 'ADD_ON_WITHOUT_PRIMARY']);
    expect(lines[0]!.messages.at(-1)).toMatch(/no primary code \(77402, 77407, 77412, 77385, 77386\) is reported in encounter e1/);
    expect(lines[2]!.flags).toEqual(['ADD_ON']);
  });

  it('flags a once-per-course code repeated within a course, whatever the order of the lines', async () => {
    const { lines } = await mapClaimBatch(
      [
        line('77263', { courseId: 'c1', dateOfService: '2025-03-10' }),
        line('77263', { courseId: 'c1', dateOfService: '2025-03-01' }),
        line('77263', { courseId: 'c2' }),
        line('77295', { courseId: 'c1', units: 2 }),
      ],
      source(),
      rules,
    );
    expect(lines[0]!.flags).toEqual(['ONCE_PER_COURSE', 'REPEATED_PLANNING']);
    expect(lines[0]!.messages.at(-1)).toMatch(/already reported in course c1 on line \d+ \(2025-03-01\)/);
    expect(lines[1]!.flags).toEqual(['ONCE_PER_COURSE']);
    expect(lines[2]!.flags).toEqual(['ONCE_PER_COURSE']);
    expect(lines[3]!.flags).toEqual(['ONCE_PER_COURSE', 'REPEATED_PLANNING']);
  });

  it('keeps -26 and -TC apart and bundles the technical part of 77387 from the date its profile says', async () => {
    const { lines } = await mapClaimBatch(
      [
        line('77387-TC', { dateOfService: '2025-12-31' }),
        line('77387-TC', { dateOfService: '2026-01-01' }),
        line('77387-26', { dateOfService: '2026-01-01' }),
        line('77387', { dateOfService: '2026-02-01' }),
      ],
      source(),
      rules,
    );
    expect(lines[0]!.flags).not.toContain('BUNDLED_COMPONENT');
    expect(lines[0]!.flags).toContain('TECHNICAL_COMPONENT');
    expect(lines[1]!.flags).toEqual(expect.arrayContaining(['TECHNICAL_COMPONENT', 'BUNDLED_COMPONENT']));
    expect(lines[1]!.messages.join('\n')).toMatch(/technical component of 77387 is bundled into 77402, 77407, 77412 from 2026-01-01 \(status B\)/);
    expect(lines[1]!.status).toBe('MAPPED');
    expect(lines[2]!.flags).not.toContain('BUNDLED_COMPONENT');
    expect(lines[3]!.messages.join('\n')).toMatch(/no longer reported globally from 2026-01-01/);
  });

  it('rejects malformed input line by line and keeps the other lines', async () => {
    const { lines, summary } = await mapClaimBatch(
      [line('77A12'), line('77412-ABC'), line('77412', { dateOfService: '1850-01-01' }), line('77412', { units: -1 }), line('77412')],
      source(),
      rules,
    );
    expect(lines.map((l) => l.status)).toEqual(['REJECTED', 'REJECTED', 'REJECTED', 'REJECTED', 'MAPPED']);
    expect(lines.slice(0, 4).every((l) => l.flags.join() === 'MALFORMED_INPUT' && l.rows.length === 0 && l.messages.length === 1)).toBe(true);
    expect(lines[2]!.messages[0]).toMatch(/out of range/);
    expect(summary).toEqual({
      lines: 5,
      mapped: 1,
      unmapped: 0,
      rejected: 4,
      rows: 1,
      flags: [{ flag: 'MALFORMED_INPUT', count: 4 }],
      tables: [{ table: 'PROCEDURE_OCCURRENCE', rows: 1 }],
    });
  });

  it('leaves unknown codes and unknown modifiers unmapped with a 0 row', async () => {
    const { lines } = await mapClaimBatch([line('99999'), line('77412-ZZ')], source(), rules);
    expect(lines[0]).toMatchObject({ status: 'UNMAPPED', flags: ['UNKNOWN_CODE'], rows: [{ procedureConceptId: 0, procedureSourceConceptId: 0 }] });
    expect(lines[1]).toMatchObject({ status: 'UNMAPPED', flags: ['UNKNOWN_CODE'], rows: [{ procedureConceptId: 0, modifierSourceValue: 'ZZ' }] });
    expect(lines[1]!.messages[0]).toMatch(/modifier 'ZZ' is unknown/);
  });

  it('gives one row per target of a one-to-many map, and the successors of a code not valid on its date', async () => {
    const a = concept(1001, 'SNOMED', 'A');
    const b = concept(1002, 'SNOMED', 'B');
    const g = concept(1003, 'HCPCS', 'G6015');
    const src = new TableSource((key) =>
      key.conceptCode === 'G6015'
        ? standard(g, {
            validOnDate: false,
            validFrom: '2015-01-01',
            validUntil: '2025-12-31',
            successors: [
              {
                code: { vocabularyId: 'CPT4', conceptCode: '77407' },
                effectiveDate: '2026-01-01',
                condition: 'level-2',
                criterionIds: ['x'],
                setting: null,
                changeId: '2026-g6015-replaced',
              },
            ],
          })
        : {
            source: concept(1000, 'CPT4', key.conceptCode, { standardConcept: null }),
            status: 'STANDARD',
            targets: [a, b],
            viaReplacement: false,
            validOnDate: true,
            validFrom: null,
            validUntil: null,
            successors: [],
            warnings: [],
            useReplaced: false,
          },
    );
    const { lines } = await mapClaimBatch([line('77999'), line('G6015', { dateOfService: '2026-02-01' })], src, rules);
    expect(lines[0]!.rows.map((r) => r.procedureConceptId)).toEqual([1001, 1002]);
    expect(lines[0]!.flags).toEqual(['ONE_TO_MANY']);
    expect(lines[1]!.flags).toEqual(['NOT_VALID_ON_DATE', 'DEPRECATED_SOURCE']);
    expect(lines[1]!.successors).toHaveLength(1);
    expect(lines[1]!.messages[0]).toMatch(/G6015 is not valid on 2026-02-01 \(valid 2015-01-01 to 2025-12-31\); successors: 77407 \(level-2\) from 2026-01-01/);
  });

  it('resolves each distinct (code, date, site) once per batch', async () => {
    const src = source();
    await mapClaimBatch(
      [line('77412'), line('77412-26'), line('77412', { dateOfService: '2025-03-04' }), line('77412', { siteOfService: 'PHYSICIAN_OFFICE' })],
      src,
      rules,
    );
    expect(src.calls).toHaveLength(1);
    expect(src.calls[0]).toHaveLength(3);
  });

  it('maps a sorted stream like a batch, holding an encounter until it ends, and counts split encounters', async () => {
    async function* lines(): AsyncGenerator<ClaimLine[]> {
      yield [line('77387', { encounterId: 'e1' }), line('7X', { encounterId: 'e1' })];
      yield [line('77412', { encounterId: 'e1' }), line('77387', { encounterId: 'e2' }), line('77263', { encounterId: 'e3', courseId: 'c1' })];
      yield [line('77263', { encounterId: 'e4', courseId: 'c1' }), line('77412', { encounterId: 'e2' })];
    }
    const report: StreamReport = { resolvedKeys: 0, encountersSplit: 0, coursesSplit: 0 };
    const out = [];
    for await (const chunk of mapClaimStream(lines(), source(), rules, report, { chunkSize: 2 })) out.push(...chunk);
    expect(out.map((o) => o.lineNumber)).toEqual([...out.map((o) => o.lineNumber)].sort((x, y) => x - y));
    expect(out.map((o) => o.flags.join('+'))).toEqual([
      'ADD_ON',
      'MALFORMED_INPUT',
      '',
      'ADD_ON+ADD_ON_WITHOUT_PRIMARY',
      'ONCE_PER_COURSE',
      'ONCE_PER_COURSE+REPEATED_PLANNING',
      '',
    ]);
    expect(report.encountersSplit).toBe(1);
  });

  it('prepares a line only when its input can be read', () => {
    expect(new LineReader().prepare(line('77412', { dateOfService: '2025-02-30' })).ok).toBe(false);
    expect(new LineReader().prepare(line('77412', { units: 1.5 })).ok).toBe(false);
    expect(new LineReader().prepare(line('77412', { units: 0 }))).toMatchObject({ ok: true, prepared: { quantity: 1 } });
  });
});

describe('claim files', () => {
  it('splits CSV records across chunks, with quotes, doubled quotes, CRLF and newlines inside quotes', () => {
    const splitter = new CsvSplitter();
    const first = splitter.push('code,modifiers\r\n77387,"26,5');
    const second = splitter.push('9"\n"77\n412","say ""hi"""\n\n77427,');
    const last = splitter.push('', true);
    expect([...first, ...second, ...last]).toEqual([
      { record: ['code', 'modifiers'], line: 1 },
      { record: ['77387', '26,59'], line: 2 },
      { record: ['77\n412', 'say "hi"'], line: 3 },
      { record: ['77427', ''], line: 6 },
    ]);
  });

  it('reads CSV and JSON Lines claims with snake_case or camelCase names and reports unreadable lines in place', async () => {
    const csv: ClaimLine[] = [];
    for await (const batch of readCsvClaims(
      Readable.from([
        'LINE_ID,code,Modifiers,date_of_service,units,site_of_service\na,77387-26,59;RT,2025-01-02,2,hospital_outpatient\nb,77412,,2025-01-02,x,moon\nc,77412\n',
      ]),
    ))
      csv.push(...batch);
    expect(csv[0]).toMatchObject({ lineNumber: 2, lineId: 'a', code: '77387-26', modifiers: ['59', 'RT'], units: 2, siteOfService: 'HOSPITAL_OUTPATIENT' });
    expect(csv[1]!.inputProblems).toEqual(["units 'x' is not a whole number", "site of service 'moon' is not PHYSICIAN_OFFICE or HOSPITAL_OUTPATIENT"]);
    expect(csv[2]!.inputProblems).toEqual(['expected 6 columns, got 2']);
    const jsonl: ClaimLine[] = [];
    for await (const batch of readJsonlClaims(
      Readable.from([
        '{"code":"77412","date_of_service":"2025-01-02","modifiers":["26"]}\n\n[1]\n{"cod',
        'e":"77412","dateOfService":"2025-01-02","colour":1}',
      ]),
    ))
      jsonl.push(...batch);
    expect(jsonl.map((l) => [l.lineNumber, l.code, l.inputProblems ?? []])).toEqual([
      [1, '77412', []],
      [3, '', ['not a JSON object']],
      [4, '77412', ["unknown member 'colour'"]],
    ]);
    await expect(async () => {
      for await (const _ of readCsvClaims(Readable.from(['code,when\n']))) void _;
    }).rejects.toThrow(/must name the columns code and date_of_service/);
  });
});

describe('CDM rows a CDM accepts', () => {
  const device = concept(700, 'HCPCS', 'C1717', { domainId: 'Device' });
  const observation = concept(701, 'CPT4', '4163F', { domainId: 'Observation' });
  const condition = concept(702, 'HCPCS', 'Z0001', { domainId: 'Condition' });
  const measurement = concept(703, 'LOINC', 'T-1', { domainId: 'Measurement' });
  const oneToTwo = concept(704, 'HCPCS', 'Z0002', { standardConcept: null });
  const domainSource = () =>
    new TableSource((key) => {
      const id = `${key.vocabularyId}|${key.conceptCode}`;
      if (id === 'HCPCS|C1717') return standard(device);
      if (id === 'CPT4|4163F') return standard(observation);
      if (id === 'HCPCS|Z0001') return standard(condition);
      if (id === 'HCPCS|Z0002') return standard(oneToTwo, { targets: [known['CPT4|77412']!, measurement] });
      if (id === 'HCPCS|Z0003') return { ...standard(device), status: 'NO_STANDARD_TARGET', targets: [] };
      return known[id] ? standard(known[id]) : null;
    });

  it('routes each row by the domain of its standard concept, an unmapped one by its source concept, and says the table', async () => {
    const { lines, summary } = await mapClaimBatch(
      [line('77412'), line('C1717'), line('4163F'), line('Z0002'), line('Z0003'), line('99999'), line('Z0001')],
      domainSource(),
      rules,
    );
    expect(lines.map((l) => l.rows.map((r) => r.cdmTable))).toEqual([
      ['PROCEDURE_OCCURRENCE'],
      ['DEVICE_EXPOSURE'],
      ['OBSERVATION'],
      ['PROCEDURE_OCCURRENCE', 'MEASUREMENT'],
      ['DEVICE_EXPOSURE'],
      ['PROCEDURE_OCCURRENCE'],
      ['OBSERVATION'],
    ]);
    expect(lines[4]!.status).toBe('UNMAPPED');
    expect(lines[6]!.messages.join()).toMatch(/domain Condition has no CDM event table of its own here: the row goes to OBSERVATION/);
    expect(summary.tables).toEqual([
      { table: 'PROCEDURE_OCCURRENCE', rows: 3 },
      { table: 'DEVICE_EXPOSURE', rows: 2 },
      { table: 'OBSERVATION', rows: 2 },
      { table: 'MEASUREMENT', rows: 1 },
    ]);
  });

  it("writes each table's own columns: a device row names device_concept_id, an observation keeps its modifier as qualifier and has no quantity", async () => {
    const { lines } = await mapClaimBatch([line('C1717', { units: 3, visitOccurrenceId: 'v1', providerId: 'd7' }), line('4163F-26')], domainSource(), rules);
    const deviceColumns = Object.fromEntries(cdmColumns(lines[0]!.rows[0]!).map((c) => [c.name, c.value]));
    expect(cdmColumnNames('DEVICE_EXPOSURE')).toEqual(Object.keys(deviceColumns));
    expect(deviceColumns).toMatchObject({
      device_concept_id: 700,
      device_exposure_start_date: '2025-03-03',
      device_type_concept_id: 900,
      quantity: 3,
      device_source_value: 'C1717',
      device_source_concept_id: 700,
      visit_occurrence_id: 'v1',
      provider_id: 'd7',
      person_id: 'p1',
    });
    const observationColumns = Object.fromEntries(cdmColumns(lines[1]!.rows[0]!).map((c) => [c.name, c.value]));
    expect(observationColumns).toMatchObject({
      observation_concept_id: 701,
      qualifier_concept_id: 1,
      qualifier_source_value: '26',
      observation_type_concept_id: 900,
    });
    expect('quantity' in observationColumns).toBe(false);
  });

  it("takes the caller's Type Concept, refuses one of another domain, keeps and reports one the vocabulary lacks, and defaults to 'Claim'", async () => {
    const result = await mapClaimBatch(
      [
        line('77412'),
        line('77412', { procedureTypeConceptId: '901' }),
        line('77412', { procedureTypeConceptId: '100' }),
        line('77412', { procedureTypeConceptId: '555' }),
        line('77412', { procedureTypeConceptId: 'claims' }),
      ],
      domainSource(),
      rules,
    );
    expect(result.lines.map((l) => l.rows[0]?.procedureTypeConceptId ?? l.status)).toEqual([900, 901, 'REJECTED', 555, 'REJECTED']);
    expect(result.lines[2]!.messages[0]).toMatch(/procedureTypeConceptId 100 is 'test 77261' \(domain Procedure\), not a Type Concept/);
    expect(result.lines[4]!.messages[0]).toMatch(/is not a concept id/);
    expect(result.warnings).toEqual([
      "1 line without procedureTypeConceptId got 900 ('Claim', the loaded vocabulary's Type Concept for claims)",
      'procedureTypeConceptId 555 (1 line) is not in the loaded vocabulary: kept as given',
    ]);
    const bare = domainSource();
    bare.hasClaimType = false;
    const without = await mapClaimBatch([line('77412')], bare, rules);
    expect(without.lines[0]!.rows[0]!.procedureTypeConceptId).toBe(0);
    expect(without.warnings[0]).toMatch(/got 0: the loaded vocabulary has no Type Concept 'Claim'/);
  });

  it("fills procedureEndDate from the line's through date (77427's five fractions) and refuses one before the date of service", async () => {
    const { lines } = await mapClaimBatch(
      [line('77427', { dateOfService: '2025-03-03', dateOfServiceEnd: '2025-03-07' }), line('77427'), line('77427', { dateOfServiceEnd: '2025-03-01' })],
      domainSource(),
      rules,
    );
    expect(lines[0]!.rows[0]).toMatchObject({ procedureDate: '2025-03-03', procedureEndDate: '2025-03-07' });
    expect(lines[1]!.rows[0]!.procedureEndDate).toBeNull();
    expect(lines[1]!.messages.join()).toMatch(
      /procedureEndDate \(the last of the five\) is filled from the line's dateOfServiceEnd, which this line does not give/,
    );
    expect(lines[0]!.messages.join()).not.toMatch(/which this line does not give/);
    expect(lines[2]).toMatchObject({ status: 'REJECTED', flags: ['MALFORMED_INPUT'] });
  });

  it('collects SOURCE_TO_CONCEPT_MAP rows: one per distinct code and target, 0 for what maps nowhere, dates of use when the target moved', async () => {
    const sourceMap = new SourceToConceptMapCollector();
    const replaced = concept(710, 'HCPCS', 'Z0010', { validStartDate: '2015-01-01' });
    const replacement = concept(711, 'CPT4', '77999');
    const moving = new TableSource((key) => {
      if (key.conceptCode === 'Z0010')
        return key.date < '2026-01-01'
          ? standard(replaced, { validUntil: '2025-12-31' })
          : standard(replaced, { targets: [replacement], viaReplacement: true, validUntil: '2025-12-31' });
      if (key.conceptCode === 'Z0002') return standard(oneToTwo, { targets: [known['CPT4|77412']!, measurement] });
      return known[`${key.vocabularyId}|${key.conceptCode}`] ? standard(known[`${key.vocabularyId}|${key.conceptCode}`]!) : null;
    });
    await mapClaimBatch(
      [
        line('77412'),
        line('77412-26', { dateOfService: '2025-04-01' }),
        line('Z0002'),
        line('99999'),
        line('Z0010', { dateOfService: '2024-02-02' }),
        line('Z0010', { dateOfService: '2026-02-02' }),
        line('bad'),
      ],
      moving,
      rules,
      { sourceMap },
    );
    expect(
      sourceMap
        .rows()
        .map((r) => [r.sourceVocabularyId, r.sourceCode, r.sourceConceptId, r.targetConceptId, r.targetVocabularyId, r.validStartDate, r.validEndDate]),
    ).toEqual([
      ['CPT4', '77412', known['CPT4|77412']!.conceptId, known['CPT4|77412']!.conceptId, 'CPT4', '1970-01-01', '2099-12-31'],
      ['CPT4', '99999', 0, 0, 'None', '1970-01-01', '2099-12-31'],
      ['HCPCS', 'Z0002', 704, known['CPT4|77412']!.conceptId, 'CPT4', '1970-01-01', '2099-12-31'],
      ['HCPCS', 'Z0002', 704, 703, 'LOINC', '1970-01-01', '2099-12-31'],
      ['HCPCS', 'Z0010', 710, 710, 'HCPCS', '2024-02-02', '2024-02-02'],
      ['HCPCS', 'Z0010', 710, 711, 'CPT4', '2026-02-02', '2026-02-02'],
    ]);
  });
});
