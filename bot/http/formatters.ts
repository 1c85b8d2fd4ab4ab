import type { Formatters, Request, Response } from 'restify';
import { toErrorBody } from './errors.js';

/** JSON formatter: errors become `{error:{code,message}}`, anything else is serialized as is. */
function formatJson(_req: Request, res: Response, body: unknown): string {
  const data = JSON.stringify(body instanceof Error ? toErrorBody(body) : (body ?? null));
  res.setHeader('Content-Length', Buffer.byteLength(data));
  return data;
}

/** Restify picks a formatter per response; errors are objects, so they always go through JSON. */
export const formatters: Formatters = {
  'application/json; q=0.9': formatJson,
};
