import { DomainRuleViolation } from '../../shared/domain/shared/domain-error.js';

/** The code of the domain rule `act` violates, or undefined when it passes. Other errors propagate. */
export function ruleOf(act: () => unknown): string | undefined {
  try {
    act();
    return undefined;
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error.code;
    throw error;
  }
}
