/**
 * Text tests that let a rule skip a file before any analysis: most files
 * mention nothing a rule could report, and a scan of the text costs far less
 * than a walk of the syntax tree. One scan per file answers every rule.
 */
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { CorsSettings } from '../settings.js';
import { isDataFile } from './deploy/index.js';
import { DEFAULT_CREDENTIALS_TEXT, LIBRARY_IMPORT_TEXT, LIBRARY_MODULE_TEXT, LIBRARY_TEXT, LIBRARY_TRACE_TEXT, ON_BY_DEFAULT_TEXT } from './policies/registry.js';
import { SETTER_TEXT, writesImportedHeaderNames } from './server/imported-names.js';
import { beginLint, importsProjectModules, moduleTextMatches, PROJECT_SPECIFIER } from './core/module-files.js';

export { importsProjectModules };

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Where the linted file's name is read from (the rule context, the model's
 * host): only the tests that resolve imports read it.
 */
export interface FileRef {
  readonly filename?: string | undefined;
}

/**
 * The words rules look for, in one pass: every finding about credentials needs
 * `credentials` (`credentials: true`, `Access-Control-Allow-Credentials`,
 * `withCredentials`), hand-written CORS headers need `access-control-` (the
 * same test as `CORS_HEADER_TEXT`), and a CORS library is named `…cors…`
 * or by its quoted module name (`'graphql-yoga'`, `LIBRARY_MODULE_TEXT`).
 * The scan starts by also looking for the text of a header setter
 * (`SETTER_TEXT`), and goes on without it once one is found.
 */
const WORDS = `(credentials)|(access-control-)|(cors)|${LIBRARY_MODULE_TEXT.source}`;
const WORDS_SCAN = new RegExp(WORDS, 'gi');
const WORDS_AND_SETTER_SCAN = new RegExp(`(${SETTER_TEXT.source})|${WORDS}`, 'gi');

/**
 * Text of a module of the project that may hold CORS options for a file that
 * never says `cors` (`new Server(http, options)` with `options` from
 * `./config`): the word itself, or a re-export that may hand them on.
 */
const OPTIONS_MODULE_TEXT = /cors|\bexport\s*(?:\*|\{[^}]*\}\s*from)/i;
const CORS_WORD = /cors/i;
/** Modules of the project whose text is read for that test, in import order. */
const MAX_OPTIONS_MODULES = 8;

/** What one file's text holds, computed once however many rules ask. */
export interface FileText {
  /** A JSON or YAML document rather than JavaScript. */
  readonly dataFile: boolean;
  /** The word `credentials` in any case, or a library whose credentials are on by default. */
  readonly credentials: boolean;
  /** A CORS header name (`access-control-…`, any case). */
  readonly corsHeaders: boolean;
  /** A CORS library may be used: its text, or (in a file that never says `cors`) its quoted module name. */
  readonly library: boolean;
  /**
   * Nothing the gates look for: no credentials, CORS header name, library or
   * header setter. Only the `'any'` gate, a rule's own gate function and a
   * configured credentialed API can let a rule into such a file, which most
   * files are; a deployment file holds a finding only where it names
   * credentials or a CORS header.
   */
  readonly inert: boolean;
}

/**
 * The facts of one file: the scan's answers, and the answers of the costlier
 * tests, kept on first use. One record per file, so that each rule's gate is
 * one lookup.
 */
export class FileFacts implements FileText {
  readonly credentials: boolean;
  readonly corsHeaders: boolean;
  readonly library: boolean;
  readonly inert: boolean;
  /** The text says `cors` (any case). */
  readonly #saysCors: boolean;
  #usesLibrary: boolean | undefined;
  #libraryImport: boolean | undefined;
  /** The text of a header setter (`SETTER_TEXT`). */
  readonly #setterText: boolean;
  #importsCorsOptions: boolean | undefined;
  #importedHeaders: boolean | undefined;
  #projectImports: Map<string, TSESTree.Node[]> | null | undefined;
  #dataFile: boolean | undefined;
  #gateAnswers: Map<unknown, boolean> | undefined;
  #gateSettings: CorsSettings | undefined;
  #textTests: Map<RegExp | ((text: string) => boolean), boolean> | undefined;

  constructor(readonly sourceCode: SourceCode) {
    const text = sourceCode.text;
    let word = false;
    let headers = false;
    let cors = false;
    let module = false;
    let setter = false;
    let scan = WORDS_AND_SETTER_SCAN;
    // Groups of WORDS come one later in the scan that also looks for a setter.
    let shift = 1;
    scan.lastIndex = 0;
    for (let match = scan.exec(text); match !== null && !(word && headers && cors && module && setter); match = scan.exec(text)) {
      if (shift === 1 && match[1] !== undefined) {
        setter = true;
        shift = 0;
        WORDS_SCAN.lastIndex = scan.lastIndex;
        scan = WORDS_SCAN;
      } else if (match[1 + shift] !== undefined) word = true;
      else if (match[2 + shift] !== undefined) headers = true;
      else if (match[3 + shift] !== undefined) cors = true;
      else {
        module = true;
        // A quoted module name is matched from its quote, so the word in `'cors'` or `'@fastify/cors'` is not matched on its own.
        cors ||= CORS_WORD.test(match[0]);
      }
    }
    WORDS_SCAN.lastIndex = 0;
    WORDS_AND_SETTER_SCAN.lastIndex = 0;
    this.#setterText = setter;
    // A library's own text is looked for only where `cors` is said; elsewhere only its quoted module name can bring it in.
    // Without a quoted module name, an import of one cannot match either: only the other traces are looked for.
    this.library = (cors ? (module ? LIBRARY_TEXT : LIBRARY_TRACE_TEXT).test(text) : module) && !this.dataFile;
    this.credentials = word || (this.library && DEFAULT_CREDENTIALS_TEXT.test(text));
    this.corsHeaders = headers;
    this.#saysCors = cors;
    this.inert = !word && !headers && !setter && !this.library;
  }

  /**
   * A library may configure CORS here: the text holds a trace of one that
   * `LIBRARY_TEXT` recognises (an import of its module, `enableCors`, …;
   * not a quoted name alone, such as `'h3'` as an HTML tag; in a file that
   * never says `cors`, an import, `LIBRARY_IMPORT_TEXT`), and either says
   * `cors`, or uses a library whose CORS is on without options
   * (`createYoga({ schema })`), or imports a module of the project that may
   * hold the options (`importsCorsOptions`). Every other way to turn a
   * library's CORS on names it.
   */
  usesLibrary(file: FileRef | undefined): boolean {
    if (this.#usesLibrary === undefined) {
      this.#usesLibrary = this.#importsLibrary() && (this.#saysCors || ON_BY_DEFAULT_TEXT.test(this.sourceCode.text) || this.importsCorsOptions(file));
    }
    return this.#usesLibrary;
  }

  /** A trace of a library (see `usesLibrary`): in a file that says `cors`, `library` already tested it. */
  #importsLibrary(): boolean {
    return (this.#libraryImport ??= this.library && (this.#saysCors || LIBRARY_IMPORT_TEXT.test(this.sourceCode.text)));
  }

  /**
   * The answers of the rules' gates (`cors-rule.ts`) under `settings`, by
   * gate: every rule of one gate asks the same question of the file, and most
   * files answer no. Equal settings are one object (`readCorsSettings`); a
   * source code linted again under other settings starts afresh.
   */
  gateAnswers(settings: CorsSettings): Map<unknown, boolean> {
    if (this.#gateSettings !== settings || this.#gateAnswers === undefined) {
      this.#gateAnswers = new Map();
      this.#gateSettings = settings;
    }
    return this.#gateAnswers;
  }

  /**
   * `test` (a RegExp without the `g` flag, or a function of the text) on the
   * file's text, answered once per file: the server gate and the model's parts
   * ask the same ones.
   */
  passesText(test: RegExp | ((text: string) => boolean)): boolean {
    const tests = (this.#textTests ??= new Map());
    let passed = tests.get(test);
    if (passed === undefined) {
      passed = typeof test === 'function' ? test(this.sourceCode.text) : test.test(this.sourceCode.text);
      tests.set(test, passed);
    }
    return passed;
  }

  /** A JSON or YAML document rather than JavaScript: looked at on first use (most files never need it). */
  get dataFile(): boolean {
    return (this.#dataFile ??= isDataFile(this.sourceCode));
  }

  /**
   * A file that configures CORS middleware with options imported from a module
   * of the project (`cors(corsOptions)` with `corsOptions` from `./config/cors`)
   * may turn credentials on without naming them. In a file that never says
   * `cors`, one of the first modules of the project it imports must say it
   * (or re-export), which needs a file name to resolve them from.
   */
  importsCorsOptions(file: FileRef | undefined): boolean {
    if (this.#importsCorsOptions === undefined) {
      this.#importsCorsOptions =
        this.#importsLibrary() && importsProjectModules(this.sourceCode) && (this.#saysCors || this.#importsModuleMatching(file?.filename, OPTIONS_MODULE_TEXT));
    }
    return this.#importsCorsOptions;
  }

  /** Some of the first modules of the project the file imports at its top level has text that `test` matches. */
  #importsModuleMatching(filename: string | undefined, test: RegExp): boolean {
    if (!filename) return false;
    let read = 0;
    for (const specifier of this.#topLevelImports()?.keys() ?? []) {
      if (moduleTextMatches(filename, specifier, test)) return true;
      if (++read >= MAX_OPTIONS_MODULES) break;
    }
    return false;
  }

  #topLevelImports(): Map<string, TSESTree.Node[]> | null {
    if (this.#projectImports === undefined) this.#projectImports = topLevelProjectImports(this.sourceCode);
    return this.#projectImports;
  }

  /** See `writesImportedHeaders`; false without a file name to resolve imports from. */
  importedHeaders(file: FileRef | undefined): boolean {
    // A header write needs a setter, `headers`, `.set(`, `.append(` or `writeHead` in the text: most files have none.
    if (!this.#setterText) return false;
    if (this.#importedHeaders === undefined) {
      const filename = file?.filename;
      if (!filename) return false;
      const imports = this.#topLevelImports();
      this.#importedHeaders = imports !== null && writesImportedHeaderNames({ sourceCode: this.sourceCode }, filename, imports);
    }
    return this.#importedHeaders;
  }

  /** Hand-written CORS headers: named in the file, or under names imported from a module that names them. */
  mayWriteHeaders(file: FileRef | undefined): boolean {
    return this.corsHeaders || this.importedHeaders(file);
  }

  /** Credentials may be granted: named, on by default in a library used, in imported options, or by an imported header name. */
  mayGrantCredentials(file: FileRef | undefined): boolean {
    return this.credentials || this.importsCorsOptions(file) || this.importedHeaders(file);
  }
}

/** The module a top-level `require('m')`, `require('m').x`, `interop(require('m'))` or `require('m')(…)` loads. */
function requiredModule(node: TSESTree.Node | null | undefined, depth = 0): string | null {
  if (!node || depth > 3) return null;
  if (node.type === AST_NODE_TYPES.MemberExpression) return requiredModule(node.object, depth + 1);
  if (node.type === AST_NODE_TYPES.AwaitExpression) return requiredModule(node.argument, depth + 1);
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  const [argument] = node.arguments;
  if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') {
    return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string' ? argument.value : null;
  }
  return requiredModule(node.callee, depth + 1) ?? (argument && argument.type !== AST_NODE_TYPES.SpreadElement ? requiredModule(argument, depth + 1) : null);
}

/**
 * How many top-level statements (and declarators of a `var` list) are read
 * for imports of the project's own modules: imports and requires open a
 * module, and a bundle's thousands of statements, or one `var` of thousands
 * of declarators, are not worth reading.
 */
const MAX_IMPORT_ITEMS = 64;

/** `found` with the declarations of an import of `source`, when it is a module of the project (a new map for the first). */
function addDeclarations(found: Map<string, TSESTree.Node[]> | null, source: string, declarations: readonly TSESTree.Node[]): Map<string, TSESTree.Node[]> | null {
  if (declarations.length === 0 || !PROJECT_SPECIFIER.test(source)) return found;
  const map = found ?? new Map<string, TSESTree.Node[]>();
  const known = map.get(source);
  if (known) known.push(...declarations);
  else map.set(source, [...declarations]);
  return map;
}

/**
 * Each module of the project the first top-level statements import (`import`,
 * `import x = require()`, `require()`), with the nodes that declare the
 * bindings it gives (specifiers, declarators).
 */
function topLevelProjectImports(sourceCode: SourceCode): Map<string, TSESTree.Node[]> | null {
  const body = (sourceCode.ast as TSESTree.Program).body ?? [];
  let found: Map<string, TSESTree.Node[]> | null = null;
  let declarators = 0;
  for (let i = 0; i < body.length && i < MAX_IMPORT_ITEMS; i++) {
    const statement = body[i]!;
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (statement.importKind !== 'type') found = addDeclarations(found, String(statement.source.value), statement.specifiers);
    } else if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = statement.moduleReference;
      if (reference.type === AST_NODE_TYPES.TSExternalModuleReference && reference.expression.type === AST_NODE_TYPES.Literal) {
        found = addDeclarations(found, String(reference.expression.value), [statement]);
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        if (++declarators > MAX_IMPORT_ITEMS) break;
        const source = requiredModule(declarator.init);
        if (source !== null) found = addDeclarations(found, source, [declarator]);
      }
    }
  }
  return found;
}

/**
 * The facts of the file asked about last. ESLint lints one file at a time,
 * and every rule asks about it in turn, so one record is kept: a file asked
 * about again after another (which a lint never does) is scanned again.
 */
let last: FileFacts | undefined;

/** The file's text facts, scanned on first use. */
export function fileText(sourceCode: SourceCode): FileFacts {
  if (last?.sourceCode !== sourceCode) {
    // A new lint: the modules it reads are checked against the disk again.
    beginLint();
    last = new FileFacts(sourceCode);
  }
  return last;
}

/**
 * A file whose text names no CORS header may still write them under names
 * imported from a module of the project (`res.setHeader(ACAO, ORIGIN)`); see
 * `writesImportedHeaderNames` for the bounded test.
 */
export function writesImportedHeaders(sourceCode: SourceCode, file: FileRef | undefined): boolean {
  return fileText(sourceCode).importedHeaders(file);
}

/** The text a configured credentialed API leaves in code that calls it: its host, or the last name of its base-URL expression. */
function apiAnchor(entry: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(entry);
  if (url) return url[1]!;
  return entry.split('.').at(-1)!.trim();
}

/**
 * A file can hold a request to a credentialed API without credentials only if
 * it names credentials somewhere (the module's own evidence) or mentions a
 * configured API.
 */
export function mayCallCredentialedApi(sourceCode: SourceCode, settings: CorsSettings): boolean {
  if (fileText(sourceCode).credentials) return true;
  const apis = settings.credentialedApis;
  if (apis.length === 0) return false;
  const text = sourceCode.text;
  return apis.some((entry) => text.includes(apiAnchor(entry)));
}

