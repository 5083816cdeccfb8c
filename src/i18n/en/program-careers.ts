export const programCareers = {
  heading: 'Careers this program prepares you for',
  program: (title: string, cip: string) => `${title} (CIP ${cip})`,
  noMatch: (cip: string) => `The CIP–SOC crosswalk matches no occupation to program ${cip}.`,
  missingCip: 'Set the cip attribute to a CIP 2020 program code, such as 51.0716.',
  invalidCip: (value: string) => `“${value}” is not a CIP program code (it looks like 51.0716).`,
  source: 'Source:',
};
