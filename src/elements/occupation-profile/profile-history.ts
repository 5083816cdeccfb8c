import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { codeInUrl, historyParam, isCode } from './history-url.ts';
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

/**
 * The profile's steps in the page's history, only when the page opts in with `history`: each
 * occupation the reader moves to is a new entry whose URL names it (`?occupation=31-9092.00`),
 * so the browser's Back and Forward move between occupations and a reloaded or shared URL opens
 * the same one. The page's own history state is kept in every entry the profile adds; without
 * the attribute the profile never touches the URL or the history.
 */
export class ProfileHistory implements ReactiveController {
  /** `restore` shows an entry's occupation; null: an entry the profile did not add (the page's own occupation). */
  constructor(
    private readonly host: HistoryHost,
    private readonly restore: (entry: Entry | null) => void,
  ) {
    host.addController(this);
  }

  /** The query parameter naming the occupation, or undefined when the page did not opt in. */
  get param(): string | undefined {
    return historyParam(this.host.history);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
  }

  /** The occupation the URL names for this profile (a reloaded or shared URL), with its way back. */
  fromUrl(): Entry | null {
    const code = this.param ? codeInUrl(this.param) : null;
    if (!code) return null;
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
    return isCode(code) ? { code, trail: asTrail(trail) } : null;
  }

  private readonly onPop = (): void => {
    if (!this.param) return;
    this.restore(this.saved() ?? this.fromUrl());
  };
}
