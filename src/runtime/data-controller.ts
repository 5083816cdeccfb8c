import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { pageConfig } from '../config.ts';
import { widgetContext } from '../context.ts';
import { DataClient } from '../data/client.ts';
import { DataError, isAbort } from '../data/errors.ts';
import type { LoadContext } from '../data/loaders.ts';
import { warmFormatters } from '../format/index.ts';
import { addEnglish, hasMessages, messages, messagesReady, resolveLang, type Lang, type Messages, type Namespace } from '../i18n/index.ts';
import type { OccupationElement } from './occupation-element.ts';
import { watchPage } from './page-watch.ts';

/** An element that loads documents: the shared attributes, and `code`/`location` where it has them. */
type DataHost = OccupationElement & { code?: string; location?: string | undefined };

export interface DataOptions<T, A extends readonly unknown[], N extends Namespace> {
  /**
   * The English namespaces the element renders besides `common` (`{ wages }`, imported from
   * i18n/en/): a page downloads only its elements' strings, and Spanish only these namespaces.
   */
  messages: Pick<Messages, N>;
  /** The element's own inputs (code, kind, ...); a change reloads. */
  args: () => A;
  /** Loads what the element renders; throws DataError('invalid-attribute') for unusable inputs. */
  load: (args: A, context: LoadContext) => Promise<T>;
  /** The `occupation-load` event's detail. */
  detail: (value: T) => Record<string, unknown>;
  /**
   * An element that may have nothing to show once loaded (the live-only ones on a static
   * endpoint): when its content renders as `nothing`, the host carries `absent` and takes no
   * space (stateStyles), so a dark theme paints no empty box.
   */
  absentWhenEmpty?: boolean;
}

export interface OccupationErrorDetail {
  /** The element's `code`, when it has one. */
  code: string | null;
  kind: DataError['kind'];
  status?: number;
  /** The attribute at fault, for `invalid-attribute`. */
  attribute?: string;
  /** For developers, in English, whatever the widget's language. */
  message: string;
}

/**
 * The one async-data treatment every element shares, private to each: configuration resolved
 * nearest-first (attributes, the `<occupation-data>` or profile around it, `configure()`, the
 * page's `lang`), a @lit/task that aborts a superseded request and never renders its answer, the
 * loading, error (with retry), not-found and invalid-attribute states, the events, the language
 * mark on everything rendered, and the note that the sources' text is English only.
 */
export class DataController<T, A extends readonly unknown[], N extends Namespace = never> implements ReactiveController {
  private readonly task: Task<[DataClient | DataError, string, Lang, ...A], T>;
  private readonly context: ContextConsumer<typeof widgetContext, DataHost>;
  private unwatch: (() => void) | undefined;
  /** A value whose rendering threw: shown as invalid data, and never announced as loaded. */
  private broken: T | undefined;
  /** The request was aborted when the element left the page mid-load. */
  private stopped = false;
  /** The last render showed nothing (with `absentWhenEmpty`). */
  private empty = false;
  /**
   * The invalid attribute or missing document last reported: said once, not again when the same
   * inputs load again for another reason (first focus, a language change).
   */
  private reported: string | undefined;
  /** The retry button had focus: it leaves with the error, so focus goes to what replaces it. */
  private refocus = false;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions<T, A, N>,
  ) {
    host.addController(this);
    addEnglish(options.messages);
    const namespaces = ['common', ...Object.keys(options.messages)] as Namespace[];
    host.messagesPending = () => {
      const lang = this.lang;
      return hasMessages(lang, namespaces) ? undefined : messagesReady(lang, namespaces);
    };
    this.context = new ContextConsumer(host, {
      context: widgetContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    this.task = new Task(host, {
      // The language is an argument too: a reload after a language change costs nothing (the
      // documents are cached) and re-renders everything in the new language.
      args: () => [this.usableClient(), this.location, this.lang, ...options.args()] as [DataClient | DataError, string, Lang, ...A],
      task: ([client, location, lang, ...args], { signal }) => {
        if (client instanceof DataError) throw client;
        warmFormatters(lang);
        return options.load(args as unknown as A, { client, signal, location });
      },
      // Announced once rendered, so a listener finds the content in the shadow root.
      onComplete: (value) => {
        this.reported = undefined;
        void host.updateComplete.then(() => {
          if (this.task.value !== value || this.broken === value) return;
          let detail: Record<string, unknown>;
          try {
            detail = options.detail(value);
          } catch (error) {
            // The same document failed to render too, and said so; never an unhandled rejection.
            if (this.broken !== value) this.report(asDataError(error));
            return;
          }
          host.emit('occupation-load', detail);
        });
      },
      // A request stopped because the element left the page is no error: it loads again on return.
      onError: (error) => {
        if (!(this.stopped && isAbort(error))) this.report(asDataError(error));
      },
    });
  }

  hostConnected(): void {
    this.unwatch = watchPage(() => this.host.requestUpdate());
    if (this.stopped) {
      this.stopped = false;
      void this.task.run();
    }
  }

  hostUpdated(): void {
    if (this.options.absentWhenEmpty) this.host.toggleAttribute('absent', this.empty);
    if (this.refocus && (this.task.status === TaskStatus.COMPLETE || this.task.status === TaskStatus.ERROR)) {
      this.refocus = false;
      this.focusContent();
    }
  }

  /** After a retry from the keyboard: the new retry button, else the content's heading, else its first control. */
  private focusContent(): void {
    const root = this.host.renderRoot;
    const target =
      root.querySelector<HTMLElement>('[part=retry], h1, h2, h3, h4, h5, h6') ??
      root.querySelector<HTMLElement>('a[href], button, input, select, [tabindex]');
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }

  /**
   * An element removed while loading stops waiting: the client aborts the request when no other
   * widget waits for the same document.
   */
  hostDisconnected(): void {
    this.unwatch?.();
    if (this.task.status === TaskStatus.PENDING) {
      this.stopped = true;
      this.task.abort();
    }
  }

  /** The page's client for the resolved endpoint, unless a widget around this one supplies a client. */
  get client(): DataClient {
    const around = this.context.value;
    if (!this.host.endpoint && around?.client) return around.client;
    return DataClient.for(this.endpoint, { timeout: pageConfig().timeout });
  }

  /** The client, or the invalid-attribute error of an unusable `endpoint` (reported, never thrown in an update). */
  private usableClient(): DataClient | DataError {
    try {
      return this.client;
    } catch (error) {
      return asDataError(error);
    }
  }

  /** The client for widgets inside this one; none while the endpoint is unusable (this one shows why). */
  get sharedClient(): DataClient | undefined {
    const client = this.usableClient();
    return client instanceof DataError ? undefined : client;
  }

  get endpoint(): string {
    return this.host.endpoint || this.context.value?.endpoint || pageConfig().endpoint;
  }

  get location(): string {
    return this.host.location || this.context.value?.location || pageConfig().location;
  }

  get lang(): Lang {
    const own = this.host.getAttribute('lang');
    const around = this.host.parentElement?.closest('[lang]')?.getAttribute('lang');
    return resolveLang(own || this.context.value?.lang || pageConfig().lang || around);
  }

  /** The messages of the widget's language: `common` and the namespaces the element named. */
  get t(): Pick<Messages, N | 'common'> {
    return messages(this.lang);
  }

  /** Says once that the sources' text is English only: here, unless a widget around this one says it. */
  englishNote(): TemplateResult | typeof nothing {
    if (this.lang === 'en' || this.context.value?.englishNoted) return nothing;
    return html`<p class="note muted" part="note">${this.t.common.englishOnly}</p>`;
  }

  /** The loaded value, while the element shows it. */
  get value(): T | undefined {
    return this.task.value;
  }

  /** Loads again with the same inputs (the retry button). */
  retry(): void {
    const focused = this.host.renderRoot instanceof ShadowRoot ? this.host.renderRoot.activeElement : null;
    this.refocus = focused?.getAttribute('part') === 'retry';
    void this.task.run();
  }

  /**
   * The element's content once loaded, else the shared state for loading or failure, inside one
   * block that carries the widget's language. A throw while rendering a document (data the
   * schema let through, a bug) becomes the invalid-data state and `occupation-error`, never an
   * exception in the host page.
   */
  render(complete: (value: T) => unknown, skeletonLines = 4): TemplateResult {
    this.empty = false;
    const content = this.task.render({
      initial: () => this.skeleton(skeletonLines),
      pending: () => this.skeleton(skeletonLines),
      complete: (value) => {
        try {
          const shown = complete(value);
          this.empty = shown === nothing;
          return shown;
        } catch (error) {
          if (this.broken !== value) {
            this.broken = value;
            queueMicrotask(() => this.report(asDataError(error)));
          }
          return this.renderError(new DataError('invalid-data', String(error)));
        }
      },
      error: (error) => this.renderError(asDataError(error)),
    });
    return html`<div class="lang" lang=${this.lang}>${content}</div>`;
  }

  private skeleton(lines: number): TemplateResult {
    return html`<div class="state skeleton" part="loading" role="status" aria-live="polite">
      <span class="visually-hidden">${this.t.common.loading}</span>
      ${Array.from({ length: lines }, () => html`<span aria-hidden="true"></span>`)}
    </div>`;
  }

  /** What a visitor reads, in the widget's language (the error itself carries English for developers). */
  private visitorMessage(e: DataError): string {
    const t = this.t.common;
    switch (e.kind) {
      case 'invalid-attribute':
        return localized(e, this.t) ?? t.invalidAttribute(e.details.attribute ?? '', e.details.value ?? '');
      case 'not-found':
        return t.notFound(this.host.code ?? '');
      case 'timeout':
        return t.timeout;
      case 'invalid-data':
        return t.invalidData;
      default:
        return t.network;
    }
  }

  private renderError(e: DataError): TemplateResult {
    const state = e.kind === 'invalid-attribute' ? 'invalid' : e.kind === 'not-found' ? 'not-found' : 'error';
    // A missing or malformed document may be fixed by the site; a retry only helps transient faults.
    const canRetry = e.retryable || e.kind === 'invalid-data';
    return html`<div class="state" part="error" data-state=${state} role="alert">
      <p>${this.visitorMessage(e)}</p>
      ${canRetry
        ? html`<button type="button" part="retry" @click=${() => this.retry()}>${this.t.common.retry}</button>`
        : nothing}
    </div>`;
  }

  private report(e: DataError): void {
    const again = e.kind === 'invalid-attribute' || e.kind === 'not-found' ? `${e.kind} ${e.message}` : undefined;
    if (again && again === this.reported) return;
    this.reported = again;
    const detail: OccupationErrorDetail = {
      code: this.host.code ?? null,
      kind: e.kind,
      message: e.message,
      ...(e.details.status === undefined ? {} : { status: e.details.status }),
      ...(e.details.attribute === undefined ? {} : { attribute: e.details.attribute }),
    };
    console.warn(`<${this.host.localName}> ${e.kind}: ${e.message}`);
    this.host.emit('occupation-error', detail);
  }
}

/**
 * An invalid attribute's message in the widget's language. It may read a namespace the element
 * did not name (a loader shared by several elements): then the generic message, never a throw.
 */
function localized(e: DataError, t: Pick<Messages, 'common'>): string | undefined {
  try {
    return e.localized?.(t as Messages);
  } catch {
    return undefined;
  }
}

/** A bug or an unexpected throw while reading a document is still shown as bad data, never a crash. */
function asDataError(error: unknown): DataError {
  return error instanceof DataError
    ? error
    : new DataError('invalid-data', error instanceof Error ? error.message : String(error));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'occupation-error': CustomEvent<OccupationErrorDetail>;
    'occupation-load': CustomEvent<Record<string, unknown>>;
  }
}
