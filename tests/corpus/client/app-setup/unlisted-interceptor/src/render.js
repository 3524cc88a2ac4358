export function render(root) {
  root.textContent = 'Loading';
}
