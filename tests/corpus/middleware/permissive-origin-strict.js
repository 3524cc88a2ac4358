/* @cors-rules no-permissive-origin */
/* @cors-config all */
// The strict rule: any origin may read, even without credentials.
const express = require('express');
const cors = require('cors');

const app = express();
app.use('/internal', cors({ origin: true })); // @cors A permissive-origin
app.use('/partners', cors({ origin: ['https://partner.example.net'] }));
module.exports = app;
