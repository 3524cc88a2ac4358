/**
 * A text test for files that write CORS headers under names imported from a
 * module of the project (`ACAO` imported from a constants module, then
 * `res.setHeader(ACAO, ORIGIN)` or `res.set({ [H.ACAO]: '*' })`): their own
 * text never spells `access-control-`. Bounded and cheap: the names the file
 * imports from relative (or tsconfig `paths`) modules come from its top-level
 * import statements (`relevance.ts`), a few occurrences of each are looked at
 * for a header setter around them, and only then is that module's text read
 * (never parsed) for a CORS header name.
 */
import { moduleTextMatches } from '../core/module-files.js';
import { CORS_HEADER_TEXT } from './header-names.js';

const IDENTIFIER_CHAR = /[\w$]/;

/** Most names, occurrences of one name, and modules looked at in one file. */
const MAX_NAMES = 16;
const MAX_OCCURRENCES = 32;
const MAX_STEPS = 128;
const MAX_MODULES = 3;
/** Characters looked at before an occurrence of a name. */
const LOOKBEHIND = 48;

/**
 * What comes right before a header name written as a name rather than a
 * string: a name-value setter (`res.setHeader(ACAO,`, `headers.set(H.ACAO,`,
 * NestJS `@Header(ACAO,`, h3 `setResponseHeader(event, ACAO,`), a computed key
 * or assignment (`[ACAO]:`, `headers[ACAO] =`), a Next.js entry (`key: ACAO`);
 * and what must follow in each case.
 */
const BEFORE_NAME = /(?:(?:\.(?:setHeader|set|header|append|appendHeader)|@Header)\(\s*|setResponseHeader\(\s*[\w$.]+\s*,\s*)$|(\[\s*)$|(\bkey\s*:\s*)$/;
const AFTER_SETTER_NAME = /^(?:\s*\.\s*[A-Za-z_$][\w$]*)?\s*,/;
const AFTER_KEY_NAME = /^(?:\s*\.\s*[A-Za-z_$][\w$]*)?\s*[,}]/;
const AFTER_COMPUTED_NAME = /^(?:\s*\.\s*[A-Za-z_$][\w$]*)?\s*\]\s*(?::|=(?!=))/;

/** True when `name` is used somewhere in `text` as a header name of a setter, a computed key or a route entry. */
function usedAsHeaderName(text: string, name: string): boolean {
  let from = 0;
  for (let seen = 0, steps = 0; seen < MAX_OCCURRENCES && steps < MAX_STEPS; steps++) {
    const index = text.indexOf(name, from);
    if (index < 0) return false;
    from = index + name.length;
    // Part of a longer name (`H` in `Headers`): not this name.
    if (IDENTIFIER_CHAR.test(text.charAt(index - 1)) || IDENTIFIER_CHAR.test(text.charAt(from))) continue;
    seen++;
    // Cheap first: a header name follows `(`, `[`, `:` or `,` (and spaces).
    let prev = index - 1;
    while (prev > 0 && index - prev < 8 && /\s/.test(text.charAt(prev))) prev--;
    if (!'([:,'.includes(text.charAt(prev)) || prev < 0) continue;
    const before = BEFORE_NAME.exec(text.slice(Math.max(0, index - LOOKBEHIND), index));
    if (!before) continue;
    const after = text.slice(from, from + LOOKBEHIND);
    const follows = before[1] !== undefined ? AFTER_COMPUTED_NAME : before[2] !== undefined ? AFTER_KEY_NAME : AFTER_SETTER_NAME;
    if (follows.test(after)) return true;
  }
  return false;
}

/**
 * Literal text the setters above leave (`setHeader`, `header`, `@Header`,
 * `headers[…]`, `headers.append(`, `headers: [{ key`, `new Headers`,
 * `writeHead`, `.set(`): plain substring tests, which skip most files before
 * any pattern runs.
 */
function mayCallSetter(text: string): boolean {
  return text.includes('eader') || text.includes('.set(') || text.includes('writeHead');
}

/**
 * True when the file may write CORS headers under names imported from a
 * module of the project whose text holds a CORS header name. `projectImportsOf`
 * gives each module of the project the file imports with the names it binds,
 * read only once the file's text may call a setter.
 */
export function writesImportedHeaderNames(text: string, filename: string, projectImportsOf: () => ReadonlyMap<string, readonly string[]>): boolean {
  if (!mayCallSetter(text)) return false;
  const projectImports = projectImportsOf();
  let modules = 0;
  let names = 0;
  for (const [specifier, bound] of projectImports) {
    const looked = bound.slice(0, Math.max(0, MAX_NAMES - names));
    names += looked.length;
    if (!looked.some((name) => usedAsHeaderName(text, name))) continue;
    if (moduleTextMatches(filename, specifier, CORS_HEADER_TEXT)) return true;
    if (++modules >= MAX_MODULES) return false;
  }
  return false;
}
