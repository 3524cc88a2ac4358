import type { FrameworkHeaders } from './types.js';

/** Koa: `ctx.set(name, value)`, `ctx.append(name, value)`, `ctx.set({ … })`, `ctx.vary(value)`, also on `ctx.response`. */
export const koa: FrameworkHeaders = {
  name: 'koa',
  nameValueMethods: { set: false, append: true },
  objectMethods: ['set'],
};
