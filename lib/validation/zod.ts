// zod, with messages written for people. Zod's own defaults are written for developers
// ("Too big: expected string to have <=300 characters"); a field that says nothing more
// specific gets one of these instead. Every schema imports z from here, so the messages
// apply in the browser and on the server alike.
import { z } from "zod";

type Issue = z.core.$ZodRawIssue;

const numberFormat = new Intl.NumberFormat("en");

export function messageFor(issue: Issue): string | undefined {
  switch (issue.code) {
    case "too_big": {
      const limit = Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
      const count = numberFormat.format(limit);
      if (issue.origin === "string") return `Keep it to ${count} characters or fewer.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `Keep it to ${count} or fewer.`;
      if (issue.origin === "date") return "Choose an earlier date.";
      return `Use a number no larger than ${count}.`;
    }
    case "too_small": {
      const limit = Number(issue.minimum) + (issue.inclusive === false ? 1 : 0);
      const count = numberFormat.format(limit);
      if (issue.origin === "string") {
        return limit <= 1 ? "This cannot be empty." : `Use at least ${count} characters.`;
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return limit <= 1 ? "Add at least one." : `Add at least ${count}.`;
      }
      if (issue.origin === "date") return "Choose a later date.";
      return `Use a number of at least ${count}.`;
    }
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "This is required.";
      return "This value is not the right kind here.";
    case "invalid_format":
      if (issue.format === "email") return "Enter an email address, like name@example.com.";
      if (issue.format === "url") return "Enter a full web address, starting with https://.";
      if (issue.format === "datetime" || issue.format === "date") return "Enter a valid date.";
      return "This is not in the expected format.";
    case "invalid_value":
      return "Choose one of the offered options.";
    case "not_multiple_of":
      return `Use a multiple of ${String(issue.divisor)}.`;
    case "unrecognized_keys":
      return `Unexpected field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}.`;
    case "invalid_union":
    case "invalid_element":
    case "invalid_key":
      return "This value is not valid here.";
    case "custom":
      // A refinement without its own message.
      return "This value is not valid here.";
  }
}

z.config({ customError: messageFor });

export { z };
