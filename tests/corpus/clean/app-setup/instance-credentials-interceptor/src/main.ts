// @ts-nocheck
import './lib/interceptors';
