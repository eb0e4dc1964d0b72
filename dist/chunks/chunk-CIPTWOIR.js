import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

// src/config/config.ts
var ConfigError = class extends Error {
  constructor(key, message) {
    super(key ? `${key}: ${message}` : message);
    this.key = key;
  }
  key;
  name = "ConfigError";
};

export {
  ConfigError
};
