import type { Rule } from 'eslint';

export const LAYERS: readonly {
  readonly name: string;
  readonly prefix: string;
  readonly internal: readonly string[] | '*';
  readonly packages: 'none' | 'some' | 'server' | 'bot' | 'browser';
}[];
export const layersRule: Rule.RuleModule;
declare const plugin: { rules: { layers: Rule.RuleModule } };
export default plugin;
