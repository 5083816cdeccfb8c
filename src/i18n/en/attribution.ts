export const attribution = {
  /** Labels of the BLS and NCES credits (the endpoint's texts begin with them in English). */
  label: {
    oews: 'Wages',
    projections: 'Projections',
    cip: 'Programs',
  } as Record<string, string>,
};
