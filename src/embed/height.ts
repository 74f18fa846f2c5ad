// The embedded page tells its host how tall it is, whenever that changes, as
// `{ type: 'tao-embed:resize', name, height }`; static/embed.js is the host's half. The height is not
// secret, so it goes to any parent; the page listens to no message in return.

export const RESIZE_MESSAGE = 'tao-embed:resize';

export function postHeight(name: string, target: Window | null = window.parent): () => void {
  if (!target || target === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: RESIZE_MESSAGE, name, height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.body);
  send();
  return () => observer.disconnect();
}
