import type { FrameworkHeaders } from './types.js';

/** Express: `res.set(name, value)`, `res.header(name, value)`, `res.append(name, value)`, `res.set({ … })`, `res.vary(value)`. */
export const express: FrameworkHeaders = {
  name: 'express',
  nameValueMethods: { set: false, header: false, append: true },
  objectMethods: ['set', 'header'],
  dedicatedSetters: ['header'],
};
