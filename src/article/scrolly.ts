// One IntersectionObserver for every scroll step on the page: a step becomes active as it crosses the
// middle band of the viewport. Steps register a callback; the keyboard scrolls the page as usual.
type OnActive = () => void;

const callbacks = new Map<Element, OnActive>();
let observer: IntersectionObserver | null = null;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) callbacks.get(e.target)?.();
    },
    { rootMargin: '-40% 0px -40% 0px' },
  );
  return observer;
}

/** Calls onActive whenever el reaches the middle of the viewport; returns the unsubscribe. */
export function observeStep(el: Element, onActive: OnActive): () => void {
  callbacks.set(el, onActive);
  shared().observe(el);
  return () => {
    callbacks.delete(el);
    observer?.unobserve(el);
  };
}
