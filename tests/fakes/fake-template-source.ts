import type { RemoteTemplate, TemplateSource } from '../../shared/ports/template-source.js';

/** Stands in for WhatsApp's template list of a business account; tests change it as Meta would. */
export class FakeTemplateSource implements TemplateSource {
  private readonly byAccount = new Map<string, RemoteTemplate[]>();
  readonly requests: string[] = [];
  private failuresLeft = 0;

  async listTemplates(wabaId: string): Promise<RemoteTemplate[]> {
    this.requests.push(wabaId);
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('WhatsApp is unreachable');
    }
    return [...(this.byAccount.get(wabaId) ?? [])];
  }

  set(wabaId: string, templates: readonly RemoteTemplate[]): void {
    this.byAccount.set(wabaId, [...templates]);
  }

  /** Changes one listed template in place (status or category), as Meta does when it pauses or recategorizes. */
  change(wabaId: string, name: string, language: string, changes: Partial<RemoteTemplate>): void {
    const list = this.byAccount.get(wabaId) ?? [];
    this.byAccount.set(
      wabaId,
      list.map((t) => (t.name === name && t.language === language ? { ...t, ...changes } : t)),
    );
  }

  failNext(times = 1): void {
    this.failuresLeft = times;
  }
}
