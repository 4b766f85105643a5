import { describe, expect, it } from "vitest";
import {
  actionItemFiltersQuery,
  isActionItemOverdue,
  parseActionItemFilters,
} from "@/lib/action-items/action-item-filters";

describe("action-item filters from the URL", () => {
  it("reads every filter and writes them back", () => {
    const filters = parseActionItemFilters(
      new URLSearchParams(
        "owner=mine&status=not_done&due=overdue&dueAfter=2026-01-01&dueBefore=2026-12-31&incident=inc-12&service=checkout",
      ),
    );
    expect(filters).toEqual({
      owner: "mine",
      status: "not_done",
      isOverdue: true,
      dueAfter: "2026-01-01",
      dueBefore: "2026-12-31",
      incident: "INC-12",
      service: "checkout",
    });
    expect(actionItemFiltersQuery(filters)).toBe(
      "?owner=mine&status=not_done&due=overdue&dueAfter=2026-01-01&dueBefore=2026-12-31&incident=INC-12&service=checkout",
    );
  });

  it("ignores values that do not parse instead of failing", () => {
    const filters = parseActionItemFilters({
      status: "finished",
      due: "soon",
      dueAfter: "yesterday",
      incident: "INC-1; DROP TABLE",
      service: ["checkout", "ledger"],
    });
    expect(filters).toEqual({ isOverdue: false, service: "checkout" });
    expect(actionItemFiltersQuery({ isOverdue: false })).toBe("");
  });
});

describe("overdue", () => {
  it.each([
    ["2026-03-01", "open", "2026-03-02", true],
    ["2026-03-01", "in_progress", "2026-03-02", true],
    ["2026-03-01", "done", "2026-03-02", false],
    ["2026-03-02", "open", "2026-03-02", false],
    ["", "open", "2026-03-02", false],
  ])("due %s, %s, today %s → %s", (due, status, today, expected) => {
    expect(isActionItemOverdue(due, status, today)).toBe(expected);
  });
});
