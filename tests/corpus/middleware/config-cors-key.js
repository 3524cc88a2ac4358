/* @cors-rules no-reflected-origin-with-credentials */
// CORS options kept in the application's configuration, handed to the cors package elsewhere.
module.exports = {
  server: {
    port: Number(process.env.PORT) || 3000,
    cors: {
      origin: true, // @cors A reflected-origin nofix
      credentials: true,
    },
  },
  session: { secret: process.env.SESSION_SECRET },
};
