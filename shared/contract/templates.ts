import { z } from 'zod';

export const Template = z
  .object({
    name: z.string(),
    language: z.string(),
    category: z.string(),
    /** The template's body as WhatsApp shows it, with {{1}}-style placeholders. */
    bodyText: z.string(),
    paramCount: z.number().int().min(0),
  })
  .meta({ id: 'Template' });
export type Template = z.infer<typeof Template>;

export const TemplateList = z.object({ templates: z.array(Template) }).meta({ id: 'TemplateList' });
export type TemplateList = z.infer<typeof TemplateList>;
