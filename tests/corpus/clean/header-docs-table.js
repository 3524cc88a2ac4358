// A table of header descriptions (for a help page) is not a response.
export const HEADER_DOCS = {
  'Access-Control-Allow-Origin': 'Which origin may read the response',
  'Access-Control-Allow-Credentials': 'Whether cookies may be sent',
  'Access-Control-Allow-Headers': 'Request headers the server accepts',
};

export function describeHeader(name) {
  return HEADER_DOCS[name] ?? 'Unknown header';
}
