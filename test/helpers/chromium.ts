import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Headless Chromium (Debian's `chromium` package) for the tests that look at a page as a person
 * would. When it is missing, the test setup installs it with apt-get (CI runs as root); when
 * that cannot be done the caller fails loudly with what to install, never skips.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, 'chromium', 'chromium-browser', 'google-chrome'].filter((c): c is string => Boolean(c));

function works(binary: string): boolean {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0 && /chrom/i.test(probe.stdout);
}

let found: string | undefined;

export function chromium(): string {
  if (found) return found;
  found = CANDIDATES.find(works);
  if (found) return found;
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, { encoding: 'utf8', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const update = apt(['update']);
  const install = update.status === 0 ? apt(['install', '-y', '--no-install-recommends', 'chromium']) : update;
  found = CANDIDATES.find(works);
  if (!found) {
    throw new Error(
      `headless Chromium is needed to check the pages and could not be installed (apt-get exited ${install.status}: ${`${install.stderr ?? ''}`.trim().split('\n').slice(-3).join(' ')}); ` +
        "install Debian's chromium package, or set CHROMIUM_PATH",
    );
  }
  return found;
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars', '--no-first-run', '--disable-extensions'];

/**
 * The page's DOM once its scripts have run (virtual time lets timers and promises settle).
 * Asynchronous on purpose: the service under test answers the browser from this same process.
 */
export async function renderedDom(url: string): Promise<string> {
  const { stdout } = await run(chromium(), [...FLAGS, '--virtual-time-budget=20000', '--dump-dom', url], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** A PNG screenshot of the page at `width` x `height`. */
export async function screenshot(url: string, file: string, width = 1280, height = 900): Promise<void> {
  await run(chromium(), [...FLAGS, '--virtual-time-budget=20000', `--window-size=${width},${height}`, `--screenshot=${file}`, url], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}
