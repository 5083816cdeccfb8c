import { createContext } from '@lit/context';

/** What `<occupation-data>` and `<occupation-profile>` give every widget inside them. */
export interface WidgetContext {
  endpoint?: string;
  location?: string;
  lang?: string;
  /** A widget around this one already tells Spanish readers that O*NET's text is English only. */
  englishNoted?: boolean;
}

// A global symbol, so that two copies of the library on one page still find each other's providers.
export const widgetContext = createContext<WidgetContext>(Symbol.for('occupation-widgets/context'));
