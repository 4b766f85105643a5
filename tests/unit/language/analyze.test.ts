import { describe, expect, it } from "vitest";
import { analyze } from "../../../lib/language/analyze";
import { RULES } from "../../../lib/language/catalogue";
import { CATEGORIES } from "../../../lib/language/types";
import { ruleIds } from "./helpers";

describe("analyze: offsets and finding shape", () => {
  it("returns UTF-16 offsets whose slice is the excerpt, even after emoji and accents", () => {
    const text = "🔥 Incident at café 🚒. The on-call engineer should have checked replica lag.";
    const [finding] = analyze(text);
    expect(finding?.ruleId).toBe("CF-01");
    expect(finding?.excerpt).toBe("should have checked");
    expect(text.slice(finding?.start, finding?.end)).toBe(finding?.excerpt);
    expect(text.slice(finding?.sentenceStart, finding?.sentenceEnd)).toBe(
      "The on-call engineer should have checked replica lag.",
    );
  });

  it("fills message, question and source from the catalogue", () => {
    const [finding] = analyze("The outage was due to operator error.");
    const rule = RULES.find((entry) => entry.id === "HE-01");
    expect(finding).toMatchObject({
      ruleId: "HE-01",
      category: "human_error",
      severity: "warning",
      message: rule?.message,
      question: rule?.question,
      source: rule?.source,
      quoted: false,
    });
    expect(finding?.source).toContain("Dekker");
  });

  it("finds several sentences in one paragraph and keeps them in order", () => {
    const text =
      "The runbook was not followed. Obviously the flag was wrong. Nothing else happened.";
    expect(ruleIds(text)).toEqual(["PB-01", "HM-01"]);
  });

  it("returns nothing for empty or neutral text", () => {
    expect(analyze("")).toEqual([]);
    expect(analyze("The cache hit ratio dropped to 40% at 14:02 and recovered by 14:20.")).toEqual(
      [],
    );
  });
});

describe("analyze: gates", () => {
  it("skips inline and fenced code", () => {
    expect(ruleIds("We ran `git push --force # should have checked` on main.")).toEqual([]);
    expect(ruleIds("```\nhuman error\n```\nThe deploy finished.")).toEqual([]);
    expect(ruleIds("The `forget` subcommand removed the node.")).toEqual([]);
  });

  it("never flags questions except culprit questions", () => {
    expect(ruleIds("Should the engineer have checked replica lag?")).toEqual([]);
    expect(ruleIds("What made the failed-to-escalate path likely?")).toEqual([]);
    expect(ruleIds("Who approved this change?")).toEqual(["BJ-07"]);
  });

  it("downgrades quoted speech to info and drops quoted mentions of a term", () => {
    const [speech] = analyze('Dana said, "I should have checked the target cluster first."');
    expect(speech).toMatchObject({ ruleId: "CF-01", severity: "info", quoted: true });
    expect(analyze("Our template has no “human error” field any more.")).toEqual([]);
    expect(analyze('We retired the "root cause" section.')).toEqual([]);
  });

  it("treats system subjects differently from people", () => {
    expect(ruleIds("The DNS record failed to resolve for ten minutes.")).toEqual([]);
    expect(ruleIds("The on-call engineer failed to escalate.")).toEqual(["CF-07"]);
    expect(ruleIds("Kafka did not verify the offsets.")).toEqual([]);
    expect(ruleIds("Priya did not verify the offsets.")).toEqual(["CF-08"]);
  });
});

describe("analyze: sections", () => {
  it("allows forward-looking should in action items, but not should-have without a deadline", () => {
    expect(ruleIds("The alert should link to the runbook.", { section: "action_item" })).toEqual(
      [],
    );
    expect(
      ruleIds("The runbook should have been updated by Friday.", { section: "action_item" }),
    ).toEqual([]);
    expect(ruleIds("The runbook should have been updated.", { section: "action_item" })).toEqual([
      "CF-01",
    ]);
  });

  it("leaves names in the timeline alone", () => {
    expect(
      analyze("14:02 Alice paged DB; 14:05 Bob restarted the primary.", { section: "timeline" }),
    ).toEqual([]);
  });
});

describe("analyze: team settings", () => {
  it("switches rules off by id", () => {
    const settings = { disabledRules: ["HM-01"] };
    expect(ruleIds("Obviously the flag was wrong.", { settings })).toEqual([]);
    expect(ruleIds("Obviously the flag was wrong.")).toEqual(["HM-01"]);
  });

  it("never flags allow-listed product names and treats them as systems", () => {
    const settings = { allowWords: ["Careless Whisper", "Ravi"] };
    expect(ruleIds("Careless Whisper rejected the config.", { settings })).toEqual([]);
    expect(ruleIds("Careless Whisper rejected the config.")).toEqual(["BJ-01"]);
    expect(ruleIds("Ravi failed to sync the shards.", { settings })).toEqual([]);
    expect(ruleIds("Ravi failed to sync the shards.")).toEqual(["CF-07"]);
  });

  it("counts the team's own names as people", () => {
    expect(ruleIds("Zbigniew failed to escalate.", { settings: { people: ["Zbigniew"] } })).toEqual(
      ["CF-07"],
    );
  });
});

describe("catalogue", () => {
  it("lists every rule once with all fields filled and a valid category", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(39);
    for (const rule of RULES) {
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.question.endsWith("?")).toBe(true);
      expect(rule.message.length).toBeGreaterThan(10);
      expect(rule.source.length).toBeGreaterThan(5);
    }
  });
});

describe("analyze: quotations", () => {
  it("keeps short first-person speech visible at info severity", () => {
    const [finding] = analyze("Maria said 'I broke it' on the bridge call.");
    expect(finding).toMatchObject({ ruleId: "HE-03", severity: "info", quoted: true });
  });

  it("drops a quoted term used as a name", () => {
    expect(analyze("The ‘careless’ label was removed from the template.")).toEqual([]);
  });
});

describe("analyze: ordinary technical prose stays quiet", () => {
  it.each([
    "Thanks to Andrew Martens for the OAuth2 header support.",
    "Because of the simplicity, you can use a repository as a template registry.",
    "Never wait for networkidle in end-to-end tests.",
    "The code is more explicitly and clearly referencing a built-in module.",
    "Determine the underlying cause of the failure by examining the logs.",
    "All you need to do is import it using require.",
    "Node versions before 0.10 are not tested on Windows.",
    "You must be careful, as some types accept any input.",
    "If you didn't see this warning, nothing needs to change.",
  ])("%s", (text) => {
    expect(ruleIds(text)).toEqual([]);
  });
});
