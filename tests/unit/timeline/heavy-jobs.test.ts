// Heavy jobs: at most 2 per person and 3 per server; one more is "busy" with Retry-After,
// and a released slot can be claimed again.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { claimHeavyJob, runHeavyJob } from "@/lib/timeline/heavy-jobs";

function busyMessage(claim: () => unknown): string {
  try {
    claim();
  } catch (error) {
    if (error instanceof AppError && error.code === "busy" && error.retryAfterSeconds)
      return error.userMessage;
    throw error;
  }
  throw new Error("expected busy");
}

describe("heavy-job limits", () => {
  it("allows 2 per person, then says that person is busy", () => {
    const releases = [claimHeavyJob("ada"), claimHeavyJob("ada")];
    expect(busyMessage(() => claimHeavyJob("ada"))).toMatch(/You already have 2/);
    releases.pop()?.();
    const again = claimHeavyJob("ada");
    again();
    for (const release of releases) release();
  });

  it("allows 3 per server, then says the server is busy", () => {
    const releases = [claimHeavyJob("ada"), claimHeavyJob("bob"), claimHeavyJob("cy")];
    expect(busyMessage(() => claimHeavyJob("dee"))).toMatch(/server is busy/);
    for (const release of releases) release();
    claimHeavyJob("dee")();
  });

  it("releases a slot once, even when release is called twice or the job fails", async () => {
    const release = claimHeavyJob("ada");
    release();
    release();
    await expect(runHeavyJob("ada", () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    const held = [claimHeavyJob("ada"), claimHeavyJob("ada")];
    expect(() => claimHeavyJob("ada")).toThrow(AppError);
    for (const r of held) r();
  });
});
