import { describe, expect, it } from 'vitest';
import { PerGeneration } from '../../src/db/vocabulary-generation.js';

/** A read that counts its calls and answers with the call's number (or fails when told to). */
function countingRead() {
  const state = { calls: 0, fail: false };
  const read = () => {
    state.calls += 1;
    return state.fail ? Promise.reject(new Error(`read ${state.calls} failed`)) : Promise.resolve(state.calls);
  };
  return { state, read };
}

describe('a value kept per vocabulary generation', () => {
  it('is read once per generation and shared, and read again when the generation changes', async () => {
    const { state, read } = countingRead();
    let generation: number | undefined = 1;
    const kept = new PerGeneration(read, () => generation);
    expect(await Promise.all([kept.get(), kept.get(), kept.get()])).toEqual([1, 1, 1]);
    expect(state.calls).toBe(1);
    generation = 2;
    expect(await kept.get()).toBe(2);
    expect(await kept.get()).toBe(2);
    expect(state.calls).toBe(2);
  });

  it('is read at every call while the generation is unknown', async () => {
    const { state, read } = countingRead();
    const kept = new PerGeneration(read, () => undefined);
    expect([await kept.get(), await kept.get()]).toEqual([1, 2]);
    expect(state.calls).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const { state, read } = countingRead();
    const kept = new PerGeneration(read, () => 7);
    state.fail = true;
    await expect(kept.get()).rejects.toThrow('read 1 failed');
    state.fail = false;
    expect(await kept.get()).toBe(2);
    expect(await kept.get()).toBe(2);
  });
});
