// All sentence-level matchers, in catalogue order.
import { BLAME_RULES } from "./blame";
import { MODAL_COUNTERFACTUAL_RULES } from "./counterfactual";
import { JUDGMENT_COUNTERFACTUAL_RULES } from "./counterfactual-judgment";
import { HINDSIGHT_RULES } from "./hindsight";
import { HUMAN_ERROR_RULES } from "./human-error";
import { PASSIVE_BLAME_RULES } from "./passive-blame";
import { REMEDY_RULES } from "./remedies";
import { ROOT_CAUSE_RULES } from "./root-cause";
import type { RuleMatcher } from "./shared";

export const MATCHERS: readonly RuleMatcher[] = [
  ...MODAL_COUNTERFACTUAL_RULES,
  ...JUDGMENT_COUNTERFACTUAL_RULES,
  ...HUMAN_ERROR_RULES,
  ...REMEDY_RULES,
  ...BLAME_RULES,
  ...HINDSIGHT_RULES,
  ...ROOT_CAUSE_RULES,
  ...PASSIVE_BLAME_RULES,
];
