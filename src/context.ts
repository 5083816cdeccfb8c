import { createContext } from '@lit/context';
import type { DataClient } from './data/client.ts';

/** What `<occupation-data>` and `<occupation-profile>` give every widget inside them. */
export interface WidgetContext {
  endpoint?: string;
  /**
   * Where documents come from, when not the static endpoint at `endpoint`: a client over another
   * document source (a live API behind a proxy, a test double). Unset, each widget uses the
   * page's client for its endpoint.
   */
  client?: DataClient;
  location?: string;
  lang?: string;
  /** A widget around this one already tells readers that O*NET's text is English only. */
  englishNoted?: boolean;
}

// A global symbol, so that two copies of the library on one page still find each other's providers.
export const widgetContext = createContext<WidgetContext>(Symbol.for('occupation-widgets/context'));
