/** What the header model needs to know about how one framework writes response headers. */
export interface FrameworkHeaders {
  readonly name: string;
  /** Methods of a response (or its headers) that write one header, and whether they append: `res.set(name, value)`. */
  readonly nameValueMethods?: Readonly<Record<string, boolean>>;
  /** Methods that write an object of headers: `res.set({ … })`. */
  readonly objectMethods?: readonly string[];
  /** Setters that only write headers: an unknown name there may be any header (not `set`, which Maps have too). */
  readonly dedicatedSetters?: readonly string[];
  /** Methods of a request context that build a response with headers: Hono `c.json(data, status, headers)`. */
  readonly responseMethods?: readonly string[];
  /** Functions that take the event first and write one header, and whether they append: h3 `setResponseHeader(event, name, value)`. */
  readonly nameValueFunctions?: Readonly<Record<string, boolean>>;
  /** Functions that take the event first and write an object of headers: h3 `setResponseHeaders(event, { … })`. */
  readonly objectFunctions?: readonly string[];
  /** Methods of an app that register functions run for every request of the app: Elysia `app.onRequest(fn)`. */
  readonly hookMethods?: readonly string[];
  /** Methods of an app that add an object of headers to every response of the app: Elysia `app.headers({ … })`. */
  readonly appHeaders?: AppHeaderMethods;
}

/** How an app whose methods set headers for all its responses is recognised. */
export interface AppHeaderMethods {
  /** Modules that export the app class. */
  readonly modules: readonly string[];
  /** The exported class an app is constructed from (`new Elysia()`). */
  readonly className: string;
  /** Methods that take one object of headers and return the app. */
  readonly methods: readonly string[];
}
