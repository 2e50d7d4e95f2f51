import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints, at the end of a run, every test file with the time its tests and hooks took, slowest
 * first, and the run's wall time: where the suite's time goes, so the slow files are the ones
 * made cheap.
 */
export default class SlowestFilesReporter implements Reporter {
  private readonly started = performance.now();

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length === 0) return;
    const rows = modules
      .map((module) => ({ file: `${module.project.name}: ${module.relativeModuleId}`, ms: module.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms);
    const total = rows.reduce((sum, row) => sum + row.ms, 0);
    const lines = rows.map((row) => `${(row.ms / 1000).toFixed(1).padStart(7)} s  ${row.file}`);
    console.log(
      `\nTest files by time (tests and hooks; ${rows.length} files, ${(total / 1000).toFixed(0)} s in all, ` +
        `${((performance.now() - this.started) / 1000).toFixed(0)} s of wall time):\n${lines.join('\n')}`,
    );
  }
}
