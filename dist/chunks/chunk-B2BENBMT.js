import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

// src/github/planning-port.ts
var GraphqlProblem = class extends Error {
  constructor(types, message) {
    super(message);
    this.types = types;
  }
  types;
  name = "GraphqlProblem";
};

export {
  GraphqlProblem
};
