import type { MessageKey } from '../../i18n/en';
import type { SessionProblem } from '../../session/store';

/** The message for each way keeping or opening a session can fail. */
export const PROBLEM_KEYS: Record<SessionProblem, MessageKey> = {
  unsupported: 'session.problem.unsupported',
  quota: 'session.problem.quota',
  failed: 'session.problem.failed',
  missing: 'session.problem.missing',
  changed: 'session.problem.changed',
};

/** A saved time for people: date and time in the locale's way. */
export function formatSavedAt(iso: string, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
