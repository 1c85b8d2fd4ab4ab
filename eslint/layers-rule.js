// Enforces the dependency direction of docs/architecture.md:
// domain <- ports <- app <- adapters/bot/tab, only bot/ imports botbuilder, the tab imports no server code.
import path from 'node:path';

/** Layers, most specific prefix first. `internal` lists the layers a file may import from;
 *  `packages` says which bare imports (npm packages and node: builtins) it may use. */
export const LAYERS = [
  { name: 'domain', prefix: 'shared/domain/', internal: ['domain'], packages: 'none' },
  { name: 'ports', prefix: 'shared/ports/', internal: ['domain', 'ports'], packages: 'none' },
  { name: 'app', prefix: 'shared/app/', internal: ['domain', 'ports', 'app', 'i18n'], packages: 'none' },
  { name: 'i18n', prefix: 'shared/i18n/', internal: ['i18n'], packages: 'none' },
  { name: 'contract', prefix: 'shared/contract/', internal: ['domain', 'contract'], packages: 'some' },
  {
    name: 'client',
    prefix: 'shared/client/',
    internal: ['domain', 'contract', 'client', 'i18n'],
    packages: 'some',
  },
  {
    name: 'adapters',
    prefix: 'shared/adapters/',
    internal: ['domain', 'ports', 'app', 'contract', 'i18n', 'adapters'],
    packages: 'server',
  },
  { name: 'bot', prefix: 'bot/', internal: '*', packages: 'bot' },
  {
    name: 'tab',
    prefix: 'tab/',
    internal: ['domain', 'contract', 'client', 'i18n', 'tab'],
    packages: 'browser',
  },
  { name: 'emulator', prefix: 'emulator/', internal: ['emulator'], packages: 'server' },
];

const BOT_ONLY = [/^botbuilder(-|$|\/)/, /^botframework-/];
const SERVER_ONLY = [
  /^restify/,
  /^pg$/,
  /^@electric-sql\/pglite/,
  /^drizzle-orm/,
  /^@azure\/msal-node/,
  /^node:/,
];

function layerOf(relativePath) {
  const normalized = relativePath.split(path.sep).join('/');
  return LAYERS.find((layer) => normalized.startsWith(layer.prefix));
}

function packageVerdict(layer, source) {
  if (layer.packages === 'none') return `the ${layer.name} layer is pure: it may not import '${source}'`;
  if (layer.packages !== 'bot' && BOT_ONLY.some((re) => re.test(source)))
    return `only bot/ may import '${source}'`;
  if (
    (layer.packages === 'browser' || layer.packages === 'some') &&
    SERVER_ONLY.some((re) => re.test(source))
  )
    return `the ${layer.name} layer runs in the browser too: it may not import server package '${source}'`;
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports in the direction of the architecture layers' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { forbidden: '{{reason}}' },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    if (!from) return {};

    function check(node, source) {
      if (typeof source !== 'string') return;
      let reason;
      if (source.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(context.filename), source));
        const to = layerOf(target);
        if (to && from.internal !== '*' && !from.internal.includes(to.name))
          reason = `the ${from.name} layer may not import from the ${to.name} layer ('${source}')`;
        else if (!to && target.startsWith('..')) reason = `'${source}' reaches outside the project`;
      } else {
        reason = packageVerdict(from, source);
      }
      if (reason) context.report({ node, messageId: 'forbidden', data: { reason } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { layers: layersRule } };
