import cliProgress from 'cli-progress';

const MB = 1024 * 1024;

/** What a command's progress prints when a file is done (a vocabulary file's report is one). */
export interface FinishedFile {
  file: string;
  rowsRead: number;
  rejected: number;
  seconds: number;
  rowsWithMissingConcepts?: number;
  missingConceptIds?: number;
}

/**
 * Progress of a command that reads files: the loaders' progress sinks (ingest/athena/load.ts's
 * ProgressSink) and the claims command's take this shape.
 */
export interface CommandProgress {
  startFile(file: string, totalBytes: number): void;
  update(bytesRead: number, rowsRead: number): void;
  finishFile(report: FinishedFile): void;
}

/** A progress bar per file on a terminal. */
export function terminalProgress(): CommandProgress {
  let bar: cliProgress.SingleBar | undefined;
  return {
    startFile(file, totalBytes) {
      bar = new cliProgress.SingleBar(
        { format: `${file.padEnd(20)} {bar} {percentage}% | {rows} rows | {rate} rows/s | {eta_formatted} left`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(totalBytes, 1), 0, { rows: 0, rate: 0 });
      (bar as unknown as { startedAt: number }).startedAt = Date.now();
    },
    update(bytesRead, rowsRead) {
      const started = (bar as unknown as { startedAt: number } | undefined)?.startedAt ?? Date.now();
      const rate = Math.round(rowsRead / Math.max((Date.now() - started) / 1000, 0.001));
      bar?.update(bytesRead, { rows: rowsRead.toLocaleString('en-US'), rate: rate.toLocaleString('en-US') });
    },
    finishFile() {
      bar?.stop();
    },
  };
}

/** Periodic progress lines, for logs and CI where no terminal redraws a bar. */
export function lineProgress(write: (line: string) => void, everyMs = 5_000): CommandProgress {
  let file = '';
  let total = 0;
  let started = 0;
  let last = 0;
  return {
    startFile(name, totalBytes) {
      file = name;
      total = totalBytes;
      started = Date.now();
      last = started;
      write(`${file}: loading ${(totalBytes / MB).toFixed(1)} MB`);
    },
    update(bytesRead, rowsRead) {
      const now = Date.now();
      if (now - last < everyMs) return;
      last = now;
      const rate = Math.round(rowsRead / Math.max((now - started) / 1000, 0.001));
      const percent = total > 0 ? Math.floor((100 * bytesRead) / total) : 100;
      write(`${file}: ${percent}% ${rowsRead.toLocaleString('en-US')} rows, ${rate.toLocaleString('en-US')} rows/s`);
    },
    finishFile(report: FinishedFile) {
      write(
        `${report.file}: ${report.rowsRead.toLocaleString('en-US')} rows in ${report.seconds.toFixed(1)} s` +
          (report.rejected ? `, ${report.rejected} rejected` : '') +
          (report.rowsWithMissingConcepts
            ? `, ${report.rowsWithMissingConcepts.toLocaleString('en-US')} rows refer to ${(report.missingConceptIds ?? 0).toLocaleString('en-US')} concept ids absent from CONCEPT`
            : ''),
      );
    },
  };
}
