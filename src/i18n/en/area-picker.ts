export const areaPicker = {
  legend: 'Location',
  state: 'State',
  /** When the list includes a territory (Puerto Rico). */
  stateOrTerritory: 'State or territory',
  area: 'Metropolitan or nonmetropolitan area',
  nation: 'United States (national figures)',
  wholeState: (state: string) => `All of ${state}`,
  metropolitan: 'Metropolitan areas',
  nonmetropolitan: 'Nonmetropolitan (rural) areas',
  noAreas: (state: string) => `This data has no metropolitan or nonmetropolitan areas of ${state}.`,
};
