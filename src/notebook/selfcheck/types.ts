/**
 * Self-check items, written from a question's answer (one file per notebook in items/, keyed by
 * the question's anchor). Every item says why its answer is right; every wrong option says why
 * it is wrong, because that is what a reader practising for an interview needs to hear.
 */
interface ItemBase {
  id: string; // unique within the notebook; the flashcard deck's key
  prompt: string;
  explain: string; // why the answer is right, in the answer's own terms
}

export interface ChoiceOption {
  text: string;
  correct?: true;
  why?: string; // required on every wrong option
}

export interface ChoiceItem extends ItemBase {
  kind: 'choice';
  options: ChoiceOption[];
}

export interface NumericItem extends ItemBase {
  kind: 'numeric';
  answer: number;
  tolerance: number; // absolute; > 0, and said in the page
  unit?: string;
}

/** Steps listed in the right order; the page shows them shuffled. */
export interface OrderItem extends ItemBase {
  kind: 'order';
  steps: string[];
}

export type SelfCheckItem = ChoiceItem | NumericItem | OrderItem;

/** A notebook's items by question anchor. */
export type NotebookSelfCheck = Record<string, SelfCheckItem[]>;
