export const related = {
  heading: 'Related occupations',
  showAll: (n: string) => `Show all ${n} related occupations`,
  showFewer: 'Show fewer related occupations',
  none: 'O*NET does not list related occupations for this occupation.',
  invalidTemplate: (value: string) =>
    `The href-template “${value}” has no {code} placeholder (for example /careers/{code}).`,
  invalidShow: (value: string) => `“${value}” is not a valid show attribute: use wage, outlook or both (wage,outlook).`,
};
