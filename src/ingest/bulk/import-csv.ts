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

/**
 * An output file of short ASCII lines assembled byte by byte in a 1 MB buffer, with no string
 * per line: CONCEPT_ANCESTOR's tens of millions of lines, as strings, were most of the
 * conversion's garbage. A line is written as its parts (`number`, `bytes`) in order.
 */
export class AsciiLineFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private at = 0;

  constructor(
    readonly path: string,
    header: string,
  ) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, `${header}\n`);
  }

  /** A whole number in decimal, as `${value}` spells it. */
  number(value: number): void {
    // A sign and ten digits at most: ids and levels are read from at most ten digits.
    if (this.at + 11 > this.buffer.length) this.flush();
    let rest = value;
    if (rest < 0) {
      this.buffer[this.at++] = 45;
      rest = -rest;
    }
    let width = 1;
    for (let power = 10; power <= rest; power *= 10) width += 1;
    for (let i = this.at + width - 1; i >= this.at; i--) {
      this.buffer[i] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.at += width;
  }

  bytes(value: Buffer): void {
    if (this.at + value.length > this.buffer.length) this.flush();
    if (value.length > this.buffer.length) writeSync(this.fd, value);
    else this.at += value.copy(this.buffer, this.at);
  }

  private flush(): void {
    if (this.at > 0) writeSync(this.fd, this.buffer, 0, this.at);
    this.at = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
