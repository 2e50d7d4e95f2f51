/**
 * The knowledge pack's version as outputs name it: the first 12 hex digits of the hash of its
 * files and of the code that writes them (load-seed.ts), so two graphs loaded from the same pack
 * say the same version and any edit to the pack gives a new one.
 */
export function knowledgePackVersion(hash: string | null): string | null {
  return hash === null ? null : `sha256:${hash.slice(0, 12)}`;
}
