import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * The CSV dialect of the files handed to Neo4j's bulk importer: comma-delimited, strings in
 * double quotes ("" inside), an empty unquoted field for an absent property, arrays and
 * multiple labels joined by U+001F (a control character no vocabulary text uses).
 */
export const ARRAY_DELIMITER = '\u001f';
/** How the array delimiter is spelled on the importer's command line. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** Tracks whether any value spans lines: the importer then needs --multiline-fields=true. */
export const multiline = { seen: false };

export function str(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (!multiline.seen && /[\r\n]/.test(value)) multiline.seen = true;
  return `"${value.replaceAll('"', '""')}"`;
}

export const num = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
export const bool = (value: boolean | null | undefined): string => (value === null || value === undefined ? '' : String(value));
/** Dates arrive as YYYY-MM-DD (rows.ts normalises them), which is what the importer reads. */
export const date = (value: string | null | undefined): string => value ?? '';

export function list(values: readonly string[] | null | undefined): string {
  if (!values || values.length === 0) return '';
  return str(values.map((v) => v.replaceAll(ARRAY_DELIMITER, ' ')).join(ARRAY_DELIMITER));
}

/** An output file written in large chunks (synchronous writes: one file at a time, no backpressure to manage). */
export class ChunkedFile {
  private readonly fd: number;
  private chunk: string[] = [];
  private size = 0;
  lines = 0;

  constructor(
    readonly path: string,
    header?: string,
  ) {
    this.fd = openSync(path, 'w');
    if (header !== undefined) writeSync(this.fd, `${header}\n`);
  }

  line(text: string): void {
    this.chunk.push(text);
    this.size += text.length;
    this.lines += 1;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.chunk.length) writeSync(this.fd, `${this.chunk.join('\n')}\n`);
    this.chunk = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
