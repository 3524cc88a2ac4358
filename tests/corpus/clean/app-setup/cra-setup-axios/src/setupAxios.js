const axios = require('axios');

axios.defaults.baseURL = 'https://api.example.com';
axios.defaults.withCredentials = true;
