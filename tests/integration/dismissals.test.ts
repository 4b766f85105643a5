import { describe, expect, it } from "vitest";
import { listIncidentHistory } from "@/lib/incidents/list-incident-history";
import { dismissFinding, listDismissals, restoreFinding } from "@/lib/language-review/dismissals";
import { makeIncident, makeUser } from "./factories";

const finding = { fingerprint: "CF-01:abc123", ruleId: "CF-01", excerpt: "should have checked" };

describe("language dismissals", () => {
  it("persist per incident, are audited, and can be restored", async () => {
    const user = await makeUser("member", "Maya");
    const reference = await makeIncident(user);
    await dismissFinding(user, reference, { ...finding, reason: "Quoting the pager text" });
    await dismissFinding(user, reference, { ...finding, reason: "Updated reason" });
    const dismissals = await listDismissals(user, reference);
    expect(dismissals).toMatchObject([
      { fingerprint: finding.fingerprint, reason: "Updated reason", dismissedBy: "Maya" },
    ]);
    const [latest] = await listIncidentHistory(user, reference);
    expect(latest?.action).toBe("language.dismissed");
    await restoreFinding(user, reference, { fingerprint: finding.fingerprint });
    expect(await listDismissals(user, reference)).toEqual([]);
  });

  it("answer not found on a restricted incident and refuse viewers", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const reference = await makeIncident(owner, { visibility: "restricted" });
    await expect(listDismissals(outsider, reference)).rejects.toMatchObject({ code: "not_found" });
    await expect(
      dismissFinding(outsider, reference, { ...finding, reason: "" }),
    ).rejects.toMatchObject({ code: "not_found" });
    const viewer = await makeUser("viewer");
    const open = await makeIncident(owner);
    await expect(dismissFinding(viewer, open, { ...finding, reason: "" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
