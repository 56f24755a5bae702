/**
 * Helpers shared by the `mercato` commands that modules add (module `commands`).
 */
import { InvalidArgumentError } from 'commander';
import type { AppError } from './errors.js';

/** Prints `Error: message` and exits 1. */
export function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

/** A commander argument parser for whole numbers ≥ 1. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

/** An AppError's field errors as lines (`field: message`), for a command's error output. */
export function fieldErrorLines(err: AppError): string[] {
  return Object.entries(err.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(' ')}`);
}
