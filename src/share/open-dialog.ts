// Loaded on the first click of a figure's toolbar: mounts the dialog next to the toolbar (it shows in
// the top layer) and removes it when closed, giving focus back to the button that opened it.
import { mount, unmount } from 'svelte';
import FigureDialog from './FigureDialog.svelte';
import type { Section } from './links';
import type { WidgetInfo } from '../embed/widgets';

export function openFigureDialog(info: WidgetInfo, root: Element, section: Section, host: Element, opener: HTMLElement | null): void {
  const app = mount(FigureDialog, {
    target: host,
    props: {
      info,
      root,
      section,
      onclose: () => {
        void unmount(app);
        opener?.focus();
      },
    },
  });
}
