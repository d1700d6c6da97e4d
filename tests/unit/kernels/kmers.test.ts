import { describe, expect, it } from 'vitest';
import { canonicalKmer, jaccard, kmerSet, kmers, reverseComplement } from '../../../src/kernels/kmers';

describe('k-mers', () => {
  it('ACGTT has the 3-mers ACG, CGT, GTT and a sequence shorter than k has none', () => {
    expect(kmers('acgtt', 3)).toEqual(['ACG', 'CGT', 'GTT']);
    expect(kmers('AC', 3)).toEqual([]);
  });
  it('the reverse complement of AACGTN is NACGTT', () => expect(reverseComplement('AACGTN')).toBe('NACGTT'));
  it('canonical k-mers: GTT → AAC, AAC stays, and a k-mer and its reverse complement agree', () => {
    expect(canonicalKmer('GTT')).toBe('AAC');
    expect(canonicalKmer('AAC')).toBe('AAC');
    expect(canonicalKmer('ACGT')).toBe('ACGT'); // its own reverse complement
  });
  it('a sequence and its reverse complement have the same canonical k-mer set', () => {
    const s = 'ATTGCGCAAATGCCGTAGGCTTAACG';
    expect([...kmerSet(s, 5)].sort()).toEqual([...kmerSet(reverseComplement(s), 5)].sort());
  });
  it('k-mers with N are left out of sets', () => expect([...kmerSet('ACNGT', 2, false)].sort()).toEqual(['AC', 'GT']));
  it('Jaccard of {AC, CG, GT} and {CG, GT, TT} is 2/4', () => expect(jaccard(new Set(['AC', 'CG', 'GT']), new Set(['CG', 'GT', 'TT']))).toBe(0.5));
});
