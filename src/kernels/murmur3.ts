/**
 * MurmurHash3_x86_32 (Austin Appleby, SMHasher MurmurHash3.cpp), the 32-bit hash Mash uses for
 * k ≤ 16 (for larger k Mash takes 64 bits of MurmurHash3_x64_128; here 32 bits serve every k, see
 * minHashSketch.ts). A string is hashed as the bytes of its char codes' low 8 bits (ASCII k-mers).
 * Returns an unsigned 32-bit integer.
 */
export function murmur3(key: string | Uint8Array, seed = 0): number {
  const byte = typeof key === 'string' ? (i: number) => key.charCodeAt(i) & 0xff : (i: number) => key[i];
  const len = key.length;
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed >>> 0;
  const blocks = len & ~3;
  for (let i = 0; i < blocks; i += 4) {
    let k = byte(i) | (byte(i + 1) << 8) | (byte(i + 2) << 16) | (byte(i + 3) << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  switch (len & 3) {
    case 3:
      k ^= byte(blocks + 2) << 16;
    // falls through
    case 2:
      k ^= byte(blocks + 1) << 8;
    // falls through
    case 1:
      k ^= byte(blocks);
      k = Math.imul(k, c1);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, c2);
      h ^= k;
  }
  h ^= len;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
