// @ts-nocheck
import './lib/interceptors';
import { start } from './app';

start();
