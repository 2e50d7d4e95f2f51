import { describe, expect, it } from 'vitest';
import { connection, connectionOf, decodeCursor, encodeCursor, pageWindow, type Connection } from '../../src/api/pagination.js';

describe('pagination', () => {
  it('round-trips cursors and refuses foreign ones with BAD_USER_INPUT naming the argument', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    for (const bad of ['', 'abc', Buffer.from('o:-1').toString('base64url'), 'x'.repeat(100), Buffer.from('o:1e3').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
    }
  });

  it('refuses a page larger than the maximum with the limit and the value asked, never clamping', () => {
    expect(() => pageWindow({ first: 5_000 })).toThrow(
      expect.objectContaining({ extensions: { code: 'PAGE_SIZE_LIMIT_EXCEEDED', limit: 1_000, requested: 5_000, argument: 'first' } }),
    );
    expect(() => pageWindow({ first: -1 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ first: 3, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 3 });
  });

  it('walks a list page by page with honest totals and page info', () => {
    const all = Array.from({ length: 7 }, (_, i) => i);
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Connection<number> = connectionOf(all, { first: 3, after });
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.edges.map((edge) => edge.node));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(3);
    const empty = connection([], { offset: 0, limit: 5 }, 0);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
