import type { Messages } from '../en.ts';

export const apprenticeships: Messages['apprenticeships'] = {
  heading: 'Programas de aprendizaje: aprenda en el trabajo',
  intro: 'Los programas de aprendizaje combinan la formación remunerada en el trabajo con clases teóricas.',
  offices: (state: string) => `Oficinas que supervisan los programas de aprendizaje en ${state}, según CareerOneStop:`,
  none: (state: string) => `CareerOneStop no indica ninguna oficina de programas de aprendizaje para ${state}.`,
  levels: {
    federal: 'Oficinas federales',
    state: 'Oficinas estatales',
    regional: 'Oficinas regionales',
  },
  contact: 'Contacto:',
  phone: 'Teléfono:',
  finder: 'Buscar patrocinadores de programas de aprendizaje',
  zipNeedsCode: (zip: string) =>
    `Las oficinas de programas de aprendizaje del código postal “${zip}” requieren un código de ocupación o un estado.`,
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default apprenticeships;
