import type { Messages } from '../en.ts';

export const attribution: Messages['attribution'] = {
  label: {
    oews: 'Salarios',
    projections: 'Proyecciones',
    cip: 'Programas',
  },
};
