import { readFileSync } from 'node:fs';

/** The parts of a V8 .cpuprofile (written by node --cpu-prof) this summary reads. */
interface CpuProfile {
  /** Microseconds, on the process's own clock. */
  startTime: number;
  endTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time in ms, idle excluded. */
  busyMs: number;
  idleMs: number;
  /** Self time by where the code comes from: an npm package, Node's own modules, the project, GC. */
  byOrigin: { origin: string; ms: number; share: number }[];
  /** The functions with the most self time. */
  byFunction: { name: string; origin: string; ms: number; share: number }[];
}

/** Where a frame's code comes from: the npm package, `node:` internals, the project's src/, or V8's own entries. */
export function originOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const project = /\/(src|bench)\/(.+)$/.exec(url);
  if (project) return `project ${project[1]}/${project[2]!.split('/')[0]}`;
  return url;
}

/**
 * Self time of a profile, by origin and by function. `window` keeps only the samples taken
 * between `fromEndMs` and `toEndMs` before the profile ended (the load, not start-up or shutdown).
 */
export function summarizeProfile(file: string, window?: { fromEndMs: number; toEndMs: number }, top = 20): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const from = window ? profile.endTime - window.fromEndMs * 1000 : -Infinity;
  const to = window ? profile.endTime - window.toEndMs * 1000 : Infinity;
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= from && at <= to) self.set(id, (self.get(id) ?? 0) + delta / 1000);
  });
  let idleMs = 0;
  const origins = new Map<string, number>();
  const functions = new Map<string, { name: string; origin: string; ms: number }>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    const origin = originOf(url, functionName);
    origins.set(origin, (origins.get(origin) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'} ${url}:${lineNumber + 1}`;
    const entry = functions.get(key) ?? { name: `${functionName || '(anonymous)'}:${lineNumber + 1}`, origin, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const busyMs = [...origins.values()].reduce((a, b) => a + b, 0);
  const share = (ms: number) => ms / Math.max(busyMs, 1e-9);
  return {
    busyMs,
    idleMs,
    byOrigin: [...origins].map(([origin, ms]) => ({ origin, ms, share: share(ms) })).sort((a, b) => b.ms - a.ms),
    byFunction: [...functions.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({ ...f, share: share(f.ms) })),
  };
}
