/* @cors-rules no-wildcard-origin-with-credentials, no-reflected-origin-with-credentials */
// nextjs-cors runs the cors package with the third argument of NextCors(req, res, options):
// '*' with credentials is sent as is (browsers reject it), origin: true echoes every origin.
import NextCors from 'nextjs-cors';

const sessionCors = {
  methods: ['GET', 'POST'],
  origin: '*', // @cors A wildcard-credentials nofix
  credentials: true,
  optionsSuccessStatus: 200,
};

export async function session(req, res) {
  await NextCors(req, res, sessionCors);
  res.json({ user: req.cookies.user ?? null });
}

export default async function handler(req, res) {
  await NextCors(req, res, {
    origin: true, // @cors B reflected-origin nofix
    credentials: true,
  });
  res.json({ ok: true });
}
