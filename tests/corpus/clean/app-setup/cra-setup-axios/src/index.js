import './setupAxios';
import App from './App';

App();
