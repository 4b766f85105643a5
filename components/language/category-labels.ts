// How finding categories are named to people.
import type { Category } from "@/lib/language";

export const CATEGORY_LABELS: Record<Category, string> = {
  counterfactual: "Counterfactual",
  human_error: "“Human error” as a cause",
  blame: "Blame",
  hindsight: "Hindsight",
  root_cause: "Single root cause",
  passive_blame: "Passive blame",
};
