/**
 * Parses another module of the project with the parser and options of the
 * file being linted, into a full SourceCode with scopes: straight through the
 * parser when it gives a scope manager itself (`@typescript-eslint/parser`);
 * for a parser that gives only the tree (espree), with ESLint's scope
 * analyser (`eslint-scope`) on the options ESLint would use; and through
 * ESLint's own `Linter` for any other parser, which also validates a
 * configuration and runs a traversal and costs a few times the parse. Type
 * information is never requested for these modules (a program per module
 * would cost seconds). Any failure is null.
 */
import path from 'node:path';
import { Linter, SourceCode } from 'eslint';
import { analyze } from 'eslint-scope';
import type { TSESTree } from '@typescript-eslint/types';
import type { ModuleParser } from './context.js';
import { walkWithKeys, type VisitorKeys } from './nodes.js';

/** What a rule context offers about its parser, on ESLint 8.57 (flat and eslintrc), 9 and 10. */
export interface ParserSource {
  readonly languageOptions?: object;
}

/** Parser options that ask for type information: left out for modules read through imports. */
const TYPED_OPTIONS = new Set(['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService', 'EXPERIMENTAL_useSourceOfProjectReferenceRedirect']);

function moduleLanguageOptions(source: ParserSource): Record<string, unknown> | null {
  const given = source.languageOptions as Readonly<Record<string, unknown>> | undefined;
  if (!given) return {};
  const options: Record<string, unknown> = {};
  for (const key of ['ecmaVersion', 'sourceType', 'parser', 'globals']) {
    if (given[key] !== undefined) options[key] = given[key];
  }
  const parserOptions = given.parserOptions;
  if (parserOptions && typeof parserOptions === 'object') {
    options.parserOptions = Object.fromEntries(Object.entries(parserOptions).filter(([key]) => !TYPED_OPTIONS.has(key)));
  }
  // A parser named by path (eslintrc) and not given as an object cannot be loaded here.
  if (options.parser !== undefined && typeof options.parser !== 'object') return null;
  return options;
}

type CapturedSource = NonNullable<ReturnType<ModuleParser>>;

interface ParseResult {
  readonly ast?: unknown;
  readonly scopeManager?: unknown;
  readonly services?: unknown;
  readonly visitorKeys?: unknown;
}

/** What ESLint 9 and later do to a SourceCode before rules run; ESLint 8 adds globals in its Linter. */
interface Finalizable {
  applyLanguageOptions?(languageOptions: object): void;
  finalize?(): void;
}

interface ScopedParser {
  parseForESLint(text: string, options: object): ParseResult;
}

function scopedParser(options: Readonly<Record<string, unknown>>): ScopedParser | null {
  const parser = options.parser as Partial<ScopedParser> | undefined;
  return typeof parser?.parseForESLint === 'function' ? (parser as ScopedParser) : null;
}

/** A parser that gives only the syntax tree (espree), with the visitor keys of its nodes. */
interface PlainParser {
  parse(text: string, options: object): unknown;
  readonly VisitorKeys: VisitorKeys;
  /** espree's newest edition, as its number (17 for ES2026): what ESLint reads `ecmaVersion: 'latest'` as. */
  readonly latestEcmaVersion?: number;
}

function plainParser(options: Readonly<Record<string, unknown>>): PlainParser | null {
  const parser = options.parser as Partial<PlainParser> | undefined;
  return typeof parser?.parse === 'function' && parser.VisitorKeys && typeof parser.VisitorKeys === 'object' ? (parser as PlainParser) : null;
}

/**
 * The parse result of a parser without scope analysis, with the scopes ESLint
 * would compute for it (the options of ESLint's own `analyzeScope`): through
 * `eslint-scope`, ESLint's scope analyser, so a module costs its parse and
 * one analysis rather than a whole `Linter` run.
 */
function analyzed(parser: PlainParser, options: Readonly<Record<string, unknown>>): ParseForESLint {
  return (body, parserOptions) => {
    const ast = parser.parse(body, parserOptions) as Parameters<typeof analyze>[0];
    const ecmaFeatures = ((options.parserOptions as { ecmaFeatures?: Record<string, unknown> } | undefined)?.ecmaFeatures ?? {}) as Record<string, boolean | undefined>;
    const { ecmaVersion } = options;
    const scopeManager = analyze(ast, {
      ignoreEval: true,
      nodejsScope: ecmaFeatures.globalReturn === true || options.sourceType === 'commonjs',
      impliedStrict: ecmaFeatures.impliedStrict === true,
      ecmaVersion: typeof ecmaVersion === 'number' ? ecmaVersion : 6,
      sourceType: (options.sourceType as 'script' | 'module' | 'commonjs' | undefined) ?? 'script',
      childVisitorKeys: parser.VisitorKeys,
      fallback: 'iteration',
      jsx: ecmaFeatures.jsx === true,
    } as Parameters<typeof analyze>[1]);
    return { ast, scopeManager, visitorKeys: parser.VisitorKeys };
  };
}

/**
 * The options with `ecmaVersion: 'latest'` read as a year, as ESLint
 * normalises them: the ES built-ins a module can use are those of that year.
 */
function withEcmaYear(parser: PlainParser, options: Record<string, unknown>): Record<string, unknown> {
  const latest = parser.latestEcmaVersion;
  if (options.ecmaVersion !== 'latest' || typeof latest !== 'number') return options;
  return { ...options, ecmaVersion: latest < 2015 ? latest + 2009 : latest };
}

type ParseForESLint = (text: string, options: object) => ParseResult;

/**
 * The SourceCode of `text` from a parser's result with scopes, parsed with the
 * options ESLint would pass it; undefined when there is no scope manager or
 * the parse fails (the `Linter` path then decides).
 */
function parseDirectly(parseForESLint: ParseForESLint, options: Readonly<Record<string, unknown>>, filename: string, text: string): CapturedSource | undefined {
  // ESLint strips a byte-order mark and turns a shebang into a comment before parsing.
  const hasBOM = text.charCodeAt(0) === 0xfeff;
  const body = (hasBOM ? text.slice(1) : text).replace(/^#!([^\r\n]*)/, '//$1');
  try {
    const parserOptions = {
      ecmaVersion: options.ecmaVersion,
      sourceType: options.sourceType,
      ...(options.parserOptions as object | undefined),
      loc: true,
      range: true,
      tokens: true,
      comment: true,
      eslintVisitorKeys: true,
      eslintScopeManager: true,
      filePath: filename,
    };
    const result = parseForESLint(body, parserOptions);
    if (!result?.ast || !result.scopeManager || !result.visitorKeys) return undefined;
    // ESLint's traversal sets `parent` on the files it lints; the analysis walks up from a node to its module.
    walkWithKeys(result.visitorKeys as VisitorKeys, result.ast as TSESTree.Node, (node, parent) => {
      (node as { parent?: TSESTree.Node | null }).parent = parent;
    });
    const config = { text: body, hasBOM, ast: result.ast, parserServices: result.services ?? {}, scopeManager: result.scopeManager, visitorKeys: result.visitorKeys };
    const sourceCode = new SourceCode(config as never) as unknown as CapturedSource & Finalizable;
    // The globals ESLint declares for the file (ES built-ins of the ECMAScript version, configured globals), as a Linter run would.
    sourceCode.applyLanguageOptions?.(options);
    sourceCode.finalize?.();
    return sourceCode;
  } catch {
    return undefined;
  }
}

/**
 * A parser for the modules a file imports. The rule context's options are
 * read at the first parse, so a file that follows no import pays nothing; a
 * parser that cannot be loaded here (one named by path) parses nothing.
 */
export function createModuleParser(source: ParserSource): ModuleParser {
  let languageOptions: Record<string, unknown> | null = null;
  let read = false;
  let linter: Linter | null = null;
  return (filename, text) => {
    if (!read) {
      languageOptions = moduleLanguageOptions(source);
      read = true;
    }
    if (languageOptions === null) return null;
    const scoped = scopedParser(languageOptions);
    const plain = scoped ? null : plainParser(languageOptions);
    const options = plain ? withEcmaYear(plain, languageOptions) : languageOptions;
    const parse = scoped ? (body: string, parserOptions: object) => scoped.parseForESLint(body, parserOptions) : plain ? analyzed(plain, options) : null;
    const direct = parse ? parseDirectly(parse, options, filename, text) : undefined;
    if (direct !== undefined) return direct;
    try {
      linter ??= new Linter({ configType: 'flat' } as never);
      let captured: CapturedSource | null = null;
      const ext = path.extname(filename) || '.js';
      const config = {
        // A pattern with the extension: `**/*` alone matches no file for ESLint.
        files: [`**/*${ext}`],
        languageOptions,
        plugins: {
          read: {
            rules: {
              source: {
                create(context: { sourceCode: unknown }) {
                  captured = context.sourceCode as CapturedSource;
                  return {};
                },
              },
            },
          },
        },
        rules: { 'read/source': 'error' },
      };
      // A relative name keeps the file inside the Linter's working directory, whatever its real place.
      const messages = linter.verify(text, [config] as never, `module${ext}`);
      if (messages.some((m) => m.fatal)) return null;
      return captured;
    } catch {
      return null;
    }
  };
}
