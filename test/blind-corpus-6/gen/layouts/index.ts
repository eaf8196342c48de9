import type { LeadLayout } from '../types.js';
import { adLayouts } from './ads.js';
import { formLayouts } from './forms.js';
import { mailLayouts } from './mail.js';

export { nonLeadLayouts } from './non-leads.js';
export const leadLayouts: LeadLayout[] = [...adLayouts, ...formLayouts, ...mailLayouts];
