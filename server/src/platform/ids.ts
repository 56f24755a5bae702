import { v7 as uuidv7 } from 'uuid';

/** Ids are UUIDv7, made by the application: time-ordered, so new rows land at the end of an index. */
export function newId(): string {
  return uuidv7();
}

/** The current time as the ISO-8601 UTC string every table stores. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
