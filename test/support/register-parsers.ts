// vitest setup: the Markdown reader, as the CLI and the app load it at start.
import '../../src/parse/markdown/register-markdown.js';
