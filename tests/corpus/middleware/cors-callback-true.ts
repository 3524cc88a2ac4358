// @ts-nocheck
import cors from 'cors';
import express from 'express';

const app = express();
app.use(
  cors({
    origin: (origin, callback) => callback(null, true), // @cors A reflected-origin
    credentials: true, // @cors A
  }),
);
export default app;
