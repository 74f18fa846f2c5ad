// What a widget offers for download: each chart (an <svg role="img"> in a <figure>) as SVG and PNG,
// and each data table as CSV, found in the widget's rendered DOM.
import { standaloneSvg, type ExportMeta } from './svg';
import { svgToPng } from './png';
import { tableRows, toCsv } from './csv';
import { download, slug } from './download';

export interface Downloadable {
  kind: 'chart' | 'table';
  title: string;
  /** Saves the files of this item in `format`. */
  save(format: 'svg' | 'png' | 'csv'): Promise<void>;
}

const chartTitle = (svg: SVGSVGElement) =>
  (svg.closest('figure')?.querySelector('figcaption')?.textContent ?? svg.getAttribute('aria-label') ?? 'Chart').replace(/\s+/g, ' ').trim();

export function downloadables(root: Element, meta: Omit<ExportMeta, 'title'>, name: string): Downloadable[] {
  const charts = [...root.querySelectorAll<SVGSVGElement>('figure > svg[role="img"], figure > .pad > svg[role="img"]')].map((svg): Downloadable => {
    const title = chartTitle(svg);
    return {
      kind: 'chart',
      title,
      async save(format) {
        const file = standaloneSvg(svg, { ...meta, title });
        const base = `tao-${name}-${slug(title)}`;
        if (format === 'svg') download(new Blob([file.text], { type: 'image/svg+xml' }), `${base}.svg`);
        else download(await svgToPng(file), `${base}.png`);
      },
    };
  });
  const tables = [...root.querySelectorAll<HTMLTableElement>('table')].map((table): Downloadable => {
    const title = (table.caption?.textContent ?? 'Data').replace(/\s+/g, ' ').trim();
    return {
      kind: 'table',
      title,
      async save() {
        download(new Blob([toCsv(tableRows(table))], { type: 'text/csv;charset=utf-8' }), `tao-${name}-${slug(title)}.csv`);
      },
    };
  });
  return [...charts, ...tables];
}
