import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { CONFIGURE_EVENT, pageConfig } from '../config.ts';
import { widgetContext } from '../context.ts';
import { DataClient } from '../data/client.ts';
import { DataError } from '../data/errors.ts';
import { common } from '../i18n/common.ts';
import { resolveLang, type Lang } from '../i18n/index.ts';

/** An element that loads endpoint documents: it has these attributes as properties. */
export interface WidgetHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string | undefined;
  location?: string | undefined;
}

/** What a load function is given besides its own arguments. */
export interface LoadContext {
  client: DataClient;
  signal: AbortSignal;
  /** The resolved location, not yet checked (pass it to `areaCode()` when it matters). */
  location: string;
  lang: Lang;
}

export interface WidgetDataOptions<T, A extends readonly unknown[]> {
  /** The element's own inputs (code, kind, ...); a change reloads. */
  args: () => A;
  /** Loads what the element renders; throws DataError('invalid-attribute') for unusable inputs. */
  load: (args: A, context: LoadContext) => Promise<T>;
  /** The `occupation-load` event's detail. */
  detail: (value: T) => Record<string, unknown>;
}

export interface OccupationErrorDetail {
  /** The element's `code` attribute, when it has one. */
  code: string | null;
  kind: DataError['kind'];
  status?: number;
  message: string;
}

/**
 * The one async-data treatment every element shares: configuration resolved nearest-first
 * (attributes, then the `<occupation-data>` or profile around it, then `configure()`, then the
 * page's `lang`), a @lit/task that aborts a superseded request and never renders its answer, the
 * loading, error (with retry), not-found and invalid-attribute states, and the events.
 */
export class WidgetData<T, A extends readonly unknown[]> implements ReactiveController {
  readonly task: Task<[string, string, Lang, ...A], T>;
  private readonly context: ContextConsumer<typeof widgetContext, WidgetHost>;
  private readonly langObserver = new MutationObserver(() => this.host.requestUpdate());
  private readonly onConfigure = () => this.host.requestUpdate();

  constructor(
    private readonly host: WidgetHost,
    private readonly options: WidgetDataOptions<T, A>,
  ) {
    host.addController(this);
    this.context = new ContextConsumer(host, {
      context: widgetContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    this.task = new Task(host, {
      // The language is an argument too: messages made while loading are in it, and a reload
      // after a language change costs nothing, the documents being cached.
      args: () =>
        [this.endpoint, this.location, this.lang, ...options.args()] as [string, string, Lang, ...A],
      task: ([endpoint, location, lang, ...args], { signal }) =>
        options.load(args as unknown as A, { client: DataClient.for(endpoint, { timeout: pageConfig().timeout }), signal, location, lang }),
      // Announced once rendered, so a listener finds the content in the shadow root.
      onComplete: (value) => {
        host.requestUpdate();
        void host.updateComplete.then(() => {
          if (this.task.value === value) this.emit('occupation-load', options.detail(value));
        });
      },
      onError: (error) => this.reportError(error),
    });
  }

  hostConnected(): void {
    window.addEventListener(CONFIGURE_EVENT, this.onConfigure);
    this.langObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    window.removeEventListener(CONFIGURE_EVENT, this.onConfigure);
    this.langObserver.disconnect();
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

  /**
   * In Spanish, says once that the source's text is English only: here, unless a widget around
   * this one (the profile) already says it.
   */
  englishNote(): TemplateResult | typeof nothing {
    if (this.lang !== 'es' || this.context.value?.englishNoted) return nothing;
    return html`<p class="note muted" part="note">${common('es').englishOnly}</p>`;
  }

  /** Loads again with the same inputs (the retry button). */
  retry(): void {
    void this.task.run();
  }

  /** The element's content once loaded, else the shared state for loading or failure. */
  render(complete: (value: T) => unknown, skeletonLines = 4): unknown {
    return this.task.render({
      initial: () => this.skeleton(skeletonLines),
      pending: () => this.skeleton(skeletonLines),
      complete,
      error: (error) => this.renderError(error),
    });
  }

  private skeleton(lines: number): TemplateResult {
    return html`<div class="state skeleton" part="loading" role="status" aria-live="polite">
      <span class="visually-hidden">${common(this.lang).loading}</span>
      ${Array.from({ length: lines }, () => html`<span aria-hidden="true"></span>`)}
    </div>`;
  }

  private renderError(error: unknown): TemplateResult {
    const t = common(this.lang);
    const e = asDataError(error);
    const message =
      e.kind === 'invalid-attribute'
        ? e.message
        : e.kind === 'not-found'
          ? t.notFound(this.host.getAttribute('code') ?? '')
          : e.kind === 'timeout'
            ? t.timeout
            : e.kind === 'invalid-data'
              ? t.invalidData
              : t.network;
    const state = e.kind === 'invalid-attribute' ? 'invalid' : e.kind === 'not-found' ? 'not-found' : 'error';
    // A missing or malformed document may be fixed by the site; a retry only helps transient faults.
    const canRetry = e.retryable || e.kind === 'invalid-data';
    return html`<div class="state" part="error" data-state=${state} role="alert">
      <p>${message}</p>
      ${canRetry ? html`<button type="button" part="retry" @click=${() => this.retry()}>${t.retry}</button>` : ''}
    </div>`;
  }

  private reportError(error: unknown): void {
    const e = asDataError(error);
    const detail: OccupationErrorDetail = {
      code: this.host.getAttribute('code'),
      kind: e.kind,
      message: e.message,
      ...(e.details.status === undefined ? {} : { status: e.details.status }),
    };
    console.warn(`<${this.host.localName}> ${e.kind}: ${e.message}`);
    this.emit('occupation-error', detail);
  }

  private emit(type: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
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
