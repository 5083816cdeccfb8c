import type { Messages } from '../en.ts';

export const certifications: Messages['certifications'] = {
  heading: 'Certificaciones',
  intro: 'Certificaciones para esta carrera en el buscador de certificaciones de CareerOneStop:',
  by: 'Otorgada por',
  showAll: (n: string) => `Mostrar las ${n} certificaciones`,
  showFewer: 'Mostrar menos certificaciones',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default certifications;
