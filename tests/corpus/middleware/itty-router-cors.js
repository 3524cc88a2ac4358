/* @cors-rules no-reflected-origin-with-credentials */
// itty-router v5 turns its default '*' into the request's Origin once credentials are on;
// v4 createCors echoes every origin by default, and a credentials header makes that exploitable.
import { AutoRouter, cors, createCors } from 'itty-router';

const { preflight, corsify } = cors({ credentials: true }); // @cors A reflected-origin nofix

export const router = AutoRouter({ before: [preflight], finally: [corsify] });

export const legacy = createCors({
  methods: ['GET', 'POST'],
  headers: { 'Access-Control-Allow-Credentials': 'true' }, // @cors B reflected-origin nofix
});
