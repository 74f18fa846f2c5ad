// One IntersectionObserver for everything that starts work as it approaches the viewport (figures
// that load, verdicts that compute): the callback runs once, 800 px before the element shows.
const callbacks = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const cb = callbacks.get(e.target);
        forget(e.target);
        cb?.();
      }
    },
    { rootMargin: '800px 0px' },
  );
  return observer;
}

function forget(el: Element): void {
  callbacks.delete(el);
  observer?.unobserve(el);
}

/** Runs onNear once when el comes within 800 px of the viewport (or at once when printing); returns the cancel. */
export function whenNear(el: Element, onNear: () => void): () => void {
  callbacks.set(el, onNear);
  shared().observe(el);
  return () => forget(el);
}

/** Everything still waiting starts now: a printed page shows every figure. */
export function startAll(): void {
  for (const [el, cb] of [...callbacks]) {
    forget(el);
    cb();
  }
}

if (typeof window !== 'undefined') window.addEventListener('beforeprint', startAll);
