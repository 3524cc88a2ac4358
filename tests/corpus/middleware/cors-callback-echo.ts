/* @cors-rules no-reflected-origin-with-credentials */
// @ts-nocheck
import express from 'express';
import cors, { type CorsOptions } from 'cors';

const corsOptions: CorsOptions = {
  origin(origin, callback) { // @cors A reflected-origin
    callback(null, origin); // @cors A
  },
  credentials: true, // @cors A
};

const app = express();
app.use(cors(corsOptions));
export default app;
