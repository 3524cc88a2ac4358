import { RuleTester, type InvalidTestCase, type RunTests, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as espree from 'espree';

const PARSER_OPTIONS = { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } as const;

/** True when espree, ESLint's default parser for `.js` files, reads the code. */
function espreeParses(code: string): boolean {
  try {
    espree.parse(code, PARSER_OPTIONS);
    return true;
  } catch {
    return false;
  }
}

type AnyCase = string | { code: string; filename?: string; languageOptions?: unknown };

/** Cases a `.js` file could hold: espree parses them, and they name no parser or TypeScript file of their own. */
function javascriptCase(test: AnyCase): boolean {
  if (typeof test === 'string') return espreeParses(test);
  if (test.languageOptions || (test.filename && /\.[cm]?tsx?$/.test(test.filename))) return false;
  return espreeParses(test.code);
}

/**
 * Runs each table twice: parsed by typescript-eslint (as `.ts` files are) and
 * by espree (as most users' `.js` files are), the second time with the cases
 * espree can read. Locations, messages and outputs must agree under both.
 */
class DualParserRuleTester extends RuleTester {
  readonly #espree: RuleTester;

  constructor(settings?: Record<string, unknown>) {
    super({ languageOptions: { parserOptions: PARSER_OPTIONS }, ...(settings ? { settings } : {}) });
    this.#espree = new RuleTester({
      languageOptions: { parser: espree as never, parserOptions: PARSER_OPTIONS },
      ...(settings ? { settings } : {}),
    });
  }

  override run<MessageIds extends string, Options extends readonly unknown[]>(
    name: string,
    rule: TSESLint.RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    super.run(name, rule, tests);
    const valid = tests.valid.filter((t) => javascriptCase(t as AnyCase)) as ValidTestCase<Options>[];
    const invalid = tests.invalid.filter((t) => javascriptCase(t as AnyCase)) as InvalidTestCase<MessageIds, Options>[];
    if (valid.length + invalid.length > 0) this.#espree.run(`${name} (espree)`, rule, { valid, invalid });
  }
}

/**
 * A RuleTester for this plugin's rules: ESM with JSX, every table run under
 * typescript-eslint and under espree, and every error must state its full location.
 */
export function createRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new DualParserRuleTester(settings);
}

/** Settings with `settings.cors`. */
export function corsSettings(cors: Record<string, unknown>): Record<string, unknown> {
  return { cors };
}

/** Every test file passes these: each error states line, column, endLine and endColumn. */
export const assertionOptions = { requireLocation: true } as const;
