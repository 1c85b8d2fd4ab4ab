import type { VariableName } from './variables.js';

export interface ConfigIssue {
  readonly variable: VariableName;
  /** What is wrong, without the value (it may be a secret). */
  readonly message: string;
}

/** Thrown by loadConfig: lists every bad environment variable by name, never by value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(formatIssues(issues));
    this.issues = Object.freeze([...issues]);
  }
}

function formatIssues(issues: readonly ConfigIssue[]): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.map((issue) => `  ${issue.variable}: ${issue.message}`);
  return [`Invalid configuration (${count}); fix these environment variables:`, ...lines].join('\n');
}
