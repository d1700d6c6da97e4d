import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  preprocessing: [
    {
      id: 'spa-order',
      kind: 'order',
      prompt: 'Put the single-particle cryo-EM steps in order.',
      steps: [
        'Purify and vitrify the sample',
        'Collect dose-fractionated movies',
        'Correct motion and estimate each micrograph’s CTF',
        'Pick particles and clean them with 2D classification',
        'Ab initio model, 3D classification and refinement on two half-sets',
        'Report the gold-standard FSC = 0.143 resolution and sharpen',
      ],
      explain: 'Every step has a QC signal; throw bad data away as early as possible.',
    },
    {
      id: 'fsc-cref',
      kind: 'numeric',
      prompt: 'With C_ref = √(2·FSC / (1 + FSC)), what full-map correlation with the truth does a half-map FSC of 0.143 correspond to?',
      answer: 0.5,
      tolerance: 0.01,
      // √(0.286/1.143) = 0.5002; ±0.01 rejects 0.25 (no square root) and 0.378 (√0.143).
      explain: '√(0.286 / 1.143) ≈ 0.50: the 0.143 half-map criterion matches the 0.5 criterion familiar from crystallography.',
    },
    {
      id: 'nyquist',
      kind: 'numeric',
      prompt: 'A dataset is collected at a pixel size of 1.0 Å. What is the best resolution it can represent (Nyquist)?',
      answer: 2,
      tolerance: 0.05,
      unit: 'Å',
      explain: 'The Nyquist limit is twice the pixel size.',
    },
    {
      id: 'ctf-at-zero',
      kind: 'numeric',
      prompt:
        'In RELION’s convention, CTF(k) = +[√(1 − A²)·sin χ(k) + A·cos χ(k)]·e^{−Bk²/4}, with χ(0) = 0. What is CTF(0) for an amplitude contrast A = 0.07?',
      answer: 0.07,
      tolerance: 0.005,
      // sin 0 = 0, cos 0 = 1, e⁰ = 1, so CTF(0) = +A. The tolerance rejects −0.07 (the flipped overall sign of other
      // packages, or of a misread of RELION’s code), 0 (a pure phase-contrast sin χ model) and 1.
      explain:
        'At k = 0 only the amplitude-contrast term survives: CTF(0) = +A = 0.07. The overall sign is a convention (other packages flip it), but the zeros and Thon rings do not depend on it.',
    },
    {
      id: 'defocus-range',
      kind: 'choice',
      prompt: 'Why collect micrographs over a range of defocus values?',
      options: [
        { text: 'CTF zeros fall at different frequencies, so every frequency is measured somewhere', correct: true },
        { text: 'To reduce the total electron dose', why: 'Defocus does not change the dose; dose fractionation is a separate choice.' },
        { text: 'To remove astigmatism', why: 'Astigmatism is corrected in the microscope and modelled per micrograph; a defocus range does not remove it.' },
        { text: 'Because higher defocus gives higher resolution', why: 'Higher defocus gives more low-resolution contrast but damps high-resolution signal.' },
      ],
      explain: 'A single defocus leaves the same frequencies at zero contrast in every image; a range fills them in.',
    },
  ],
  'semantic-segmentation': [
    {
      id: 'what-it-improves',
      kind: 'choice',
      prompt: 'What does voxel-wise semantic segmentation of a cryo-EM map mainly improve?',
      options: [
        { text: 'Interpretation: atomic model building (masks, Cα seeds, sequence assignment)', correct: true },
        {
          text: 'The reconstruction’s resolution itself',
          why: 'The reconstruction is finished first; segmentation mainly helps build the model (masks can matter at the margins).',
        },
        { text: 'Motion correction of the movies', why: 'That happens long before there is a map to segment.' },
        { text: 'It replaces refinement and validation', why: 'It proposes; the model is still refined against the map and validated with map–model metrics.' },
      ],
      explain: '“Atomic reconstruction” here means model building after the 3D reconstruction.',
    },
    {
      id: 'ca-spacing',
      kind: 'numeric',
      prompt: 'Cα candidates are linked into chains by edges of the typical distance between consecutive Cα atoms. What is it?',
      answer: 3.8,
      tolerance: 0.1,
      unit: 'Å',
      explain: 'Consecutive Cα atoms are about 3.8 Å apart; candidates are linked into a graph with edges of that length.',
    },
    {
      id: 'split-seq',
      kind: 'choice',
      prompt: 'How should map–model pairs be split into training and test sets?',
      options: [
        { text: 'By sequence identity (or release date), so homologues do not straddle the split', correct: true },
        { text: 'By random sub-volumes', why: 'Neighbouring sub-volumes of the same map leak into both sets.' },
        { text: 'By random maps', why: 'Homologous proteins in different maps still inflate the test score.' },
        { text: 'By resolution only', why: 'Resolution strata are useful slices, but they do not prevent homologue leakage.' },
      ],
      explain: 'Homologous proteins in both training and test sets inflate the scores.',
    },
    {
      id: 'why-voxels',
      kind: 'choice',
      prompt: 'Why predict a voxel-wise probability map rather than atoms directly?',
      options: [
        { text: 'The number of atoms is not known in advance; peaks in the probability map become the detections', correct: true },
        { text: 'Voxel labels need no training data', why: 'They are learned from map–model pairs like any supervised target.' },
        { text: 'Atoms cannot be located in cryo-EM maps', why: 'Model building locates them; the dense map is just a convenient intermediate.' },
        { text: 'Voxel-wise output is resolution-independent', why: 'Labels are only as fine as the map allows: residue types need visible side chains.' },
      ],
      explain: 'A dense map handles an unknown count naturally; 3D NMS on the Cα map gives candidate residues.',
    },
  ],
};
