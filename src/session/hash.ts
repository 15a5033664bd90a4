/** cyrb53: a fast, well-spread 53-bit string hash (public domain, bryc). Synchronous, so the
 * browser and Node agree on a story's version without WebCrypto. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

const storyVersions = new Map<string, string>();
const STORY_VERSIONS_KEPT = 16;

/** A compiled story's version: the hash runs record, computed once per story (hashing 200 KB at
 * every start, replay and listing adds up). */
export function storyVersionOf(storyJson: string): string {
  let version = storyVersions.get(storyJson);
  if (version === undefined) {
    version = hashString(storyJson);
    if (storyVersions.size >= STORY_VERSIONS_KEPT) storyVersions.delete(storyVersions.keys().next().value!);
    storyVersions.set(storyJson, version);
  }
  return version;
}
