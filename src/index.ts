/**
 * occupation-widgets: importing this module registers every element (skipping any tag already
 * defined) and exports the classes, the data client and the endpoint's types.
 */
import { define } from './define.ts';
import { OccupationData } from './elements/occupation-data/occupation-data.ts';
import { WageTable } from './elements/wage-table/wage-table.ts';

define('occupation-data', OccupationData);
define('wage-table', WageTable);

export { OccupationData, WageTable };
export { configure, type PageConfig } from './config.ts';
export { DataClient, type ClientOptions } from './data/client.ts';
export { DataError, type DataErrorKind } from './data/errors.ts';
export type { OccupationErrorDetail } from './controllers/widget-data.ts';
export type * from './data/schema.ts';
