import json from '@eslint/json';
import { Linter } from 'eslint';
import * as yamlParser from 'yaml-eslint-parser';
import { describe, expect, it } from 'vitest';
import { getDeploymentFacts, isDataFile, type DeploymentFacts } from '../../src/analysis/deploy/index.js';
import {
  invalidCredentialValues,
  nullOrigins,
  platformPolicies,
  wildcardHeaderLists,
  wildcardOrigins,
} from '../../src/analysis/deploy/findings.js';
import { ECHO_EVENT, HTTP_API_CREDENTIALS, LISTED_EVENT, PUBLIC_EVENT, serverlessYaml, WILDCARD_EVENT } from '../serverless-samples.js';

/** Parses `text` as ESLint would for `filename` and returns what the deployment model reads. */
function factsOf(filename: string, text: string): { facts: DeploymentFacts | null; dataFile: boolean; text: string } {
  let result: { facts: DeploymentFacts | null; dataFile: boolean; text: string } | undefined;
  const probe = {
    meta: { type: 'problem' as const, schema: [] },
    create(context: { sourceCode: { ast: unknown; text: string }; filename: string }) {
      result = { facts: getDeploymentFacts(context.sourceCode, context.filename), dataFile: isDataFile(context.sourceCode), text: context.sourceCode.text };
      return {};
    },
  };
  const plugins = { probe: { rules: { probe } } } as never;
  const config: Linter.Config[] = filename.endsWith('.json')
    ? [{ files: ['**/*.json'], language: 'json/json', plugins: { json, ...(plugins as object) } as never, rules: { 'probe/probe': 'error' } }]
    : filename.endsWith('.js')
      ? [{ files: ['**/*.js'], plugins, rules: { 'probe/probe': 'error' } }]
      : [{ files: ['**/*.yml', '**/*.yaml'], languageOptions: { parser: yamlParser as never }, plugins, rules: { 'probe/probe': 'error' } }];
  const messages = new Linter().verify(text, config, filename);
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return result!;
}

const slice = (text: string, range: readonly [number, number]) => text.slice(range[0], range[1]);

describe('deployment files', () => {
  it('reads vercel.json header groups and finds * with credentials', () => {
    const text = `{
  "headers": [
    {
      "source": "/api/(.*)",
      "headers": [
        { "key": "Access-Control-Allow-Credentials", "value": "true" },
        { "key": "Access-Control-Allow-Origin", "value": "*" },
        { "key": "Access-Control-Allow-Headers", "value": "Content-Type, *" }
      ]
    },
    { "source": "/public/(.*)", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "*" }] }
  ]
}`;
    const { facts } = factsOf('vercel.json', text);
    expect(facts!.groups.map((g) => g.where)).toEqual(['vercel.json headers for "/api/(.*)"', 'vercel.json headers for "/public/(.*)"']);
    const [finding] = wildcardOrigins(facts!);
    expect(wildcardOrigins(facts!)).toHaveLength(1);
    expect(slice(text, finding!.header.valueNode.node.range)).toBe('"*"');
    expect(wildcardHeaderLists(facts!).map((f) => f.header.name)).toEqual(['access-control-allow-headers']);
  });

  it('reads the older vercel.json routes form', () => {
    const text = `{ "routes": [{ "src": "/api/.*", "headers": { "Access-Control-Allow-Origin": "null", "Access-Control-Allow-Credentials": "true" } }] }`;
    const { facts } = factsOf('now.json', text);
    expect(nullOrigins(facts!)).toHaveLength(1);
  });

  it('reads firebase.json with one site or several', () => {
    const one = `{ "hosting": { "headers": [{ "source": "**", "headers": [
      { "key": "access-control-allow-origin", "value": "*" },
      { "key": "Access-Control-Allow-Credentials", "value": "True" }] }] } }`;
    const facts = factsOf('firebase.json', one).facts!;
    expect(wildcardOrigins(facts)).toHaveLength(1);
    expect(invalidCredentialValues(facts).map((f) => f.kind)).toEqual(['miscased']);
    const several = `{ "hosting": [{ "site": "a", "headers": [{ "glob": "**", "headers": [
      { "key": "Access-Control-Allow-Origin", "value": "*" }, { "key": "Access-Control-Allow-Credentials", "value": "true" }] }] },
      { "site": "b", "headers": [{ "glob": "**", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "*" }] }] }] }`;
    expect(wildcardOrigins(factsOf('firebase.json', several).facts!).map((f) => f.group.where)).toEqual(['firebase.json headers for "**"']);
  });

  it('merges staticwebapp.config.json global headers into each route', () => {
    const text = `{
  "globalHeaders": { "Access-Control-Allow-Origin": "*" },
  "routes": [
    { "route": "/api/*", "headers": { "Access-Control-Allow-Credentials": "true" } },
    { "route": "/me", "headers": { "Access-Control-Allow-Credentials": "true", "Access-Control-Allow-Origin": "https://app.example.com" } }
  ]
}`;
    const found = wildcardOrigins(factsOf('staticwebapp.config.json', text).facts!);
    expect(found.map((f) => f.group.where)).toEqual(['staticwebapp.config.json headers for "/api/*"']);
  });

  it('stays quiet on public wildcards, exact origins and other JSON files', () => {
    const pub = `{ "headers": [{ "source": "/(.*)", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "*" }] }] }`;
    expect(wildcardOrigins(factsOf('vercel.json', pub).facts!)).toEqual([]);
    const exact = `{ "headers": [{ "source": "/(.*)", "headers": [
      { "key": "Access-Control-Allow-Origin", "value": "https://app.example.com" },
      { "key": "Access-Control-Allow-Credentials", "value": "true" }] }] }`;
    expect(wildcardOrigins(factsOf('vercel.json', exact).facts!)).toEqual([]);
    expect(factsOf('package.json', pub).facts).toBeNull();
    expect(factsOf('tsconfig.json', '{ "compilerOptions": {} }').facts).toBeNull();
  });

  it('tells data files from JavaScript', () => {
    expect(factsOf('vercel.json', '{}').dataFile).toBe(true);
    expect(factsOf('serverless.yml', 'service: x\n').dataFile).toBe(true);
    expect(factsOf('vercel.js', 'export default { headers: [] }').dataFile).toBe(false);
  });

  it('reads Serverless http cors: * with credentials, origins that match everything, httpApi defaults', () => {
    const text = serverlessYaml([WILDCARD_EVENT, ECHO_EVENT, PUBLIC_EVENT, LISTED_EVENT], HTTP_API_CREDENTIALS);
    const { facts } = factsOf('serverless.yml', text);
    expect(platformPolicies(facts!, 'wildcard').map((p) => p.label)).toEqual([
      'Serverless `http` cors for "/me"',
      'Serverless `provider.httpApi.cors`',
    ]);
    // Messages name the option as the file spells it.
    expect(platformPolicies(facts!, 'wildcard').map((p) => p.originKey)).toEqual(['origin', 'allowedOrigins']);
    const [echo] = platformPolicies(facts!, 'echo');
    expect(echo!.label).toBe('Serverless `http` cors for "/echo"');
    expect(echo!.originKey).toBe('origins');
    expect(slice(text, echo!.originNode.range)).toBe("'*'");
  });

  it('degrades to unknown on aliases, tags and deep nesting', () => {
    const text = `x: &o '*'\nfunctions:\n  f:\n    events:\n      - http:\n          cors:\n            origin: *o\n            allowCredentials: !!str true\n`;
    expect(platformPolicies(factsOf('serverless.yml', text).facts!, 'wildcard')).toEqual([]);
    const deep = `{ "headers": ${'['.repeat(300)}${']'.repeat(300)}, "x": "cors" }`;
    expect(factsOf('vercel.json', deep).facts!.groups).toEqual([]);
  });
});
