import type { LeadLayout } from '../types.js';
import { LAYOUTS_A } from './a.js';
import { LAYOUTS_B } from './b.js';
import { LAYOUTS_C } from './c.js';
import { LAYOUTS_D } from './d.js';

export const LEAD_LAYOUTS: LeadLayout[] = [...LAYOUTS_A, ...LAYOUTS_B, ...LAYOUTS_C, ...LAYOUTS_D];
