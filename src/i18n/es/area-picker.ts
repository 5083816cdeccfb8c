import type { Messages } from '../en.ts';

export const areaPicker: Messages['areaPicker'] = {
  legend: 'Ubicación',
  state: 'Estado',
  stateOrTerritory: 'Estado o territorio',
  area: 'Área metropolitana o no metropolitana',
  nation: 'Estados Unidos (cifras nacionales)',
  wholeState: (state: string) => `Todo el estado de ${state}`,
  metropolitan: 'Áreas metropolitanas',
  nonmetropolitan: 'Áreas no metropolitanas (rurales)',
  noAreas: (state: string) => `Estos datos no incluyen áreas metropolitanas ni no metropolitanas de ${state}.`,
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default areaPicker;
