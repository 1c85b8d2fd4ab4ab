import type { RemoteTemplate, TemplateSource } from '../../../ports/template-source.js';
import { GraphHttp, GraphRequestError, type GraphHttpOptions } from './graph-http.js';
import { templatePageOf } from './template-answers.js';

export const DEFAULT_MAX_TEMPLATE_PAGES = 50;
const FIELDS = 'id,name,language,status,category,components';

export interface GraphTemplateSourceOptions extends GraphHttpOptions {
  /** The system user's access token, or where to find the token of a WhatsApp Business Account. */
  readonly accessToken: string | ((wabaId: string) => string | Promise<string>);
  /** Templates per page, default 100. */
  readonly pageSize?: number;
  /** A longer list is an error rather than a silently partial one. Default 50 pages. */
  readonly maxPages?: number;
}

/**
 * The templates of a WhatsApp Business Account: GET {waba-id}/message_templates, following `paging.next` until
 * Graph sends none. Failures are the port's WhatsAppSendError (retryable or final, as for a send).
 */
export class GraphTemplateSource implements TemplateSource {
  private readonly http: GraphHttp;
  private readonly pageSize: number;
  private readonly maxPages: number;

  constructor(options: GraphTemplateSourceOptions) {
    this.http = new GraphHttp(options);
    this.pageSize = options.pageSize ?? 100;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_TEMPLATE_PAGES;
  }

  async listTemplates(wabaId: string): Promise<RemoteTemplate[]> {
    const token = await this.http.token(wabaId);
    const origin = new URL(this.http.baseUrl).origin;
    const templates: RemoteTemplate[] = [];
    let skipped = 0;
    let url = `${this.http.url(wabaId, 'message_templates')}?limit=${this.pageSize}&fields=${FIELDS}`;
    for (let page = 1; page <= this.maxPages; page++) {
      let body: unknown;
      try {
        ({ body } = await this.http.request({
          method: 'GET',
          url,
          token,
          operation: 'listTemplates',
          subject: { wabaId },
          idempotent: true,
        }));
      } catch (error) {
        throw error instanceof GraphRequestError ? error.failure.error : error;
      }
      const answer = templatePageOf(body);
      templates.push(...answer.templates);
      skipped += answer.skipped;
      if (!answer.next) {
        if (skipped > 0)
          this.http.logger.warn(
            { operation: 'listTemplates', wabaId, skipped },
            'templates without a name or language skipped',
          );
        return templates;
      }
      // The token goes to Graph only: a next page elsewhere is not followed.
      if (new URL(answer.next).origin !== origin)
        throw new Error(`Graph's next page of templates is not on ${origin}`);
      url = answer.next;
    }
    throw new Error(`more than ${this.maxPages} pages of templates for WhatsApp Business Account ${wabaId}`);
  }
}
