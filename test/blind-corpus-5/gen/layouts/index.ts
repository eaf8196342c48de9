/** Every lead layout of the corpus, in the order the generator walks them. */
import { LAYOUTS_A } from './a.js';
import { LAYOUTS_B } from './b.js';
import { LAYOUTS_C } from './c.js';

export const LEAD_LAYOUTS = [...LAYOUTS_A, ...LAYOUTS_B, ...LAYOUTS_C];
