import { describe, expect, it } from 'vitest';
import { demoHref, parseHash } from '../../../src/app/route';

describe('parseHash', () => {
  it.each([
    ['', { kind: 'home' }],
    ['#/', { kind: 'home' }],
    ['#/training', { kind: 'notebook', slug: 'training', anchor: undefined }],
    ['#/training/overfitting', { kind: 'notebook', slug: 'training', anchor: 'overfitting' }],
    ['#/demo/roi-align?size=7&aligned=0', { kind: 'demo', id: 'roi-align', query: { size: '7', aligned: '0' } }],
    ['#/demo/bilinear', { kind: 'demo', id: 'bilinear', query: {} }],
    ['#/a/b/c', { kind: 'notFound', path: '/a/b/c' }],
    ['#/demo', { kind: 'notFound', path: '/demo' }],
    ['#/%E0%A4%A', { kind: 'notebook', slug: '%E0%A4%A', anchor: undefined }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('round-trips a demo link with awkward values', () => {
    const href = demoHref('bilinear', { mode: 'a&b=c', x: '1 2' });
    expect(parseHash(href)).toEqual({ kind: 'demo', id: 'bilinear', query: { mode: 'a&b=c', x: '1 2' } });
  });
});
