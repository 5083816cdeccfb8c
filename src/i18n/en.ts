import { translate, type Translated } from './translated.ts';

/** The `kind` attribute of `<occupation-ratings>`. */
export type RatingKind = 'knowledge' | 'skills' | 'abilities' | 'work-activities';

/**
 * Every string the widgets show, in English. This table defines the shape every other language
 * follows (`Messages`); a language registered with `registerMessages()` may leave keys out, and
 * those fall back to these.
 */
export const en = {
  common: {
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
      `“${value}” is not a location: use US or a two-letter state code, such as CA.`,
    invalidAttribute: (name: string, value: string) => `“${value}” is not a valid value for the ${name} attribute.`,
    notAvailable: 'not available',
    notReleased: 'not released',
    orMore: (amount: string) => `${amount} or more`,
    englishOnly: 'Text from O*NET and the other official sources is available in English only.',
    nation: 'United States',
  },
  wages: {
    heading: 'Typical wages',
    caption: (rate: string, title: string, place: string) => `${rate} wages for ${title} in ${place}`,
    annual: 'Annual',
    hourly: 'Hourly',
    rate: 'Show wages',
    percentile: 'Percentile',
    p10: '10th percentile',
    p25: '25th percentile',
    median: 'Median',
    p75: '75th percentile',
    p90: '90th percentile',
    aggregate: (title: string, soc: string) =>
      `BLS publishes these wages for ${title} (${soc}), a group that includes this occupation.`,
    annualOnly: 'BLS publishes only annual wages for this occupation.',
    hourlyOnly: 'BLS publishes only hourly wages for this occupation.',
    noWages: 'BLS does not publish wages for this occupation.',
    noArea: (place: string) => `BLS does not publish wages for this occupation in ${place}.`,
    explain: 'Half of the workers in this occupation earn more than the median wage and half earn less.',
    source: (release: string) => `Source: BLS Occupational Employment and Wage Statistics, ${release}.`,
  },
  outlook: {
    heading: 'Outlook: will there be jobs?',
    bright: 'Bright Outlook: new job opportunities are very likely in the future.',
    brightWhy: 'O*NET names this a Bright Outlook occupation because of:',
    category: {
      'Rapid Growth': ['Rapid growth', 'employment is projected to grow much faster than average.'],
      'Numerous Job Openings': ['Numerous job openings', 'a large number of job openings is projected.'],
      'New and Emerging': ['New and emerging', 'a new occupation in a growing industry.'],
    } as Record<string, [string, string]>,
    caption: (title: string, years: string) => `Projected employment of ${title}, ${years}`,
    measure: 'Measure',
    base: (year: number) => `Employment, ${year}`,
    projected: (year: number) => `Projected employment, ${year}`,
    percentChange: (years: string) => `Percent change, ${years}`,
    openings: 'Projected job openings per year',
    national: (place: string) =>
      `State projections for ${place} are not available from this source: these figures are for the United States.`,
    aggregate: (title: string, soc: string) =>
      `BLS publishes these projections for ${title} (${soc}), a group that includes this occupation.`,
    none: 'BLS does not publish employment projections for this occupation.',
    openingsExplain: 'Openings include new jobs and jobs left by workers who retire or move to other occupations.',
    source: 'Source:',
  },
  education: {
    heading: 'Education and experience: to get started',
    intro: 'People starting in this career usually have:',
    education: 'Typical education needed for entry',
    experience: 'Work experience in a related occupation',
    training: 'Typical on-the-job training',
    noTypical: 'BLS does not publish typical entry requirements for this occupation.',
    none: 'BLS and O*NET publish no education or experience requirements for this occupation.',
    zoneScale:
      'O*NET groups occupations into five job zones, from 1 (little or no preparation needed) to 5 (extensive preparation needed).',
    zoneEducation: 'Education',
    zoneExperience: 'Experience',
    zoneTraining: 'Training',
    sources: 'Sources:',
    typicalSource: 'typical entry requirements',
    zoneSource: 'job zone',
    /** BLS's typical entry requirement categories (a table per field in other languages). */
    blsValue: (_field: 'education' | 'experience' | 'training', value: string): Translated => translate(null, 0, value),
    zoneName: (_zone: number, name: string): Translated => translate(null, 0, name),
    chartHeading: 'Typical education: how much education do most people in this career have?',
    caption: (title: string) => `Education level needed for the job: ${title} (percent of respondents)`,
    level: 'Education level',
    percent: 'Percent',
    chartLabel: (top: string) => `Bar chart of education levels. Most common: ${top}.`,
    noLevels: 'O*NET has no education ratings for this occupation.',
    showTable: 'Show the figures as a table',
    chartFailed: 'The chart could not be drawn; the table has the same figures.',
    chartSource: 'Source: O*NET, Education, Training, and Experience (required level of education),',
    levelName: (_category: number, label: string): Translated => translate(null, 0, label),
  },
  programs: {
    heading: 'Programs that can prepare you',
    intro: 'Education programs that lead to this career:',
    cip: 'CIP',
    none: 'No education programs are matched to this occupation in the CIP–SOC crosswalk.',
    source: 'Source:',
  },
  tasks: {
    heading: 'Activities: what you might do in a day',
    showAll: (n: string) => `Show all ${n} activities`,
    showFewer: 'Show fewer activities',
    none: 'O*NET has not listed the activities of this occupation yet.',
  },
  ratings: {
    heading: {
      knowledge: 'People in this career often know a lot about:',
      skills: 'People in this career often have these skills:',
      abilities: 'People in this career often have talent in:',
      'work-activities': 'People in this career often spend their work time on:',
    } as Record<RatingKind, string>,
    /** What is not rated yet, completing "O*NET has not rated the … of this occupation yet." */
    what: {
      knowledge: 'knowledge',
      skills: 'skills',
      abilities: 'abilities',
      'work-activities': 'work activities',
    } as Record<RatingKind, string>,
    notRated: (what: string) => `O*NET has not rated the ${what} of this occupation yet.`,
    importance: (value: string) => `Importance ${value} of 5`,
    scale: 'Importance runs from 1 (not important) to 5 (extremely important), as rated by O*NET.',
    showAll: {
      knowledge: (n: string) => `Show all ${n} areas of knowledge`,
      skills: (n: string) => `Show all ${n} skills`,
      abilities: (n: string) => `Show all ${n} abilities`,
      'work-activities': (n: string) => `Show all ${n} work activities`,
    } as Record<RatingKind, (n: string) => string>,
    showFewer: {
      knowledge: 'Show fewer areas of knowledge',
      skills: 'Show fewer skills',
      abilities: 'Show fewer abilities',
      'work-activities': 'Show fewer work activities',
    } as Record<RatingKind, string>,
    olderRelease: (release: string, main: string) =>
      `These ratings come from ${release}, an older O*NET release than the rest of this information (O*NET ${main}).`,
    otherRelease: (release: string, main: string) =>
      `These ratings come from ${release}, a different O*NET release from the rest of this information (O*NET ${main}).`,
    missingKind: 'Set the kind attribute to knowledge, skills, abilities or work-activities.',
    invalidKind: (value: string) =>
      `“${value}” is not a kind of rating: use knowledge, skills, abilities or work-activities.`,
  },
  interests: {
    heading: 'Interests: what kind of work is this?',
    intro: 'How well this work suits people with each of six kinds of interests, best fit first.',
    score: (value: string) => `Score ${value} of 7`,
    scale: 'Scores run from 1 (low) to 7 (high), as rated by O*NET.',
    none: 'O*NET has not rated the interests of this occupation yet.',
  },
  technology: {
    heading: 'Technology skills: software you might use',
    hot: 'Hot technology',
    hotNote: 'Hot technology: often named in employers’ job postings.',
    showAll: (n: string) => `Show all ${n} kinds of technology`,
    showFewer: 'Show fewer kinds of technology',
    none: 'O*NET has not listed technology skills for this occupation yet.',
  },
  related: {
    heading: 'Related occupations',
    showAll: (n: string) => `Show all ${n} related occupations`,
    showFewer: 'Show fewer related occupations',
    none: 'O*NET does not list related occupations for this occupation.',
    invalidTemplate: (value: string) =>
      `The href-template “${value}” has no {code} placeholder (for example /careers/{code}).`,
    invalidShow: (value: string) => `“${value}” is not a valid show attribute: use wage, outlook or both (wage,outlook).`,
  },
  /** The figures shown beside an occupation in a list (related occupations, a program's careers). */
  facts: {
    medianWage: (place: string) => `Median annual wage, ${place}`,
    perHour: (amount: string) => `${amount} an hour`,
    noWage: 'BLS publishes no wage estimate here',
    growth: (years: string) => `Projected employment change, United States, ${years}`,
    noGrowth: 'not projected',
    education: 'Typical entry education',
    noEducation: 'not published',
    brightOutlook: 'Bright Outlook',
  },
  search: {
    label: 'Search careers',
    labelPrograms: 'Search education programs',
    hint: 'Type a job title, such as nurse, coder or medical billing.',
    hintPrograms: 'Type a program title, such as welding or medical office.',
    results: (n: number, formatted: string) => (n === 1 ? '1 result' : `${formatted} results`),
    none: (query: string) => `No careers match “${query}”.`,
    noPrograms: (query: string) => `No programs match “${query}”.`,
    matched: 'matched:',
    cip: 'CIP',
  },
  programCareers: {
    heading: 'Careers this program prepares you for',
    program: (title: string, cip: string) => `${title} (CIP ${cip})`,
    noMatch: (cip: string) => `The CIP–SOC crosswalk matches no occupation to program ${cip}.`,
    missingCip: 'Set the cip attribute to a CIP 2020 program code, such as 51.0716.',
    invalidCip: (value: string) => `“${value}” is not a CIP program code (it looks like 51.0716).`,
    source: 'Source:',
  },
  profile: {
    code: 'O*NET-SOC code',
    description: 'Description: what do they do?',
    alsoKnownAs: 'Also known as',
    brightOutlook: 'Bright Outlook',
    brightCategory: {
      'Rapid Growth': 'Rapid growth',
      'Numerous Job Openings': 'Numerous job openings',
      'New and Emerging': 'New and emerging',
    } as Record<string, string>,
    medianWage: (place: string) => `Median annual wage, ${place}`,
    outlook: 'Outlook',
    projectedChange: (change: string, years: string) => `${change} employment change, ${years}`,
    typicalEducation: 'Typical education',
    viewProfile: (title: string) => `View the full profile of ${title}`,
    invalidSections: (bad: string, known: string) => `Unknown sections: ${bad}. Use any of: ${known}.`,
    sources: 'Sources',
  },
};

/** The shape of a language's messages: English's keys, each with English's parameters. */
export type Messages = typeof en;
