export { OwnershipGraphBuilder, type OwnershipGraph, type ShareBounds } from './graph.ts';
export { integrateOwnership, DEFAULT_LIMITS, type IntegratedOwnership, type IntegrationLimits, type UltimateShare, type Unresolved } from './integrate.ts';
export { BeneficialOwnerRule, BeneficialOwnerRules, classifyShare, exemptByCommitment, ruleInForce, type OwnerClass } from './rules.ts';
export { partyKey, registeredHoldings, type DirectHolding, type RegisteredInvestor } from './register-holdings.ts';
