import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Class-data sharing for the launcher's JVM: much of the embedded Neo4j's boot is loading and
 * verifying its classes, which a CDS archive maps from one file instead (ready in 6.5 s instead of
 * 8.8 s on a quiet 2-core machine, docs/benchmarks.md). Java 17
 * writes such an archive when a JVM run with -XX:ArchiveClassesAtExit exits; the next starts map it
 * with -XX:SharedArchiveFile.
 *
 * The archive sits beside the launcher's jar (it is only valid for that jar and its lib/). A JVM
 * dumps into a file of its own name; a later start adopts a finished dump by renaming it once a
 * JVM has mapped it with -Xshare:on (which refuses a partial or foreign file: mapping a truncated
 * archive without that check crashes the JVM). An archive the JVM can no longer use (Java was
 * upgraded) is seen in the log after start-up and dropped, so the next start writes a new one.
 */

const ARCHIVE = 'neo4j-embedded.jsa';
const DUMP = /^neo4j-embedded\.[\w-]+\.dump\.jsa$/;
/** A dump older than this that still does not map was left by a JVM killed while writing it. */
const STALE_DUMP_MS = 60 * 60 * 1000;
/** What the JVM logs when it cannot use the archive it was given. */
const ARCHIVE_REFUSED = /\[cds[^\]]*\].*(Unable to use shared archive|not a valid shared archive|cannot handle shared archive|different version|mismatch)/i;

/** The JVM flags that map the archive, or that ask this JVM to write one at its exit. */
export function classDataSharingFlags(jar: string): string[] {
  const dir = dirname(jar);
  const archive = join(dir, ARCHIVE);
  if (existsSync(archive) || adoptDump(jar)) return [`-XX:SharedArchiveFile=${archive}`];
  return [`-XX:ArchiveClassesAtExit=${join(dir, `neo4j-embedded.${randomUUID().slice(0, 8)}.dump.jsa`)}`];
}

/**
 * The flag that maps the archive when there is one, and nothing otherwise: for the launcher's
 * other short-lived programs (the bulk import), which use the same jar but should not write the
 * archive the database boots from.
 */
export function existingArchiveFlags(jar: string): string[] {
  const archive = join(dirname(jar), ARCHIVE);
  return existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [];
}

/** Drops the archive when the start-up log shows the JVM refused it. */
export function dropRefusedArchive(jar: string, startupLog: string): boolean {
  if (!ARCHIVE_REFUSED.test(startupLog)) return false;
  rmSync(join(dirname(jar), ARCHIVE), { force: true });
  return true;
}

function adoptDump(jar: string): boolean {
  const dir = dirname(jar);
  const dumps = readdirSync(dir).filter((name) => DUMP.test(name));
  let adopted = false;
  for (const name of dumps) {
    const dump = join(dir, name);
    if (!adopted && maps(jar, dump)) {
      try {
        renameSync(dump, join(dir, ARCHIVE));
        adopted = true;
        continue;
      } catch {
        // another start adopted one first
      }
    }
    // The rest are copies of the same classes, or left half-written by a killed JVM.
    if (adopted || ageMs(dump) > STALE_DUMP_MS) rmSync(dump, { force: true });
  }
  return adopted || existsSync(join(dir, ARCHIVE));
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function maps(jar: string, archive: string): boolean {
  const probe = spawnSync('java', [`-XX:SharedArchiveFile=${archive}`, '-Xshare:on', '-cp', jar, '-version'], { stdio: 'ignore', timeout: 30_000 });
  return probe.status === 0;
}
