// @ts-nocheck
// The entry registers the app's interceptors by importing their module.
import { createApp } from 'vue';
import App from './App.vue';
import './api/interceptors';

createApp(App).mount('#app');
