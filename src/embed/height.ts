// The embedded page tells its host how tall it is, whenever that changes, as
// `{ type: 'tao-embed:resize', name, height }`, and again a few times while a host's script may still be
// starting; static/embed.js is the host's half. The height is not
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
  // A host whose resize script starts after the figure has settled missed those messages: the height
  // is sent again a few times in the first seconds, changed or not.
  const again = [500, 1500, 4000, 10_000].map((ms) =>
    setTimeout(() => {
      last = -1;
      send();
    }, ms),
  );
  return () => {
    observer.disconnect();
    again.forEach(clearTimeout);
  };
}
