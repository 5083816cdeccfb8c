import type { Messages } from '../en.ts';

export const licenses: Messages['licenses'] = {
  heading: (state: string) => `Licencias en ${state}`,
  intro: 'Licencias que esta carrera puede requerir, del buscador de licencias de CareerOneStop:',
  none: (state: string) => `CareerOneStop no indica ninguna licencia para esta carrera en ${state}.`,
  agency: 'Expedida por',
  showAll: (n: string) => `Mostrar las ${n} licencias`,
  showFewer: 'Mostrar menos licencias',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default licenses;
