import { describe, expect, it } from "vitest";
import {
  keepRestrictedParticipants,
  type Participant,
  type RestrictionContext,
} from "@/lib/incidents/restricted-participants";

function listed(
  visibility: string,
  participants: Participant[],
  context: Partial<RestrictionContext>,
): string[] {
  return keepRestrictedParticipants(
    { visibility, participants },
    {
      editorId: "editor",
      isEditorAdmin: false,
      creatorId: "creator",
      isBecomingRestricted: true,
      ...context,
    },
  ).participants.map((participant) => participant.userId);
}

describe("keepRestrictedParticipants", () => {
  it.each<[string, string, Participant[], Partial<RestrictionContext>, string[]]>([
    ["workspace incidents are left alone", "workspace", [], {}, []],
    ["restricting adds the editor and the creator", "restricted", [], {}, ["editor", "creator"]],
    [
      "an admin who restricts is kept too",
      "restricted",
      [],
      { isEditorAdmin: true },
      ["editor", "creator"],
    ],
    ["a deactivated creator is not added", "restricted", [], { creatorId: null }, ["editor"]],
    [
      "later admin edits may hand it on",
      "restricted",
      [{ userId: "other", role: "facilitator" }],
      { isEditorAdmin: true, isBecomingRestricted: false },
      ["other"],
    ],
    [
      "but never to nobody",
      "restricted",
      [],
      { isEditorAdmin: true, isBecomingRestricted: false },
      ["editor"],
    ],
    [
      "a member editing a restricted incident stays listed",
      "restricted",
      [{ userId: "other", role: "facilitator" }],
      { isBecomingRestricted: false },
      ["other", "editor"],
    ],
  ])("%s", (_name, visibility, participants, context, expected) => {
    expect(listed(visibility, participants, context)).toEqual(expected);
  });
});
