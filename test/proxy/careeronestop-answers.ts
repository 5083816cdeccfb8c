/**
 * CareerOneStop answers in the shapes its documentation and its users' code show
 * (/work/shared/reference/careeronestop-api.md), with the quirks reported: numbers as strings with
 * thousands separators, top-coded wages ("100+", "208,000+"), the state's projection row and the
 * nation's in one list, related titles in two shapes, unordered tasks, null lists.
 */

const meta = {
  Publisher: 'CareerOneStop',
  Sponsor: 'U.S. Department of Labor, Employment and Training Administration',
  LastAccessDate: '11/26/2026',
  CitationSuggested: 'CareerOneStop Web API, sponsored by the U.S. Department of Labor',
  DataSource: [
    {
      DataName: 'Occupational Employment and Wage Statistics',
      DataSourceName: 'U.S. Bureau of Labor Statistics',
      DataSourceUrl: 'https://www.bls.gov/oes/',
      DataSourceCitation: 'U.S. Department of Labor, Bureau of Labor Statistics, OEWS',
    },
    {
      DataName: 'O*NET',
      DataSourceName: 'National Center for O*NET Development',
      // An http link: the schema carries https only, so the proxy links CareerOneStop instead.
      DataSourceUrl: 'http://www.onetcenter.org/',
      DataSourceCitation: 'O*NET OnLine, National Center for O*NET Development',
    },
  ],
};

type Rate = [pct10: string, pct25: string, median: string, pct75: string, pct90: string];
const wage = (RateType: string, [Pct10, Pct25, Median, Pct75, Pct90]: Rate, StFips: string, Area: string, AreaName: string) =>
  ({ RateType, Pct10, Pct25, Median, Pct75, Pct90, StFips, Area, AreaName });

/** Per occupation: the nation's wages, and the state's and metro areas' by location. */
const WAGES: Record<string, { national: object[]; CA: object[]; sf: object[]; MN: object[]; msp: object[] }> = {
  '29-2072.00': {
    national: [
      wage('Annual', ['37,000', '43,490', '51,140', '64,820', '81,150'], '00', '99', 'United States'),
      wage('Hourly', ['17.79', '20.91', '24.59', '31.17', '39.01'], '00', '99', 'United States'),
    ],
    CA: [
      wage('Hourly', ['21.07', '24.56', '29.92', '37.38', '45.57'], '06', '06', 'California'),
      wage('Annual', ['43,830', '51,090', '62,230', '77,750', '94,780'], '06', '06', 'California'),
    ],
    sf: [
      wage('Annual', ['56,790', '66,620', '79,990', '96,180', '113,740'], '06', '41860', 'San Francisco-Oakland-Hayward, CA'),
      wage('Hourly', ['27.30', '32.03', '38.46', '46.24', '54.68'], '06', '41860', 'San Francisco-Oakland-Hayward, CA'),
    ],
    MN: [wage('Annual', ['42,010', '48,560', '56,620', '67,520', '79,330'], '27', '27', 'Minnesota')],
    msp: [wage('Annual', ['44,570', '50,330', '58,800', '69,490', '81,140'], '27', '33460', 'Minneapolis-St. Paul-Bloomington, MN-WI')],
  },
  '29-1215.00': {
    national: [
      wage('Annual', ['82,600', '171,050', '224,460', '208,000+', '208,000+'], '00', '99', 'United States'),
      wage('Hourly', ['39.71', '82.24', '100+', '100+', '100+'], '00', '99', 'United States'),
    ],
    CA: [], sf: [], MN: [], msp: [],
  },
};

const projection = (StateName: string, Stfips: string, est: string, proj: string, pct: string, openings: string) =>
  ({ StateName, Stfips, EstimatedEmployment: est, ProjectedEmployment: proj, PerCentChange: pct, ProjectedAnnualJobOpening: openings });

const US_PROJECTION = projection('United States', '00', '194,800', '208,600', '7.1', '14,200');
const STATE_PROJECTIONS: Record<string, object> = {
  CA: projection('California', '06', '18,540', '20,110', '8.5', '1,550'),
  MN: projection('Minnesota', '27', '3,870', '4,080', '5.4', '290'),
};

/** Which state and metro a location falls in, as CareerOneStop resolves it. */
const PLACES: Record<string, { state: 'CA' | 'MN'; metro: 'sf' | 'msp' | null }> = {
  CA: { state: 'CA', metro: null },
  '94110': { state: 'CA', metro: 'sf' },
  'Saint Paul, MN': { state: 'MN', metro: 'msp' },
  MN: { state: 'MN', metro: null },
};

const DETAILS: Record<string, object> = {
  '29-2072.00': {
    OnetTitle: 'Medical Records Specialists',
    OnetCode: '29-2072.00',
    OnetDescription: 'Compile, process, and maintain medical records of hospital and clinic patients.',
    SocInfo: { SocCode: '29-2072', SocTitle: 'Medical Records Specialists', SocDescription: 'Compile, process, and maintain medical records.' },
    BrightOutlook: 'Bright',
    BrightOutlookCategory: 'Rapid Growth',
    Green: null,
    COSVideoURL: 'https://www.careeronestop.org/Videos/CareerVideos/career-videos.aspx?videocode=29207100',
    Video: [
      { VideoCode: '29207100', VideoTitle: 'Medical Records Specialists', VideoType: 'Occupation' },
      { VideoCode: '29000000', VideoTitle: 'Healthcare Practitioners and Technical', VideoType: 'Cluster' },
    ],
    EducationTraining: {
      EducationType: [
        { EducationLevel: 'High school diploma or equivalent', Value: '31' },
        { EducationLevel: 'Post-secondary certificate', Value: '46' },
        { EducationLevel: "Associate's degree", Value: '23' },
      ],
      EducationCode: '5',
      EducationTitle: 'Postsecondary nondegree award',
      ExperienceCode: '3',
      ExperienceTitle: 'None',
      TrainingCode: '4',
      TrainingTitle: 'None',
    },
    // Unordered, as CareerOneStop sends them; DataValue is the task's importance.
    Tasks: [
      { TaskDescription: 'Scan patients\u2019 health records into electronic formats.', TaskId: '22889', DataValue: '3.62' },
      { TaskDescription: 'Protect the security of medical records to ensure that confidentiality is maintained.', TaskId: '22882', DataValue: '4.71' },
      { TaskDescription: 'Review records for completeness, accuracy, and compliance with regulations.', TaskId: '22880', DataValue: '4.48' },
      { TaskDescription: 'Process patient admission and discharge documents.', TaskId: '22885', DataValue: '3.62' },
    ],
    Dwas: null,
    AlternateTitles: ['Health Information Technician', 'Medical Coder', 'Medical Records Clerk'],
    SkillsDataList: [
      { ElementId: '2.A.1.a', ElementName: 'Reading Comprehension', ElementDescription: 'Understanding written sentences.', DataValue: '3.88', Importance: 'Very important' },
      { ElementId: '2.A.2.a', ElementName: 'Critical Thinking', ElementDescription: 'Using logic and reasoning.', DataValue: '3.50', Importance: 'Important' },
      { ElementId: '2.B.1.a', ElementName: 'Social Perceptiveness', ElementDescription: 'Being aware of others.', DataValue: '', Importance: null },
    ],
    KnowledgeDataList: [
      { ElementId: '2.C.1.a', ElementName: 'Administration and Management', ElementDescription: 'Business principles.', DataValue: '2.95', Importance: 'Important' },
      { ElementId: '2.C.1.b', ElementName: 'Administrative', ElementDescription: 'Clerical procedures.', DataValue: '4.19', Importance: 'Very important' },
    ],
    AbilityDataList: null,
    InterestDataList: [
      { ElementId: '1.B.1.b', ElementName: 'Investigative', ElementDescription: 'Ideas and thinking.', DataValue: '4.33', Importance: null },
      { ElementId: '1.B.1.f', ElementName: 'Conventional', ElementDescription: 'Set procedures.', DataValue: '6.97', Importance: null },
    ],
    RelatedOnetTitles: { '29-9021.00': 'Health Information Technologists and Medical Registrars', '31-9094.00': 'Medical Transcriptionists' },
    OOHs: [{ Title: 'Medical Records Specialists', OOHUrl: 'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm' }],
    StateResourcesLinks: null,
    TrainingPrograms: null,
  },
  '29-1215.00': {
    OnetTitle: 'Family Medicine Physicians',
    OnetCode: '29-1215.00',
    OnetDescription: 'Diagnose, treat, and help prevent diseases and injuries that commonly occur in the general population.',
    SocInfo: { SocCode: '29-1215', SocTitle: 'Family Medicine Physicians', SocDescription: '' },
    BrightOutlook: null,
    BrightOutlookCategory: null,
    COSVideoURL: null,
    Video: null,
    EducationTraining: null,
    Tasks: null,
    AlternateTitles: null,
    SkillsDataList: null,
    KnowledgeDataList: null,
    AbilityDataList: null,
    InterestDataList: null,
    RelatedOnetTitles: [{ Key: '29-1216.00', Value: 'General Internal Medicine Physicians' }, { Key: 'not-a-code', Value: 'Ignored' }],
    OOHs: null,
  },
};

/** The answer to `/v1/occupation/{userId}/{keyword}/{location}`, or null for a 404. */
export function occupationAnswer(keyword: string, location: string): object | null {
  const detail = DETAILS[keyword];
  const wages = WAGES[keyword];
  if (!detail || !wages) return null;
  const place = PLACES[location] ?? null;
  const rows: object[] = [US_PROJECTION];
  if (place) rows.unshift(STATE_PROJECTIONS[place.state]!);
  return {
    OccupationDetail: [
      {
        ...detail,
        Wages: {
          NationalWagesList: wages.national,
          StateWagesList: place ? wages[place.state] : [],
          BLSAreaWagesList: place?.metro ? wages[place.metro] : null,
          WageYear: '2024',
        },
        Projections:
          keyword === '29-2072.00' ? { EstimatedYear: '2024', ProjectedYear: '2034', Projections: rows } : null,
      },
    ],
    RecordCount: 1,
    DidYouMean: null,
    AutoCorrection: null,
    MetaData: meta,
  };
}

export const certificationsAnswer = {
  RecordCount: 2,
  CertList: [
    { Id: 'CERT-00145', Name: 'Registered Health Information Technician', Org: 'American Health Information Management Association', OrgWebPage: 'https://www.ahima.org/', Url: 'https://www.ahima.org/certification/rhit', Type: 'Certification', Description: 'Validates medical records skills.' },
    { Id: 9001, Name: 'Certified Coding Associate', Org: 'American Health Information Management Association', OrgWebPage: 'https://www.ahima.org/', Url: 'http://insecure.example/cca', Type: null, Description: '' },
    { Id: null, Name: 'No id: left out' },
  ],
  MetaData: meta,
};

export const licensesAnswer = {
  RecordCount: 1,
  LicenseList: [
    { ID: '4312', Title: 'Health Information Technician License', Description: 'Required to practise in the state.', LicenseAgency: { Name: 'Minnesota Department of Health', Url: 'https://www.health.state.mn.us/' } },
    { ID: '4313', Title: 'Coder Registration', Description: null, LicenseAgency: null },
  ],
  MetaData: meta,
};

/**
 * List Apprenticeship Offices, by state, in the shape two users' code reads (the documentation's
 * field table was not reachable): empty strings for missing fields, a null list and a missing one,
 * an office without a name. Phone numbers are in the 555-01xx range set aside for fiction.
 */
export const apprenticeshipsAnswers: Record<string, object> = {
  CA: {
    ApprenticeshipOfficeList: [
      {
        Title: 'California',
        ListFedAppOfficeContact: [
          { ID: '101', Name: 'U.S. Department of Labor, Office of Apprenticeship, California', Phone: '', ProgramLevel: 'Federal', ContactName: 'Jordan Rivera', ContactEmail: 'rivera.jordan@dol.example.gov', ContactPhone: '(415) 555-0142 ext. 3', ContactTitle: 'State Director', Address1: '90 7th Street', Address2: 'Suite 17-300', City: 'San Francisco', State: 'CA', Zip: '94103' },
        ],
        ListStateAppOfficeContact: [
          { ID: '202', Name: 'California Division of Apprenticeship Standards', Phone: '(916) 555-0199', ProgramLevel: 'State', ContactName: ' ', ContactEmail: '', ContactPhone: '', ContactTitle: 'Chief', Address1: '455 Golden Gate Avenue', Address2: '', City: 'San Francisco', State: 'CA', Zip: '94102' },
          { ID: '203', Name: '', Phone: '(916) 555-0100', ProgramLevel: 'State', ContactName: 'No name: left out', ContactEmail: '', ContactPhone: '', ContactTitle: '', Address1: '', Address2: '', City: '', State: '', Zip: '' },
        ],
        ListRegionalAppOfficeContact: null,
      },
    ],
    MetaData: meta,
  },
  MN: {
    ApprenticeshipOfficeList: [
      {
        Title: 'Minnesota',
        // No federal list at all.
        ListStateAppOfficeContact: [
          { ID: '301', Name: 'Apprenticeship Minnesota, Department of Labor and Industry', Phone: '651-555-0123', ProgramLevel: 'State', ContactName: 'Casey Lindqvist', ContactEmail: 'not an address', ContactPhone: '', ContactTitle: '', Address1: '443 Lafayette Road N.', Address2: '', City: 'Saint Paul', State: 'MN', Zip: '55155' },
        ],
        ListRegionalAppOfficeContact: [
          { ID: '401', Name: 'Office of Apprenticeship, Region 5 (Chicago)', Phone: '', ProgramLevel: '', ContactName: '', ContactEmail: 'region5@dol.example.gov', ContactPhone: '', ContactTitle: '', Address1: '', Address2: '', City: '', State: '', Zip: '' },
        ],
      },
    ],
    MetaData: meta,
  },
};
