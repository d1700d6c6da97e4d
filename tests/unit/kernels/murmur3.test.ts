import { describe, expect, it } from 'vitest';
import { murmur3 } from '../../../src/kernels/murmur3';

// Published MurmurHash3_x86_32 test vectors, as collected in https://stackoverflow.com/questions/14747343
// and checked by Boost.Hash2 (test/murmur3_32_legacy.cpp): [bytes, seed, hash].
const bytes = (...b: number[]) => Uint8Array.from(b);
const VECTORS: [string, Uint8Array | string, number, number][] = [
  ['empty, seed 0', '', 0, 0],
  ['empty, seed 1', '', 1, 0x514e28b7],
  ['empty, seed 0xffffffff', '', 0xffffffff, 0x81f16f39],
  ['ff ff ff ff', bytes(0xff, 0xff, 0xff, 0xff), 0, 0x76293b50],
  ['21 43 65 87', bytes(0x21, 0x43, 0x65, 0x87), 0, 0xf55b516b],
  ['21 43 65 87, seed 0x5082edee', bytes(0x21, 0x43, 0x65, 0x87), 0x5082edee, 0x2362f9de],
  ['21 43 65', bytes(0x21, 0x43, 0x65), 0, 0x7e4a8634],
  ['21 43', bytes(0x21, 0x43), 0, 0xa0f7b07a],
  ['21', bytes(0x21), 0, 0x72661cf4],
  ['00 00 00 00', bytes(0, 0, 0, 0), 0, 0x2362f9de],
  ['00 00 00', bytes(0, 0, 0), 0, 0x85f0b427],
  ['00 00', bytes(0, 0), 0, 0x30f4c306],
  ['00', bytes(0), 0, 0x514e28b7],
  ['"abc"', 'abc', 0, 0xb3dd93fa],
  ['"abcdbcdecdef…nopq"', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', 0, 0xee925b90],
  ['"The quick brown fox…", seed 0x9747b28c', 'The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
];

describe('murmur3 (MurmurHash3_x86_32)', () => {
  it.each(VECTORS)('%s hashes to the published value', (_, key, seed, want) => {
    expect(VECTORS.length).toBeGreaterThan(0);
    expect(murmur3(key, seed)).toBe(want);
  });
});
