// @ts-nocheck
export function start() {
  document.body.dataset.ready = 'true';
}
