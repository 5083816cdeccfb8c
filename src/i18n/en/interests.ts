export const interests = {
  heading: 'Interests: what kind of work is this?',
  intro: 'How well this work suits people with each of six kinds of interests, best fit first.',
  score: (value: string) => `Score ${value} of 7`,
  scale: 'Scores run from 1 (low) to 7 (high), as rated by O*NET.',
  none: 'O*NET has not rated the interests of this occupation yet.',
};
