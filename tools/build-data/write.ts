/**
 * Writes the endpoint into a temporary folder beside `--out` and swaps it into place only when
 * every document is written, so a failed or interrupted build leaves the previous endpoint (or
 * none), never a half-built one. JSON is compact (the endpoint is fetched, not read by people) and
 * deterministic: the same documents give the same bytes.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setImmediate as turn } from 'node:timers/promises';
import { basename, dirname, join, resolve } from 'node:path';
import * as v from 'valibot';
import { type DocumentKind, documents } from '../../src/data/schema.ts';
import { InputError } from './errors.ts';

export class EndpointWriter {
  readonly out: string;
  readonly temp: string;
  private readonly made = new Set<string>();
  private files = 0;

  constructor(out: string) {
    this.out = resolve(out);
    const parent = dirname(this.out);
    mkdirSync(parent, { recursive: true });
    removeStale(parent, basename(this.out));
    this.temp = join(parent, `.${basename(this.out)}.building-${process.pid}`);
    rmSync(this.temp, { recursive: true, force: true });
    mkdirSync(this.temp);
  }

  get count(): number {
    return this.files;
  }

  /**
   * Writes synchronously (fastest for thousands of small files) but gives the event loop a turn
   * every few files, so Ctrl-C or a SIGTERM is handled at once (and the unfinished folder
   * removed) instead of after the last file.
   * @param path relative to the endpoint root, e.g. `occupations/29-2072.00.json`
   */
  async write(path: string, document: { kind: DocumentKind }): Promise<void> {
    checkDocument(path, document);
    const file = join(this.temp, path);
    const folder = dirname(file);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    writeFileSync(file, JSON.stringify(document));
    if (++this.files % 50 === 0) await turn();
  }

  /** Swaps the finished endpoint into place; the previous one is removed only after. */
  commit(): void {
    const previous = `${this.temp}.previous`;
    const hadPrevious = existsSync(this.out);
    if (hadPrevious) renameSync(this.out, previous);
    try {
      renameSync(this.temp, this.out);
    } catch (error) {
      if (hadPrevious) renameSync(previous, this.out);
      throw error;
    }
    rmSync(previous, { recursive: true, force: true });
  }

  /** Removes the unfinished endpoint; the previous one stays as it was. */
  abort(): void {
    rmSync(this.temp, { recursive: true, force: true });
  }
}

/** Folders left by a build that was killed outright (no chance to clean up), whose process is gone. */
function removeStale(parent: string, name: string): void {
  const prefix = `.${name}.building-`;
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number.parseInt(entry.slice(prefix.length), 10);
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The last guard: a document the browser would reject (a value out of range that no reader
 * caught, such as a negative wage) stops the build, naming the document, the field and the value,
 * instead of being published. The readers name the input line where they can.
 */
function checkDocument(path: string, document: { kind: DocumentKind }): void {
  const result = v.safeParse(documents[document.kind], document);
  if (result.success) return;
  const issue = result.issues[0];
  const where = issue.path?.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('') ?? '';
  throw new InputError(
    `${path} would be invalid data: ${where.replace(/^\./, '') || 'the document'} is ${JSON.stringify(issue.input)} (${issue.message}); check the input it comes from`,
  );
}
