// @ts-nocheck
import { createApp } from 'vue';
import App from './App.vue';
import './api/interceptors';

createApp(App).mount('#app');
