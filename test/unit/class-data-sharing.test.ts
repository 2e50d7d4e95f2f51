import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classDataSharingFlags, dropRefusedArchive, existingArchiveFlags } from '../../src/db/embedded/class-data-sharing.js';

/** The archive's life beside a launcher jar (a stand-in: no JVM maps these files). */
let dir: string;
const jar = () => join(dir, 'neo4j-embedded.jar');
afterEach(() => rmSync(dir, { recursive: true, force: true }));
function launcherFolder(): void {
  dir = mkdtempSync(join(tmpdir(), 'pcg-cds-'));
  writeFileSync(jar(), 'not a real jar');
}

describe('the class-data-sharing archive', () => {
  it('is asked of the JVM at its exit when there is none, under a name of its own', () => {
    launcherFolder();
    const [flag] = classDataSharingFlags(jar());
    expect(flag).toMatch(new RegExp(`^-XX:ArchiveClassesAtExit=${dir}/neo4j-embedded\\.[\\w-]+\\.dump\\.jsa$`));
    expect(existingArchiveFlags(jar())).toEqual([]);
  });

  it('is mapped once it exists, by the database and by the bulk import', () => {
    launcherFolder();
    writeFileSync(join(dir, 'neo4j-embedded.jsa'), 'archive');
    expect(classDataSharingFlags(jar())).toEqual([`-XX:SharedArchiveFile=${dir}/neo4j-embedded.jsa`]);
    expect(existingArchiveFlags(jar())).toEqual([`-XX:SharedArchiveFile=${dir}/neo4j-embedded.jsa`]);
  });

  it('never adopts a dump the JVM cannot map (a half-written one would crash it), and forgets an old one', () => {
    launcherFolder();
    writeFileSync(join(dir, 'neo4j-embedded.fresh.dump.jsa'), 'half written');
    writeFileSync(join(dir, 'neo4j-embedded.stale.dump.jsa'), 'left by a killed JVM');
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(dir, 'neo4j-embedded.stale.dump.jsa'), hoursAgo, hoursAgo);
    const [flag] = classDataSharingFlags(jar());
    expect(flag).toMatch(/^-XX:ArchiveClassesAtExit=/);
    expect(existsSync(join(dir, 'neo4j-embedded.jsa'))).toBe(false);
    // The fresh one may still be being written by a JVM that is stopping: it stays.
    expect(readdirSync(dir).sort()).toEqual(['neo4j-embedded.fresh.dump.jsa', 'neo4j-embedded.jar']);
  });

  it('is dropped when the JVM says it cannot use it, and kept otherwise', () => {
    launcherFolder();
    const archive = join(dir, 'neo4j-embedded.jsa');
    writeFileSync(archive, 'archive');
    expect(dropRefusedArchive(jar(), 'READY bolt://127.0.0.1:7687 home=x')).toBe(false);
    expect(existsSync(archive)).toBe(true);
    const refused = '[0.009s][warning][cds] The shared archive file was created by a different version or build of HotSpot\nREADY bolt://127.0.0.1:7687';
    expect(dropRefusedArchive(jar(), `[0.010s][error][cds,dynamic] Unable to use shared archive.\n${refused}`)).toBe(true);
    expect(existsSync(archive)).toBe(false);
  });
});
