export const programs = {
  heading: 'Programs that can prepare you',
  intro: 'Education programs that lead to this career:',
  cip: 'CIP',
  none: 'No education programs are matched to this occupation in the CIP–SOC crosswalk.',
  source: 'Source:',
  showAll: (n: string) => `Show all ${n} programs`,
  showFewer: 'Show fewer programs',
};
