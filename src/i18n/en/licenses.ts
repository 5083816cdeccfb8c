export const licenses = {
  heading: (state: string) => `Licenses in ${state}`,
  intro: 'Licenses this career may need, from CareerOneStop’s License Finder:',
  none: (state: string) => `CareerOneStop lists no license for this career in ${state}.`,
  agency: 'Issued by',
  showAll: (n: string) => `Show all ${n} licenses`,
  showFewer: 'Show fewer licenses',
};
