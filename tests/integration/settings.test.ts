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
    expect(await getLanguageSettings()).toEqual({ allowWords: [], disabledRules: [], people: [] });
    const [finding] = analyze(SENTENCE, { section: "summary" });
    expect(finding).toBeDefined();
    const admin = await makeUser("admin");
    await updateLanguageSettings(admin, {
      allowWords: ["Blame Tracker", " ", "Blame Tracker"],
      disabledRules: [finding!.ruleId],
    });
    const saved = await getLanguageSettings();
    expect(saved).toEqual({
      allowWords: ["Blame Tracker"],
      disabledRules: [finding!.ruleId],
      people: [],
    });
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

  it("teach the check the team's names", async () => {
    const admin = await makeUser("admin");
    const sentence = "Wanjiru did not verify the backup before the failover.";
    const before = buildReadinessReport(
      texts(sentence),
      new Set(),
      toTeamSettings(await getLanguageSettings()),
    );
    await updateLanguageSettings(admin, {
      allowWords: [],
      disabledRules: [],
      people: ["Wanjiru", ""],
    });
    const saved = await getLanguageSettings();
    expect(saved.people).toEqual(["Wanjiru"]);
    const after = buildReadinessReport(texts(sentence), new Set(), toTeamSettings(saved));
    expect(after.findings.length).toBeGreaterThan(before.findings.length);
  });
});
