// itty-router with a named origin and credentials, and a public router without them.
import { AutoRouter, cors } from 'itty-router';

const app = cors({ origin: ['https://app.example.com'], credentials: true });
export const router = AutoRouter({ before: [app.preflight], finally: [app.corsify] });

const open = cors({ origin: 'https://widgets.example.com' });
export const publicRouter = AutoRouter({ before: [open.preflight], finally: [open.corsify] });
