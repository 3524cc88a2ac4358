/**
 * The shape every CORS rule shares: read `settings.cors`, skip files whose
 * text cannot hold a finding, build (or reuse) the file's CORS model, and
 * report each node once, with bounded message data, a bounded number of
 * suggestions and fixes whose edits never overlap. A rule keeps only its
 * judgement and its messages.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { getDeploymentFacts, type DeploymentFacts, type SyntaxNode } from '../analysis/deploy/index.js';
import { createModuleParser } from '../analysis/core/module-parser.js';
import { getCorsModel, mayConfigureServer, type CorsModel } from '../analysis/model.js';
import { fileText, mayCallCredentialedApi, type FileFacts, type FileRef } from '../analysis/relevance.js';
import { indexingListeners, isForeignNode, type ValueContext } from '../analysis/core/values.js';
import { isInSharedDeclaration } from '../fixes/shared.js';
import { mergeFixes } from '../fixes/text-edits.js';
import { readCorsSettings, type CorsSettings } from '../settings.js';
import { createRule, type CorsRuleMeta, type CorsRuleModule } from './create-rule.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The text a file needs before a rule looks at it: a mention of credentials;
 * that and a place for a server finding (`server`: hand-written headers, CORS
 * middleware or options, tool configuration); a CORS header name; a
 * credentialed API (or credentials); `any` for every file; or a test of its
 * own, given the file's name through `file` (read only when an import must be
 * resolved).
 */
export type CorsGate = 'credentials' | 'server' | 'headers' | 'clients' | 'any' | ((sourceCode: SourceCode, settings: CorsSettings, file: FileRef) => boolean);

/** What a rule works with: the file's model, its settings and a de-duplicating `report`. */
export interface CorsRuleContext<MessageIds extends string> {
  readonly model: CorsModel;
  /** The model's value context (source code and resolution caches), which every fix helper takes. */
  readonly values: ValueContext;
  readonly settings: CorsSettings;
  readonly sourceCode: SourceCode;
  /** Reports once per node: a later finding on the same node adds only its autofix. */
  report(descriptor: CorsReport<MessageIds>): void;
}

type Edit = TSESLint.RuleFix | readonly TSESLint.RuleFix[];
/** A fix: one edit, several (merged by `mergeFixes`), or null (or a null part) to decline. */
export type CorsFix = (fixer: TSESLint.RuleFixer) => Edit | null | ReadonlyArray<Edit | null>;

export interface CorsSuggestion<MessageIds extends string> {
  readonly messageId: MessageIds;
  readonly data?: Readonly<Record<string, string>>;
  readonly fix: CorsFix;
}

export interface CorsReport<MessageIds extends string> {
  readonly node: TSESTree.Node;
  readonly messageId: MessageIds;
  readonly data?: Readonly<Record<string, string>>;
  /** An autofix; one that would edit a declaration others share becomes the `offered` suggestion instead. */
  readonly fix?: CorsFix | null;
  /** How the autofix is offered when it cannot be applied automatically. */
  readonly offered?: Omit<CorsSuggestion<MessageIds>, 'fix'>;
  readonly suggest?: ReadonlyArray<CorsSuggestion<MessageIds>>;
}

/** What a rule's judgement of a deployment file (vercel.json, serverless.yml, …) works with. */
export interface CorsDeployContext<MessageIds extends string> {
  readonly facts: DeploymentFacts;
  readonly settings: CorsSettings;
  /** The file's text, which list-item removals need. */
  readonly text: string;
  report(descriptor: Omit<CorsReport<MessageIds>, 'node'> & { readonly node: SyntaxNode }): void;
}

export interface CorsRuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: CorsRuleMeta<MessageIds, Options>;
  gate: CorsGate;
  create: (context: CorsRuleContext<MessageIds>, options: Options) => void;
  /** The rule's judgement of a deployment file parsed as JSON or YAML; rules without one skip such files. */
  deploy?: (context: CorsDeployContext<MessageIds>, options: Options) => void;
}

/** The longest text a message quotes from the code or the settings. */
export const MAX_QUOTED = 60;
/** The most suggestions of one kind on one report (one per allowed origin, say). */
export const MAX_SUGGESTIONS_PER_KIND = 3;
/**
 * The most header writes one suggestion removes: a fix is computed when the
 * report is made, so one that removes every write of a file for each of its
 * reports would grow with the square of the file.
 */
export const MAX_REMOVED_WRITES = 16;

/** At most `MAX_QUOTED` characters of `text`, cut with `…`. */
export function excerpt(text: string, max = MAX_QUOTED): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A short quotation of a string value for a message: `"True"`, `"      …"` for a huge one. */
export function quoteExcerpt(text: string | null): string {
  if (text === null) return 'null';
  // The quotes and the `…` count towards MAX_QUOTED, so `boundedData` leaves the excerpt whole.
  const room = MAX_QUOTED - 3;
  const cut = text.length > room + 1;
  const quoted = JSON.stringify(cut ? text.slice(0, room) : text);
  return cut ? `${quoted.slice(0, -1)}…"` : quoted;
}

function answer(gate: Exclude<CorsGate, 'any'>, facts: FileFacts, settings: CorsSettings, file: FileRef): boolean {
  if (gate === 'credentials') return facts.mayGrantCredentials(file);
  if (gate === 'server') return facts.mayGrantCredentials(file) && mayConfigureServer(facts.sourceCode, file);
  if (gate === 'headers') return facts.mayWriteHeaders(file);
  if (gate === 'clients') return mayCallCredentialedApi(facts.sourceCode, settings);
  return gate(facts.sourceCode, settings, file);
}

/**
 * Whether the file passes a rule's gate, answered once per file and gate
 * (the settings, which can change an answer, are those of the whole file):
 * every rule runs this on every file, and most files pass no gate. `file` is
 * the rule context, whose file name is read only where an import is resolved.
 */
function passes(gate: CorsGate, facts: FileFacts, settings: CorsSettings, file: FileRef): boolean {
  if (gate === 'any') return true;
  const answers = facts.gateAnswers(settings);
  let passed = answers.get(gate);
  if (passed === undefined) {
    passed = answer(gate, facts, settings, file);
    answers.set(gate, passed);
  }
  return passed;
}

/** What a rule listens to in a file its gate skips: nothing (one object for every such file). */
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

const FOREIGN_EDIT = new Error('an edit of another module');

/** A fixer that refuses to edit a node of another module: such a fix is dropped. */
function localFixer(fixer: TSESLint.RuleFixer, sourceCode: TSESLint.SourceCode): TSESLint.RuleFixer {
  const local = { sourceCode };
  const check = <T,>(target: T): T => {
    if (target && typeof target === 'object' && 'type' in target && isForeignNode(local, target as unknown as TSESTree.Node)) throw FOREIGN_EDIT;
    return target;
  };
  return {
    insertTextAfterRange: (range, text) => fixer.insertTextAfterRange(range, text),
    insertTextBeforeRange: (range, text) => fixer.insertTextBeforeRange(range, text),
    removeRange: (range) => fixer.removeRange(range),
    replaceTextRange: (range, text) => fixer.replaceTextRange(range, text),
    insertTextAfter: (target, text) => fixer.insertTextAfter(check(target), text),
    insertTextBefore: (target, text) => fixer.insertTextBefore(check(target), text),
    remove: (target) => fixer.remove(check(target)),
    replaceText: (target, text) => fixer.replaceText(check(target), text),
  };
}

/** A fix function whose edits are merged: duplicates dropped, overlapping removals joined; null if they conflict or edit another module. */
function mergedFix(fix: CorsFix, sourceCode: TSESLint.SourceCode): TSESLint.ReportFixFunction {
  return (fixer) => {
    let result: ReturnType<CorsFix>;
    try {
      result = fix(localFixer(fixer, sourceCode));
    } catch (error) {
      if (error === FOREIGN_EDIT) return null;
      throw error;
    }
    if (result === null) return null;
    return mergeFixes(Array.isArray(result) ? (result as ReadonlyArray<Edit | null>).flat() : [result as TSESLint.RuleFix]);
  };
}

/** The first `MAX_SUGGESTIONS_PER_KIND` suggestions of each message id, with merged fixes. */
function boundedSuggestions<MessageIds extends string>(
  suggest: ReadonlyArray<CorsSuggestion<MessageIds>>,
  sourceCode: TSESLint.SourceCode,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const perKind = new Map<string, number>();
  const kept: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
  for (const suggestion of suggest) {
    const count = perKind.get(suggestion.messageId) ?? 0;
    if (count >= MAX_SUGGESTIONS_PER_KIND) continue;
    perKind.set(suggestion.messageId, count + 1);
    kept.push({ ...suggestion, ...(suggestion.data ? { data: boundedData(suggestion.data) } : {}), fix: mergedFix(suggestion.fix, sourceCode) });
  }
  return kept;
}

/** A fixer that only records edits, to look at a fix before ESLint applies it. */
const recordingFixer: TSESLint.RuleFixer = {
  insertTextAfter: (node, text) => ({ range: [node.range[1], node.range[1]], text }),
  insertTextAfterRange: (range, text) => ({ range: [range[1], range[1]], text }),
  insertTextBefore: (node, text) => ({ range: [node.range[0], node.range[0]], text }),
  insertTextBeforeRange: (range, text) => ({ range: [range[0], range[0]], text }),
  remove: (node) => ({ range: node.range, text: '' }),
  removeRange: (range) => ({ range, text: '' }),
  replaceText: (node, text) => ({ range: node.range, text }),
  replaceTextRange: (range, text) => ({ range, text }),
};

/** True when an edit changes a declaration that others share (exported, or read elsewhere). */
function editsSharedDeclaration(values: ValueContext | null, edits: readonly TSESLint.RuleFix[]): boolean {
  if (!values) return false;
  return edits.some((edit) => {
    const node = values.sourceCode.getNodeByRangeIndex(edit.range[0]) as TSESTree.Node | null;
    return node !== null && isInSharedDeclaration(values, node);
  });
}

/**
 * The autofix and suggestions ESLint receives for the reports of one node:
 * the autofixes of every finding there (one shared option reached from two
 * uses) applied together so the file converges in one pass, edits merged,
 * suggestions (of the first finding) bounded, and an autofix that would change
 * a shared declaration offered as a suggestion (or dropped when the rule
 * offers none).
 */
function fixesOf<MessageIds extends string>(sourceCode: TSESLint.SourceCode, values: ValueContext | null, reports: ReadonlyArray<CorsReport<MessageIds>>) {
  const [first] = reports as [CorsReport<MessageIds>];
  const suggest = boundedSuggestions(first.suggest ?? [], sourceCode);
  const parts = reports.flatMap((r) => (r.fix ? [mergedFix(r.fix, sourceCode)(recordingFixer)] : []));
  const own = first.fix ? parts[0] : null;
  const all = parts.every(Array.isArray) ? mergeFixes((parts as TSESLint.RuleFix[][]).flat()) : null;
  const edits = all ?? own;
  if (!edits || !Array.isArray(edits)) return { fix: null, suggest };
  const fix = () => edits;
  if (!editsSharedDeclaration(values, edits)) return { fix, suggest };
  const offered = first.offered;
  return { fix: null, suggest: offered ? [{ ...offered, ...(offered.data ? { data: boundedData(offered.data) } : {}), fix }, ...suggest] : suggest };
}

function boundedData(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? excerpt(value) : value]));
}

/**
 * A `report` that collects findings by node and a `flush` that reports each
 * node once (see `fixesOf`). `values` is null for deployment files, which
 * have no declarations to share.
 */
function collectingReporter<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>,
  values: ValueContext | null,
): { report: (descriptor: CorsReport<MessageIds>) => void; flush: () => void } {
  const findings = new Map<TSESTree.Node, Array<CorsReport<MessageIds>>>();
  return {
    report(descriptor) {
      const list = findings.get(descriptor.node);
      if (list) list.push(descriptor);
      else findings.set(descriptor.node, [descriptor]);
    },
    flush() {
      const local = { sourceCode: context.sourceCode };
      for (const [node, list] of findings) {
        // A node read from another module is no place for a report in this file.
        if (isForeignNode(local, node)) continue;
        const { messageId, data } = list[0]!;
        const { fix, suggest } = fixesOf(context.sourceCode, values, list);
        context.report({
          node,
          messageId,
          ...(data ? { data: boundedData(data) } : {}),
          ...(fix ? { fix } : {}),
          ...(suggest.length > 0 ? { suggest } : {}),
        });
      }
      findings.clear();
    },
  };
}

/**
 * Listeners for a JSON or YAML file: the rule's `deploy` judgement on the
 * root node when the file is a deployment file the plugin reads, else none
 * (the JavaScript model never sees such a tree).
 */
function deployListeners<Options extends readonly unknown[], MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  options: Options,
  deploy: CorsRuleDefinition<Options, MessageIds>['deploy'],
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  if (!deploy) return {};
  const facts = getDeploymentFacts(sourceCode, context.filename);
  if (!facts) return {};
  const settings = readCorsSettings(context.settings);
  const root = (sourceCode.ast as { type: string }).type;
  return {
    [root]() {
      const reporter = collectingReporter(context, null);
      deploy({ facts, settings, text: sourceCode.text, report: (d) => reporter.report(d as unknown as CorsReport<MessageIds>) }, options);
      reporter.flush();
    },
  };
}

/**
 * Creates a rule from its metadata, its gate and its judgement (`create`),
 * which runs once per file, at `Program:exit`, when the gate passes.
 */
export function createCorsRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  gate,
  create,
  deploy,
}: CorsRuleDefinition<Options, MessageIds>): CorsRuleModule<MessageIds, Options> {
  // The gates a file with nothing they look for fails under any settings (`FileFacts.inert`).
  const quietWhenInert = gate === 'credentials' || gate === 'server' || gate === 'headers';
  return createRule<Options, MessageIds>({
    name,
    meta,
    create(context, options) {
      const sourceCode = context.sourceCode;
      const facts = fileText(sourceCode);
      const settings = readCorsSettings(context.settings);
      if (quietWhenInert && facts.inert) return NO_LISTENERS;
      if (facts.dataFile) return deployListeners(context, options, deploy);
      if (!passes(gate, facts, settings, context)) return NO_LISTENERS;
      // The nodes every part of the model starts from come from ESLint's own traversal (see core/node-index.ts).
      const indexing = indexingListeners(sourceCode);
      return {
        ...indexing,
        'Program:exit'(node: TSESTree.Program) {
          indexing?.['Program:exit']?.(node);
          const model = getCorsModel(sourceCode, { filename: context.filename, parseModule: createModuleParser(context) });
          const reporter = collectingReporter(context, model.context);
          create({ model, values: model.context, settings, sourceCode, report: reporter.report }, options);
          // Configuration objects (dev servers, route rules, infrastructure code) get the deployment-file judgement.
          const facts = deploy ? model.configs : null;
          if (deploy && facts) deploy({ facts, settings, text: sourceCode.text, report: (d) => reporter.report(d as unknown as CorsReport<MessageIds>) }, options);
          reporter.flush();
        },
      };
    },
  });
}
