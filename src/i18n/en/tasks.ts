export const tasks = {
  heading: 'Activities: what you might do in a day',
  showAll: (n: string) => `Show all ${n} activities`,
  showFewer: 'Show fewer activities',
  none: 'O*NET has not listed the activities of this occupation yet.',
};
