/** The capacity and cost planner behind `leadstream plan`. */
export {
  computePlan,
  maxBatchUnderPayload,
  type Plan,
  type PlanInput,
  provisionedShards,
  slotModel,
  type Warning,
} from './compute.js';
export { formatPlan } from './format.js';
export * as limits from './limits.js';
export { DEFAULT_PRICING_PATH, loadPricing, type Pricing, parsePricing } from './pricing.js';
export {
  DEFAULT_PROFILE,
  loadProfile,
  type ProcessorProfile,
  processorProfileSchema,
  profilePath,
} from './profile.js';
