import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../src/cells/progress';
import { decodeCode, encodeCode, MAX_SHARED_CHARS, shareHash, sharedCode } from '../../../src/cells/shareLink';

const known = ['nms', 'box-iou'];

describe('progress in localStorage is untrusted', () => {
  it('reads passes of known exercises', () => {
    expect({ ...parseProgress('{"nms":{"passed":true,"at":5}}', known) }).toEqual({ nms: { passed: true, at: 5 } });
  });

  it.each([
    ['not JSON', '{nms'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a string', '"nms"'],
    ['an unknown id', '{"evil":{"passed":true}}'],
    ['a truthy non-true', '{"nms":{"passed":"yes"}}'],
    ['a prototype key', '{"__proto__":{"passed":true},"constructor":{"passed":true}}'],
    ['far too long', `{"nms":{"passed":true,"x":"${'a'.repeat(200000)}"}}`],
  ])('%s gives no progress and does not throw', (_, raw) => {
    const p = parseProgress(raw, known);
    expect(Object.keys(p)).toEqual([]);
    expect(Object.getPrototypeOf(p)).toBeNull();
  });

  it('a bad timestamp keeps the pass with time 0', () => {
    expect(parseProgress('{"box-iou":{"passed":true,"at":"soon"}}', known)['box-iou']).toEqual({ passed: true, at: 0 });
  });
});

describe('code in a share link', () => {
  it('round-trips UTF-8 code, including non-ASCII and URL-unsafe characters', () => {
    const code = 'const µ = "a+b/c=d?&#";\n// ∑ τ → ∞\n';
    expect(decodeCode(encodeCode(code))).toBe(code);
    expect(encodeCode(code)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('finds the code for its own cell id only', () => {
    const hash = shareHash('metrics', 'interpret-metrics', 'interpret-metrics-1', 'console.log(1)');
    expect(sharedCode(hash, 'interpret-metrics-1')).toEqual({ code: 'console.log(1)' });
    expect(sharedCode(hash, 'interpret-metrics-2')).toBeNull();
    expect(sharedCode('#/metrics/interpret-metrics', 'interpret-metrics-1')).toBeNull();
  });

  it('rejects garbage and oversized code instead of throwing', () => {
    expect(sharedCode('#/a/b?cell=x&code=%%%', 'x')).toEqual({ invalid: true });
    expect(decodeCode('!!!')).toBeNull();
    expect(decodeCode('_w')).toBeNull(); // 0xFF: not UTF-8
    expect(decodeCode(encodeCode('x'.repeat(MAX_SHARED_CHARS + 1)))).toBeNull();
  });
});
