import type { FrameworkHeaders } from './types.js';

/** Fetch `Headers`: `headers.set(name, value)`, `headers.append(name, value)`, `new Headers({ … })` for a `Response`. */
export const fetchHeaders: FrameworkHeaders = {
  name: 'fetch',
  nameValueMethods: { set: false, append: true },
};
