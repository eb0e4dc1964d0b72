import * as core from '@actions/core';
import type { Logger } from '../flows/logger.js';

/** Flow logging onto the runner's log: notices and warnings show on the run's page. */
export const actionLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  notice: (message) => core.notice(message),
};
