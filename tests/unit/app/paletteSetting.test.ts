import { describe, expect, test } from 'vitest';
import { initialPalette } from '../../../src/app/paletteSetting';

describe('initialPalette', () => {
  test('?palette= in the query wins over the stored choice, either way', () => {
    expect(initialPalette('?palette=safe', 'standard')).toBe('safe');
    expect(initialPalette('?palette=standard', 'safe')).toBe('standard');
  });
  test('without a query the stored choice holds, and with neither it is standard', () => {
    expect(initialPalette('', 'safe')).toBe('safe');
    expect(initialPalette('', null)).toBe('standard');
  });
  test('unknown values in the query or in storage are ignored, not trusted', () => {
    expect(initialPalette('?palette=<b>', 'safe')).toBe('safe');
    expect(initialPalette('?palette=SAFE', 'toString')).toBe('standard');
  });
});
