import { badInput, limitExceeded } from '../errors.js';

/**
 * Relay-style pages over ordered lists. Cursors are opaque to clients; inside they are the
 * offset of the item in a deterministic order, so a page is stable as long as the graph does
 * not change between requests (vocabulary data changes only when a load runs).
 */

/** Page size when `first` is omitted, and the most a client may ask for. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1_000;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Where a page starts and how many items it holds. */
export interface PageWindow {
  offset: number;
  limit: number;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T, E extends Edge<T> = Edge<T>> {
  edges: E[];
  pageInfo: PageInfo;
  totalCount: number;
}

const CURSOR_PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor names; BAD_USER_INPUT naming the argument when it is not ours. */
export function decodeCursor(cursor: string, argument = 'after'): number {
  const text = /^[A-Za-z0-9_-]{1,32}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw badInput(`${argument} is not a cursor this service issued: '${cursor.slice(0, 64)}'`, argument);
  return Number(match[1]);
}

/**
 * The window `first`/`after` ask for. `first` above the maximum is refused (never silently
 * clamped): PAGE_SIZE_LIMIT_EXCEEDED with the limit and the value asked.
 */
export function pageWindow(args: PageArgs, options: { defaultSize?: number; maxSize?: number } = {}): PageWindow {
  const maxSize = options.maxSize ?? MAX_PAGE_SIZE;
  const first = args.first ?? options.defaultSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw badInput(`first must be a whole number of 0 or more, got ${first}`, 'first');
  if (first > maxSize) throw limitExceeded('PAGE_SIZE_LIMIT_EXCEEDED', `first may be at most ${maxSize}, got ${first}`, maxSize, first, 'first');
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

/**
 * A connection from one page of items (already cut to the window) and the true total.
 * `toEdge` adds fields an edge carries beside node and cursor (levels of separation, ...).
 */
export function connection<T, E extends Edge<T> = Edge<T>>(
  items: readonly T[],
  window: PageWindow,
  totalCount: number,
  toEdge: (item: T, cursor: string) => E = (node, cursor) => ({ node, cursor }) as E,
): Connection<T, E> {
  const edges = items.map((item, index) => toEdge(item, encodeCursor(window.offset + index)));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + items.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A connection over a list held whole in memory (small curated lists). */
export function connectionOf<T>(all: readonly T[], args: PageArgs, options?: { defaultSize?: number; maxSize?: number }): Connection<T> {
  const window = pageWindow(args, options);
  return connection(all.slice(window.offset, window.offset + window.limit), window, all.length);
}
