import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asTrail, type Step } from './profile-trail.ts';

/** What one history entry records for a profile: the occupation shown and the way back from it. */
export interface Entry {
  code: string;
  trail: Step[];
}

interface HistoryHost extends ReactiveControllerHost {
  /** The `history` attribute: the query parameter's name ("" or present alone: `occupation`). */
  history?: string | null;
}

const CODE = /^\d{2}-\d{4}\.\d{2}$/;

/**
 * The profile's steps in the page's history, only when the page opts in with `history`: each
 * occupation the reader moves to is a new entry whose URL names it (`?occupation=31-9092.00`),
 * so the browser's Back and Forward move between occupations and a reloaded or shared URL opens
 * the same one. The page's own history state is kept in every entry the profile adds; without
 * the attribute the profile never touches the URL or the history.
 */
export class ProfileHistory implements ReactiveController {
  /** The occupation the page itself set: what an entry the profile did not add shows. */
  initial = '';

  constructor(
    private readonly host: HistoryHost,
    private readonly restore: (entry: Entry) => void,
  ) {
    host.addController(this);
  }

  /** The query parameter naming the occupation, or undefined when the page did not opt in. */
  get param(): string | undefined {
    const value = this.host.history;
    return value === undefined || value === null ? undefined : value.trim() || 'occupation';
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
  }

  /** The occupation the URL names for this profile (a reloaded or shared URL), with its way back. */
  fromUrl(): Entry | null {
    if (!this.param) return null;
    const code = new URL(window.location.href).searchParams.get(this.param)?.trim();
    if (!code || !CODE.test(code)) return null;
    const saved = this.saved();
    return { code, trail: saved?.code === code ? saved.trail : [] };
  }

  /** Records a step: a new entry whose URL names the occupation. */
  push(entry: Entry): void {
    if (!this.param) return;
    const url = new URL(window.location.href);
    url.searchParams.set(this.param, entry.code);
    const state: unknown = window.history.state;
    const own = state && typeof state === 'object' ? state : {};
    window.history.pushState({ ...own, [this.key]: entry }, '', url);
  }

  /** Whether the previous history entry is this profile's previous step (Back then goes through the browser). */
  get recorded(): boolean {
    return (this.saved()?.trail.length ?? 0) > 0;
  }

  private get key(): string {
    return `occupation-profile:${this.param}`;
  }

  private saved(): Entry | null {
    if (!this.param) return null;
    const state: unknown = window.history.state;
    const entry = state && typeof state === 'object' ? (state as Record<string, unknown>)[this.key] : undefined;
    if (!entry || typeof entry !== 'object') return null;
    const { code, trail } = entry as Record<string, unknown>;
    return typeof code === 'string' && CODE.test(code) ? { code, trail: asTrail(trail) } : null;
  }

  private readonly onPop = (): void => {
    if (!this.param) return;
    this.restore(this.saved() ?? this.fromUrl() ?? { code: this.initial, trail: [] });
  };
}
