import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import type { Manifest } from '../../src/modules/claims/cdm-files.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { spawnCommand } from '../helpers/commands.js';
import { tempFolder } from '../helpers/vocabulary-folders.js';

/** The claims command as a user runs it: `npm run map:claims -- INPUT [--out FILE] ...`. */
const { graph } = useTestDatabase();
const work = tempFolder('claims-cli');

function runCli(...args: string[]) {
  return spawnCommand('map-claims', args);
}

const CSV = `line_id,person_id,encounter_id,course_id,code,modifiers,date_of_service,units,site_of_service
l1,p1,e1,c1,77263,,2026-01-05,1,
l2,p1,e2,c1,77412,,2026-01-06,0,
l3,p1,e2,c1,77387-26,,2026-01-06,,
l4,p1,e2,c1,77387,TC,2026-01-06,1,
l5,p1,e3,c1,77387,26,2026-01-07,1,
l6,p1,e4,c1,77263,,2026-01-12,1,
l7,p1,e4,c1,77427,,2026-01-12,1,
l8,p1,e5,c1,77A12,,2026-01-13,1,
l9,p1,e5,c1,"77412, 59",,2026-01-13,two,
`;

const JSONL = [
  { lineId: 'j1', personId: 'p2', code: 'G6015', dateOfService: '2026-02-02', siteOfService: 'PHYSICIAN_OFFICE' },
  { line_id: 'j2', person_id: 'p2', code: '99999', date_of_service: '2025-02-02' },
  'not json',
  { lineId: 'j4', personId: 'p2', code: '77412', modifiers: ['LT'], dateOfService: '2025-02-02', units: 3 },
]
  .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
  .join('\n');

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
  writeFileSync(join(work, 'claims.csv'), CSV);
  writeFileSync(join(work, 'claims.jsonl'), `${JSONL}\n`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run map:claims', () => {
  it('runs the documented example (docs/claim-lines.md): the documented rows, the rejects beside the output, a summary in good English', () => {
    const page = readFileSync(join(import.meta.dirname, '../../docs/claim-lines.md'), 'utf8');
    const documented = (file: string): string => {
      const text = new RegExp(`\`out/${file.replaceAll('.', '\\.')}\`[^\\n]*\\n\\n\`\`\`csv\\n([\\s\\S]*?)\`\`\``).exec(page)?.[1];
      expect(text, `docs/claim-lines.md documents out/${file}`).toBeDefined();
      return text!;
    };
    // The command this test runs is the one both pages show.
    const command =
      'npm run map:claims -- examples/claims.csv --out out/rows.csv --cdm-dir out/cdm \\\n  --source-to-concept-map out/source_to_concept_map.csv';
    expect(page).toContain(command);
    expect(readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')).toContain(command);
    const out = join(work, 'out');
    const { code, stdout, stderr } = runCli(
      'examples/claims.csv',
      '--out',
      join(out, 'rows.csv'),
      '--cdm-dir',
      join(out, 'cdm'),
      '--source-to-concept-map',
      join(out, 'source_to_concept_map.csv'),
    );
    expect(code, stderr).toBe(0);
    for (const file of ['rows.csv', 'cdm/procedure_occurrence.csv', 'cdm/device_exposure.csv', 'source_to_concept_map.csv']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(documented(file));
    }
    const rejects = join(out, 'rows.rejects.tsv');
    expect(readFileSync(rejects, 'utf8')).toMatch(/^line\tline_id\treason\n9\t8\t'77A12' is not a CPT4 code/);
    expect(stdout).toContain(`1 line rejected: see ${rejects}`);
    expect(stdout).toContain('9 rows written to');
    expect(stdout).toContain('rows by table: PROCEDURE_OCCURRENCE 8, DEVICE_EXPOSURE 1');
    const manifest = JSON.parse(readFileSync(join(out, 'cdm', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.provenance).toMatchObject({ vocabularyRelease: null, knowledgePackVersion: expect.stringMatching(/^sha256:[0-9a-f]{12}$/) });
    expect(manifest.summary.tables).toEqual([
      { table: 'PROCEDURE_OCCURRENCE', rows: 8 },
      { table: 'DEVICE_EXPOSURE', rows: 1 },
    ]);
    expect(manifest.files.map((f) => f.kind)).toEqual(['rows', 'PROCEDURE_OCCURRENCE', 'DEVICE_EXPOSURE', 'SOURCE_TO_CONCEPT_MAP', 'rejects']);
    expect(manifest.warnings[0]).toMatch(/9 lines without procedureTypeConceptId got 0/);
    expect(stdout).toContain(`knowledge pack ${manifest.provenance.knowledgePackVersion}; manifest: ${join(out, 'cdm', 'manifest.json')}`);
    expect(existsSync('claims-rejects.tsv')).toBe(false);
  });

  it('reads the payer column: a CPT delivery code in an office in 2020 is flagged for Medicare only, and a bad payer is rejected', () => {
    writeFileSync(
      join(work, 'payers.csv'),
      'line_id,code,date_of_service,site_of_service,payer\nm,77412,2020-06-01,PHYSICIAN_OFFICE,medicare\no,77412,2020-06-01,PHYSICIAN_OFFICE,OTHER\nu,77412,2020-06-01,PHYSICIAN_OFFICE,\nx,77412,2020-06-01,PHYSICIAN_OFFICE,aetna\n',
    );
    const out = join(work, 'payers-out.csv');
    const rejects = join(work, 'payers-rejects.tsv');
    const { code, stderr } = runCli(join(work, 'payers.csv'), '--out', out, '--rejects', rejects);
    expect(code, stderr).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split(','));
    const flagsOf = (id: string) => rows.find((row) => row.at(-3) === id)?.at(-1);
    expect(flagsOf('m')).toContain('NOT_VALID_ON_DATE');
    expect(flagsOf('o')).not.toContain('NOT_VALID_ON_DATE');
    expect(flagsOf('u')).not.toContain('NOT_VALID_ON_DATE');
    expect(readFileSync(rejects, 'utf8')).toContain("payer 'aetna' is not MEDICARE or OTHER");
  });

  it('maps a CSV file to PROCEDURE_OCCURRENCE rows, writes the rejects with line numbers and prints a summary', () => {
    const out = join(work, 'out.csv');
    const rejects = join(work, 'rejects.tsv');
    const { code, stdout, stderr } = runCli(join(work, 'claims.csv'), '--out', out, '--rejects', rejects);
    expect(stderr).toMatch(/claims\.csv: 9 rows in [\d.]+ s, 2 rejected/);
    expect(code).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'cdm_table,person_id,procedure_concept_id,procedure_date,procedure_end_date,procedure_type_concept_id,quantity,modifier_concept_id,procedure_source_value,' +
        'procedure_source_concept_id,modifier_source_value,visit_occurrence_id,provider_id,domain_id,line_number,line_id,status,flags',
    );
    expect(rows).toHaveLength(8);
    const byId = new Map(rows.slice(1).map((row) => [row.split(',')[15], row.split(',')]));
    expect([byId.get('l2')?.[3], byId.get('l2')?.[6]]).toEqual(['2026-01-06', '1']);
    expect(byId.get('l3')?.[17]).toBe('ADD_ON|PROFESSIONAL_COMPONENT');
    expect(byId.get('l4')?.[17]).toBe('ADD_ON|TECHNICAL_COMPONENT|BUNDLED_COMPONENT');
    expect(byId.get('l5')?.[17]).toBe('ADD_ON|ADD_ON_WITHOUT_PRIMARY|PROFESSIONAL_COMPONENT');
    expect(byId.get('l6')?.[17]).toBe('ONCE_PER_COURSE|REPEATED_PLANNING');
    expect(byId.get('l7')?.[17]).toBe('WEEKLY_MANAGEMENT');
    expect(stdout).toMatch(/mapped .*claims\.csv: 9 lines in [\d.]+ s \([\d,]+ lines\/s\), peak memory \d+ MB/);
    expect(stdout).toContain('7 mapped, 0 unmapped, 2 rejected; 7 rows written to');
    expect(stdout).toMatch(
      /flags: WEEKLY_MANAGEMENT 1, ADD_ON 3, ADD_ON_WITHOUT_PRIMARY 1, ONCE_PER_COURSE 2, REPEATED_PLANNING 1, PROFESSIONAL_COMPONENT 2, TECHNICAL_COMPONENT 1, BUNDLED_COMPONENT 1, MALFORMED_INPUT 2/,
    );
    expect(stdout).toContain(`2 lines rejected: see ${rejects}`);
    const rejected = readFileSync(rejects, 'utf8').trim().split('\n');
    expect(rejected[0]).toBe('line\tline_id\treason');
    expect(rejected[1]).toMatch(/^9\tl8\t'77A12' is not a CPT4 code/);
    expect(rejected[2]).toMatch(/^10\tl9\tunits 'two' is not a whole number/);
  });

  it('reads JSON Lines and writes JSON Lines to standard output, summary on standard error', () => {
    const rejects = join(work, 'jsonl-rejects.tsv');
    const { code, stdout, stderr } = runCli(join(work, 'claims.jsonl'), '--format', 'jsonl', '--rejects', rejects);
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((r) => [r.line_id, r.status])).toEqual([
      ['j1', 'MAPPED'],
      ['j2', 'UNMAPPED'],
      ['j4', 'MAPPED'],
    ]);
    expect(rows[0]).toMatchObject({ procedure_source_value: 'G6015', flags: ['NOT_VALID_ON_DATE', 'DEPRECATED_SOURCE'], line_number: 1 });
    expect((rows[0]!.messages as string[]).join()).toMatch(/successors: 77407 \(level-2\) from 2026-01-01, 77412 \(level-3\) from 2026-01-01/);
    expect(rows[1]).toMatchObject({ procedure_concept_id: 0, procedure_source_concept_id: 0, flags: ['UNKNOWN_CODE'] });
    expect(rows[2]).toMatchObject({ quantity: 3, modifier_source_value: 'LT', line_number: 4 });
    expect(rows[2]!.modifier_concept_id).toBeGreaterThan(2_000_000_000);
    expect(stderr).toContain('2 mapped, 1 unmapped, 1 rejected; 3 rows written to standard output');
    expect(readFileSync(rejects, 'utf8')).toMatch(/^3\t\tnot JSON/m);
  });

  it('exits 1 with --strict when a line was rejected, 0 when none was', () => {
    expect(runCli(join(work, 'claims.csv'), '--out', join(work, 'strict.csv'), '--rejects', join(work, 'strict.tsv'), '--strict').code).toBe(1);
    const clean = join(work, 'clean.csv');
    writeFileSync(clean, 'code,date_of_service\n77412,2025-03-03\n');
    const rejects = join(work, 'clean-rejects.tsv');
    const result = runCli(clean, '--out', join(work, 'clean-out.csv'), '--rejects', rejects, '--strict');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no lines rejected');
    expect(existsSync(rejects)).toBe(false);
  });

  it('warns when encounters or courses are not sorted together', () => {
    const unsorted = join(work, 'unsorted.csv');
    writeFileSync(unsorted, 'encounter_id,code,date_of_service\ne1,77387,2025-03-03\ne2,77412,2025-03-03\ne1,77412,2025-03-03\n');
    const { code, stdout } = runCli(unsorted, '--out', join(work, 'unsorted-out.csv'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/warning: the input is not sorted: 1 encounters and 0 courses came back/);
  });

  it('reads procedure_type_concept_id, date_of_service_end, visit and provider columns, and writes only the CDM folder when no --out is given', () => {
    const input = join(work, 'cdm-columns.csv');
    writeFileSync(
      input,
      'line_id,code,date_of_service,date_of_service_end,procedure_type_concept_id,visit_occurrence_id,provider_id\n' +
        'a,77427,2025-03-03,2025-03-07,32817,v9,d4\nb,77427,2025-03-03,2025-03-01,,,\nc,77412,2025-03-03,,x1,,\n',
    );
    const dir = join(work, 'cdm-only');
    const { code, stdout, stderr } = runCli(input, '--cdm-dir', dir);
    expect(code, stderr).toBe(0);
    const [header, ...rows] = readFileSync(join(dir, 'procedure_occurrence.csv'), 'utf8').trim().split('\n');
    const columns = header!.split(',');
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(rows[0]!.split(',').map((value, i) => [columns[i], value]));
    expect(row).toMatchObject({
      procedure_date: '2025-03-03',
      procedure_end_date: '2025-03-07',
      procedure_type_concept_id: '32817',
      visit_occurrence_id: 'v9',
      provider_id: 'd4',
    });
    expect(stdout).toContain(`written to ${dir} (one file per table)`);
    expect(stdout).toContain('warning: procedureTypeConceptId 32817 (1 line) is not in the loaded vocabulary: kept as given');
    const rejected = readFileSync(join(dir, 'cdm-columns.rejects.tsv'), 'utf8');
    expect(rejected).toMatch(/^3\tb\tdate of service end 2025-03-01 is before the date of service/m);
    expect(rejected).toMatch(/^4\tc\tprocedureTypeConceptId 'x1' is not a concept id/m);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });

  it('explains its usage and exits 2 on bad options', () => {
    for (const args of [[], ['--bogus', join(work, 'claims.csv')], [join(work, 'claims.csv'), '--format', 'xml'], [join(work, 'missing.csv')]]) {
      const { code, stderr } = runCli(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/usage: npm run map:claims -- INPUT/);
    }
  });
});
