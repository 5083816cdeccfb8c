export const certifications = {
  heading: 'Certifications',
  intro: 'Certifications for this career in CareerOneStop’s Certification Finder:',
  by: 'Offered by',
  showAll: (n: string) => `Show all ${n} certifications`,
  showFewer: 'Show fewer certifications',
};
