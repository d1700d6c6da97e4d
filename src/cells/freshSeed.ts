/**
 * A fresh seed for an exercise's random cases. It only picks *which* seeded cases to make (the
 * cases themselves come from randomSeeded); crypto is used so we never touch Math.random.
 */
export function freshSeed(): number {
  return 1 + (crypto.getRandomValues(new Uint32Array(1))[0] % 999_999);
}
