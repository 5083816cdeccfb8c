export const search = {
  label: 'Search careers',
  labelPrograms: 'Search education programs',
  hint: 'Type a job title, such as nurse, coder or medical billing.',
  hintPrograms: 'Type a program title, such as welding or medical office.',
  results: (n: number, formatted: string) => (n === 1 ? '1 result' : `${formatted} results`),
  none: (query: string) => `No careers match “${query}”.`,
  noPrograms: (query: string) => `No programs match “${query}”.`,
  matched: 'matched:',
  cip: 'CIP',
};
