import type { Logger as Pino } from 'probot';
import type { Logger } from '../flows/logger.js';

/** Flow logging onto Probot's pino logger (an event's `context.log` carries the delivery id). */
export function appLogger(log: Pick<Pino, 'info' | 'warn'>): Logger {
  return {
    info: (message) => log.info(message),
    warning: (message) => log.warn(message),
    notice: (message) => log.info(message),
  };
}
