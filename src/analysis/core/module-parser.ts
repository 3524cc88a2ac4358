/**
 * Parses another module of the project with the parser and options of the
 * file being linted, through ESLint's own `Linter`, so that the result is a
 * full SourceCode with scopes. Type information is never requested for these
 * modules (a program per module would cost seconds). Any failure is null.
 */
import path from 'node:path';
import { Linter } from 'eslint';
import type { ModuleParser } from './context.js';

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
