/**
 * A text test for files that write CORS headers under names imported from a
 * module of the project (`ACAO` imported from a constants module, then
 * `res.setHeader(ACAO, ORIGIN)` or `res.set({ [H.ACAO]: '*' })`): their own
 * text never spells `access-control-`. Bounded and cheap: the names the file
 * imports from relative (or tsconfig `paths`) modules are read from its
 * import statements, a few occurrences of each are looked at for a header
 * setter around them, and only then is that module's text read (never parsed)
 * for a CORS header name.
 */
import { moduleTextMatches } from '../core/module-files.js';
import { CORS_HEADER_TEXT } from './header-names.js';

/** Imports of the project's own modules, with the names they bind. */
const PROJECT_IMPORT = /\bimport\s+([^;'"]*?)\s+from\s*['"]((?:\.{1,2}|[@~])\/[^'"]+)['"]/g;
/** Requires of the project's own modules; the names they bind are read just before them. */
const PROJECT_REQUIRE = /\brequire\(\s*['"]((?:\.{1,2}|[@~])\/[^'"]+)['"]\s*\)/g;
const REQUIRE_BINDING = /\b(?:const|let|var)\s+([^=;]{1,160}?)=\s*$/;

/** The quick test first: the file imports one of the project's own modules at all. */
const ANY_PROJECT_IMPORT = /(?:\bfrom\s*|\brequire\(\s*)['"](?:\.{1,2}|[@~])\//;

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;
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

/** Adds the names of one import or require to `imports`; returns how many. */
function bind(imports: Map<string, string[]>, specifier: string, clause: string): number {
  const bound = (clause.match(IDENTIFIER) ?? []).filter((n) => n !== 'as' && n !== 'type');
  imports.set(specifier, [...(imports.get(specifier) ?? []), ...bound]);
  return bound.length;
}

/** The modules of the project a file imports or requires, with the names each binds (bounded). */
function projectImports(text: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  let names = 0;
  PROJECT_IMPORT.lastIndex = 0;
  for (let match = PROJECT_IMPORT.exec(text); match !== null && names < MAX_NAMES; match = PROJECT_IMPORT.exec(text)) {
    names += bind(imports, match[2]!, match[1]!);
  }
  PROJECT_IMPORT.lastIndex = 0;
  PROJECT_REQUIRE.lastIndex = 0;
  for (let match = PROJECT_REQUIRE.exec(text); match !== null && names < MAX_NAMES; match = PROJECT_REQUIRE.exec(text)) {
    const binding = REQUIRE_BINDING.exec(text.slice(Math.max(0, match.index - 200), match.index));
    if (binding) names += bind(imports, match[1]!, binding[1]!);
  }
  PROJECT_REQUIRE.lastIndex = 0;
  return imports;
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
 * module of the project whose text holds a CORS header name.
 */
export function writesImportedHeaderNames(text: string, filename: string): boolean {
  if (!mayCallSetter(text) || !ANY_PROJECT_IMPORT.test(text)) return false;
  let modules = 0;
  for (const [specifier, names] of projectImports(text)) {
    if (!names.some((name) => usedAsHeaderName(text, name))) continue;
    if (moduleTextMatches(filename, specifier, CORS_HEADER_TEXT)) return true;
    if (++modules >= MAX_MODULES) return false;
  }
  return false;
}
