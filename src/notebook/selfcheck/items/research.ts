import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  publications: [
    {
      id: 'rer',
      kind: 'numeric',
      prompt: 'A method raises accuracy from 80% to 84%. What is the relative error reduction? (RER = (e_base − e_new) / e_base)',
      answer: 20,
      tolerance: 0.5,
      // (20 − 16)/20 = 20%; ±0.5 rejects 4 (absolute points) and 5 (4/80, relative accuracy gain).
      unit: '%',
      explain: 'Error falls from 20% to 16%: (20 − 16)/20 = 20%, alongside +4 points absolute. Quote both.',
    },
    {
      id: 'pseudo-replication',
      kind: 'choice',
      prompt: 'You report a segmentation gain with error bars computed over millions of voxels from 40 maps. What is wrong?',
      options: [
        { text: 'Pseudo-replication: voxels of one map are not independent, so the map is the unit of analysis', correct: true },
        { text: 'Nothing: more samples give more accurate error bars', why: 'Correlated samples shrink the error bars absurdly without adding information.' },
        { text: 'Error bars should be computed over random seeds only', why: 'Seeds matter too, but the interval over test items must use the right unit.' },
        { text: 'Voxels should be subsampled to 40', why: 'The fix is to aggregate per map and compare maps, not to pick 40 voxels.' },
      ],
      explain: 'Use paired differences over maps (or a paired bootstrap over them) and quote the interval.',
    },
    {
      id: 'story-order',
      kind: 'order',
      prompt: 'Order the 60-second story of a paper.',
      steps: ['Problem', 'Gap', 'Idea', 'Evidence', 'So what'],
      explain: 'Lead with a one-sentence headline, tell this story, then go deeper only where the interviewer asks.',
    },
    {
      id: 'noise',
      kind: 'choice',
      prompt: '“How do you know the improvement isn’t noise?” Which answer is strongest?',
      options: [
        {
          text: 'Several seeds, paired comparisons on the same test items, intervals over the right unit, and an ablation tying the gain to the idea',
          correct: true,
        },
        { text: 'The p-value was below 0.05', why: 'A p-value alone, possibly over the wrong unit, says little about size or cause; quote intervals.' },
        { text: 'It beat the state of the art', why: 'Without the dataset, conditions and a tuned baseline, that is not evidence.' },
        { text: 'The reviewers accepted it', why: 'Acceptance is not a statistical argument.' },
      ],
      explain: 'Uncertainty, the right unit and an ablation together show the gain is real and due to the idea.',
    },
  ],
  significance: [
    {
      id: 'so-what-ladder',
      kind: 'choice',
      prompt: 'Climbing the “so what?” ladder from your contribution, where do you stop?',
      options: [
        { text: 'At an outcome a non-specialist would value, one rung before speculation', correct: true },
        {
          text: 'At the technical contribution itself',
          why: 'That states what you did, not what it makes possible or for whom: the consequence is missing.',
        },
        {
          text: 'At the most far-reaching outcome you can imagine, such as faster drug discovery',
          why: 'That is speculation; overclaiming loses credibility unless it is labelled as speculative.',
        },
        { text: 'After exactly three rungs', why: 'There is no fixed count: the audience and the evidence set the stopping point.' },
      ],
      explain: 'Keep asking “so what?” until the consequence matters beyond your subfield, then stop before the claim outruns the evidence.',
    },
    {
      id: 'calibrated-claims',
      kind: 'choice',
      prompt: '“Should transfer to cryo-ET” is which kind of claim?',
      options: [
        { text: 'Plausible: expected but not shown', correct: true },
        { text: 'Demonstrated', why: 'Demonstrated claims name what was shown, e.g. “on 40 held-out maps”.' },
        { text: 'Speculative', why: 'Speculative claims reach much further, e.g. “could speed drug discovery”.' },
        { text: 'Adoption evidence', why: 'Adoption means users, integrations and citations from people who use the method.' },
      ],
      explain: 'Label claims as demonstrated, plausible or speculative; interviewers trust calibrated claims.',
    },
    {
      id: 'evidence',
      kind: 'choice',
      prompt: 'Which is the strongest evidence that a method is significant?',
      options: [
        { text: 'Independent groups reproduce it or build on it to get results that were not possible before', correct: true },
        { text: 'Its citation count alone', why: 'Citations from people who merely mention it are weak; use by others counts.' },
        { text: 'The length of the paper', why: 'Length says nothing about what the work enables.' },
        { text: 'Your own enthusiasm for it', why: 'Significance needs evidence: adoption, confirmation and enabled results.' },
      ],
      explain: 'Adoption, independent confirmation and enabled results are what show significance.',
    },
  ],
};
