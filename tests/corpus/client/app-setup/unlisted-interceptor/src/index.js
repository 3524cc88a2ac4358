import './http/credentials';
import { render } from './render';

render(document.getElementById('root'));
