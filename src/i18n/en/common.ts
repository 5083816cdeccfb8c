export const common = {
  loading: 'Loading career information…',
  retry: 'Try again',
  notFound: (code: string) =>
    code ? `No career information was found for ${code}.` : 'No career information was found.',
  network: 'Career information could not be loaded. Check the connection and try again.',
  timeout: 'Career information is taking too long to load.',
  invalidData: 'The career information received was not in the expected form.',
  missingCode: 'Set the code attribute to an O*NET-SOC code, such as 29-2072.00.',
  invalidCode: (value: string) => `“${value}” is not an O*NET-SOC occupation code (it looks like 29-2072.00).`,
  invalidLocation: (value: string) =>
    `“${value}” is not a location: use US, a two-letter state code such as CA, or a BLS area code.`,
  unknownArea: (value: string) => `This career information has no figures for the area “${value}”.`,
  invalidAttribute: (name: string, value: string) => `“${value}” is not a valid value for the ${name} attribute.`,
  notAvailable: 'not available',
  notReleased: 'not released',
  orMore: (amount: string) => `${amount} or more`,
  englishOnly: 'Text from O*NET and the other official sources is available in English only.',
  nation: 'United States',
};
