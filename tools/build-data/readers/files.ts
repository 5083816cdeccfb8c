/**
 * Reads every input through one place, so the dataset version can be derived from the exact
 * bytes used (same inputs, same version; any changed byte, a new version).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';

export class InputFiles {
  private readonly hashes = new Map<string, string>();

  /** @param role a stable name for the input (not its path, which differs between machines) */
  read(path: string, role: string): Buffer {
    const bytes = readFileSync(path);
    this.hashes.set(role, sha256(bytes));
    return bytes;
  }

  /** An input read and then left out of the build: it no longer counts towards the version. */
  forget(role: string): void {
    this.hashes.delete(role);
  }

  /** sha256 over every input read, in role order. */
  digest(): string {
    const lines = [...this.hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return sha256(Buffer.from(lines.map(([role, hash]) => `${role}\t${hash}\n`).join('')));
  }
}

export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
