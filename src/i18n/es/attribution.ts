import type { Messages } from '../en.ts';

export const attribution: Messages['attribution'] = {
  label: {
    oews: 'Salarios',
    projections: 'Proyecciones',
    cip: 'Programas',
  },
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default attribution;
