import type { Random } from '../kernels/random';
import { expo } from './closedForms';

/**
 * Retry delays as defined by AWS's backoff simulator (aws-samples/aws-arch-backoff-simulator,
 * `src/backoff_simulator.py`, the code behind Brooker's 2015 "Exponential Backoff And Jitter" post):
 * - `none`: retry at once (NoBackoff);
 * - `exponential`: expo = min(cap, base·2^attempt), no jitter (ExpoBackoff);
 * - `full`: U(0, expo) (ExpoBackoffFullJitter);
 * - `equal`: expo/2 + U(0, expo/2) (ExpoBackoffEqualJitter);
 * - `decorrelated`: min(cap, U(base, 3·previous)), previous starting at base (ExpoBackoffDecorr).
 * `attempt` is the retry number; the AWS simulator increments it before the first call, so its
 * first retry uses attempt 1 (expo = 2·base). Callers here do the same.
 */
export type BackoffKind = 'none' | 'exponential' | 'full' | 'equal' | 'decorrelated';

export const BACKOFF_KINDS: readonly BackoffKind[] = ['none', 'exponential', 'full', 'equal', 'decorrelated'];

export interface BackoffPolicy {
  kind: BackoffKind;
  base: number;
  cap: number;
}

/** The sleep before retry `attempt`; `previous` is the last sleep (used by `decorrelated` only). */
export function backoff(policy: BackoffPolicy, attempt: number, rand: Random, previous = policy.base): number {
  const { kind, base, cap } = policy;
  const v = expo(base, cap, attempt);
  switch (kind) {
    case 'none':
      return 0;
    case 'exponential':
      return v;
    case 'full':
      return rand() * v;
    case 'equal':
      return v / 2 + (rand() * v) / 2;
    case 'decorrelated':
      return Math.min(cap, base + rand() * (previous * 3 - base));
  }
}
