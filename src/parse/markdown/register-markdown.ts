// Imported for its effect: makes the Markdown reader (and remark) available to parseRegister.
import { setMarkdownParser } from './markdown-slot.js';
import { parseMarkdown } from './parse-markdown.js';

setMarkdownParser(parseMarkdown);
