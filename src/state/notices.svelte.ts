// Short messages for the reader: dropped URL values, an engine restart. Text only, never markup.
export interface Notice {
  id: number;
  text: string;
  kind: 'url' | 'engine';
}

let nextId = 1;

class Notices {
  list = $state<Notice[]>([]);

  push(text: string, kind: Notice['kind']): void {
    if (kind === 'url' && this.list.some((n) => n.text === text)) return;
    const notice = { id: nextId++, text, kind };
    this.list = [...this.list.filter((n) => !(n.kind === kind && kind === 'engine')), notice];
    if (kind === 'engine') setTimeout(() => this.dismiss(notice.id), 8000);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
