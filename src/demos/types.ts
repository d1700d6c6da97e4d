import type { Component } from 'svelte';
import type { ParamLimits, ParamRepair, ParamSchema, ParamValues } from './params';

export type DemoStatus = 'loading' | 'ready' | 'error';

/**
 * One presenter step: what it says, and the params it sets. Step k is step 0's state with the
 * patches of steps 1…k applied in order, so it looks the same whichever way you reach it.
 */
export interface DemoStep<V> {
  say: string;
  patch?: Partial<V>;
  /** The panel (`data-panel` in the demo) the step is about, scrolled into view; by default the first panel showing a changed param. */
  show?: string;
}

/** The eager, light part of a demo: everything the shell needs without loading the demo. */
export interface DemoMeta<S extends ParamSchema = ParamSchema> {
  id: string;
  title: string;
  claim: string; // the one sentence the demo proves
  questions: string[]; // "notebook-slug/anchor" of the questions it answers
  params: S;
  limits?: ParamLimits<S>;
  repair?: ParamRepair<S>;
  steps?: (values: ParamValues<S>) => DemoStep<ParamValues<S>>[];
}

/** Props every demo component receives from its host. */
export interface DemoProps<S extends ParamSchema = ParamSchema> {
  params: ParamValues<S>;
  setParams: (patch: Partial<ParamValues<S>>) => void;
  presenting: boolean;
  /** A demo reports `ready` once it has drawn, or `error` with a readable message. */
  setStatus: (status: DemoStatus, message?: string) => void;
}

export interface DemoEntry<S extends ParamSchema = ParamSchema> {
  meta: DemoMeta<S>;
  load: () => Promise<{ default: Component<DemoProps<S>> }>;
}

/** Props of a demo's settings group: its params and the way to change them, nothing else of the host. */
export type ParamProps<S extends ParamSchema = ParamSchema> = Pick<DemoProps<S>, 'params' | 'setParams'>;

/** Props of one panel inside a demo: the demo's state object and its params, without the status reporting. */
export type PanelProps<Demo, S extends ParamSchema = ParamSchema> = ParamProps<S> & { demo: Demo; presenting?: boolean };
