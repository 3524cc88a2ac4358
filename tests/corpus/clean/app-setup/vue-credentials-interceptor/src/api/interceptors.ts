// @ts-nocheck
import axios from 'axios';
import { withSession } from './session';

axios.interceptors.request.use(withSession);
