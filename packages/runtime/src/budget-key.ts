// The name a client keys its rate-limit budget by: a module of its own, so a client that computes
// it (every client does) does not pull the throttle and rate-limiter-flexible into a bundle
// without the throttle plugin (issue 13, bundle size).

/**
 * A stable, non-reversible name for a credential, to key its rate-limit budget without keeping the
 * credential itself as a key (cyrb53: fast, no crypto module needed in browsers).
 */
export function budgetKey(scope: string, credential: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < credential.length; i++) {
    const ch = credential.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${scope}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
