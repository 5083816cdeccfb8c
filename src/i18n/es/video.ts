import type { Messages } from '../en.ts';

export const video: Messages['video'] = {
  heading: 'Video de la carrera',
  watch: 'Ver en CareerOneStop:',
  source: 'Video de CareerOneStop, patrocinado por el Departamento de Trabajo de EE. UU.',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default video;
