// Header names and values shared by the server modules.
export const ACAO = 'Access-Control-Allow-Origin';
export const ACAC = 'Access-Control-Allow-Credentials';
export const ALLOW_ALL = '*';
