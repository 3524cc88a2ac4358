// CORS options kept in their own module.
const corsOptions = {
  origin: true, // @cors A reflected-origin
  credentials: true,
};

module.exports = { corsOptions };
