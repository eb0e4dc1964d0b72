import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

// src/flows/logger.ts
var silentLogger = { info() {
}, warning() {
}, notice() {
} };

export {
  silentLogger
};
