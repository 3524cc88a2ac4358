import axios from 'axios';

// Every axios request sends the session cookie.
axios.interceptors.request.use((config) => ({ ...config, withCredentials: true }));
