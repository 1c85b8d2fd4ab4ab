import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { layersRule } from '../../../eslint/layers-rule.js';

// RuleTester runs its cases through the test framework's hooks; ESLint's typings omit these setters.
Object.assign(RuleTester, { afterAll, describe, it });

const root = path.resolve(import.meta.dirname, '../../..');
const at = (file: string) => path.join(root, file);
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});
const options = [{ root }];

tester.run('architecture/layers', layersRule, {
  valid: [
    {
      filename: at('shared/domain/consent/consent.ts'),
      code: "import { x } from '../shared/time.js';",
      options,
    },
    {
      filename: at('shared/ports/clock.ts'),
      code: "import type { X } from '../domain/consent/consent.js';",
      options,
    },
    { filename: at('shared/app/engine.ts'), code: "import { x } from '../ports/clock.js';", options },
    { filename: at('shared/app/engine.ts'), code: "import { x } from '../i18n/locales.js';", options },
    {
      filename: at('shared/adapters/store/a.ts'),
      code: "import { x } from '../../app/engine.js'; import pg from 'pg';",
      options,
    },
    { filename: at('bot/teams/handler.ts'), code: "import { CloudAdapter } from 'botbuilder';", options },
    {
      filename: at('tab/features/inbox/Inbox.tsx'),
      code: "import { x } from '../../../shared/contract/api.js';",
      options,
    },
    { filename: at('tests/unit/x.test.ts'), code: "import { x } from '../../bot/main.js';", options },
  ],
  invalid: [
    {
      filename: at('shared/domain/consent/consent.ts'),
      code: "import { x } from '../../ports/clock.js';",
      options,
      errors: [{ message: "the domain layer may not import from the ports layer ('../../ports/clock.js')" }],
    },
    {
      filename: at('shared/domain/consent/consent.ts'),
      code: "import { randomUUID } from 'node:crypto';",
      options,
      errors: [{ message: "the domain layer is pure: it may not import 'node:crypto'" }],
    },
    {
      filename: at('shared/ports/clock.ts'),
      code: "export { x } from '../app/engine.js';",
      options,
      errors: [{ message: "the ports layer may not import from the app layer ('../app/engine.js')" }],
    },
    {
      filename: at('shared/app/engine.ts'),
      code: "const m = import('../adapters/store/database.js');",
      options,
      errors: [
        { message: "the app layer may not import from the adapters layer ('../adapters/store/database.js')" },
      ],
    },
    {
      filename: at('shared/adapters/teams/notifier.ts'),
      code: "import { CloudAdapter } from 'botbuilder';",
      options,
      errors: [{ message: "only bot/ may import 'botbuilder'" }],
    },
    {
      filename: at('tab/features/inbox/Inbox.tsx'),
      code: "import { x } from '../../../shared/adapters/store/database.js';",
      options,
      errors: [
        {
          message:
            "the tab layer may not import from the adapters layer ('../../../shared/adapters/store/database.js')",
        },
      ],
    },
    {
      filename: at('tab/features/inbox/Inbox.tsx'),
      code: "import pg from 'pg';",
      options,
      errors: [{ message: "the tab layer runs in the browser too: it may not import server package 'pg'" }],
    },
  ],
});
