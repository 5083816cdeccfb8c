export const apprenticeships = {
  // The heading and the sentence of CareerOneStop's occupation profile page.
  heading: 'Apprenticeships: learn on the job',
  intro: 'Apprenticeships combine paid on-the-job-training with classroom lessons.',
  offices: (state: string) => `Offices that oversee apprenticeships in ${state}, from CareerOneStop:`,
  none: (state: string) => `CareerOneStop lists no apprenticeship office for ${state}.`,
  levels: {
    federal: 'Federal offices',
    state: 'State offices',
    regional: 'Regional offices',
  },
  contact: 'Contact:',
  phone: 'Phone:',
  finder: 'Find apprenticeship sponsors',
  zipNeedsCode: (zip: string) => `The apprenticeship offices for the ZIP code “${zip}” need an occupation code, or a state.`,
};
