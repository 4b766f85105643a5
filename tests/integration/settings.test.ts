import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/language";
import { buildReadinessReport } from "@/lib/language-review/readiness";
import {
  getLanguageSettings,
  toTeamSettings,
  updateLanguageSettings,
} from "@/lib/settings/language-settings";
import { makeUser } from "./factories";

const SENTENCE = "The on-call engineer should have checked the dashboard.";
const texts = (summary: string) => ({
  narrativeBlocks: [],
  summary,
  impact: "",
  contributingFactors: [],
  luckyNotes: [],
  actionItems: [],
});

describe("team language settings", () => {
  it("start empty, are saved by admins, and switch rules off in readiness reports", async () => {
    expect(await getLanguageSettings()).toEqual({ allowWords: [], disabledRules: [] });
    const [finding] = analyze(SENTENCE, { section: "summary" });
    expect(finding).toBeDefined();
    const admin = await makeUser("admin");
    await updateLanguageSettings(admin, {
      allowWords: ["Blame Tracker", " ", "Blame Tracker"],
      disabledRules: [finding!.ruleId],
    });
    const saved = await getLanguageSettings();
    expect(saved).toEqual({ allowWords: ["Blame Tracker"], disabledRules: [finding!.ruleId] });
    const report = buildReadinessReport(texts(SENTENCE), new Set(), toTeamSettings(saved));
    expect(report.findings.map((entry) => entry.ruleId)).not.toContain(finding!.ruleId);
  });

  it("reject unknown rules and hide themselves from non-admins", async () => {
    const admin = await makeUser("admin");
    await expect(
      updateLanguageSettings(admin, { allowWords: [], disabledRules: ["NOPE-99"] }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    const member = await makeUser("member");
    await expect(
      updateLanguageSettings(member, { allowWords: [], disabledRules: [] }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
