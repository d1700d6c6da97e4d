/** The demo's sequence pairs, and the cleaning every typed sequence goes through. */
export const MAX_LENGTH = 40; // per sequence: a 41×41 table is the most a page can show cell by cell

export type Kind = 'dna' | 'protein';

export interface Preset {
  a: string;
  b: string;
  kind: Kind;
  source: string;
}

// Human haemoglobin α and β (UniProt P69905 HBA_HUMAN, P68871 HBB_HUMAN), first 40 residues.
const HBA = 'MVLSPADKTNVKAAWGKVGAHAGEYGAEALERMFLSFPTT';
const HBB = 'MVHLTPEEKSAVTALWGKVNVDEVGGEALGRLLVVYPWTQ';

export const PRESETS = {
  notebook: { a: 'GCAT', b: 'GAT', kind: 'dna', source: 'the notebook’s worked table' },
  local: { a: 'TACGA', b: 'ACGT', kind: 'dna', source: 'the notebook’s Smith–Waterman example' },
  durbin: { a: 'HEAGAWGHEE', b: 'PAWHEAE', kind: 'protein', source: 'Durbin et al. 1998, §2.3 (they score it with BLOSUM50)' },
  globin: { a: HBA, b: HBB, kind: 'protein', source: 'human haemoglobin α and β, residues 1–40 (UniProt P69905, P68871)' },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;

const ALLOWED: Record<Kind, RegExp> = {
  dna: /[ACGTUN]/,
  protein: /[ARNDCQEGHILKMFPSTWYVBZX*]/, // BLOSUM62's alphabet
};

export interface Cleaned {
  seq: string;
  notes: string[]; // what was changed, for the page to say
}

/** Upper-cases, drops spaces, digits and symbols outside the alphabet, and cuts to MAX_LENGTH, saying what it did. */
export function cleanSequence(raw: string, kind: Kind, max = MAX_LENGTH): Cleaned {
  const notes: string[] = [];
  const upper = raw.toUpperCase().replace(/[\s\d]/g, '');
  const kept = [...upper].filter((c) => ALLOWED[kind].test(c));
  const dropped = upper.length - kept.length;
  if (dropped > 0) notes.push(`removed ${dropped} symbol${dropped > 1 ? 's' : ''} outside the ${kind === 'dna' ? 'DNA alphabet ACGTUN' : 'BLOSUM62 alphabet'}`);
  if (kept.length > max) notes.push(`cut from ${kept.length} to the first ${max} letters (the table would have more cells than a page can show one by one)`);
  const seq = kept.slice(0, max).join('');
  if (seq.length === 0) notes.push('empty: type at least one letter');
  return { seq, notes };
}
