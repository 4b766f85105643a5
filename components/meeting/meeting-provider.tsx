"use client";
// The running meeting as every incident page knows it (provided by the incident layout):
// whether the viewer follows the facilitator, and the facilitator's controls for focusing
// everyone. When the leader's focus changes, a follower's page goes there; any other
// meeting change refreshes the page's data in place. Following is per browser tab
// (sessionStorage), so stopping in one tab leaves another as it was.
import { useRouter } from "next/navigation";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { setMeetingFocusAction } from "@/app/incidents/[reference]/review/actions";
import { useIncidentChanges } from "@/components/live/incident-live";
import type { MeetingBarData } from "@/lib/meetings/get-meeting-bar";
import { focusPath, isFocusKind, type FocusTarget } from "@/lib/meetings/focus-target";

interface MeetingContextValue {
  reference: string;
  meeting: MeetingBarData;
  focus: FocusTarget | null;
  isLeader: boolean;
  isFollowing: boolean;
  stopFollowing: () => void;
  followAgain: () => void;
  focusEveryone: (target: FocusTarget) => Promise<string | null>;
}

const MeetingContext = createContext<MeetingContextValue | null>(null);

const GATHER_MS = 150;
const storageKey = (meetingId: string) => `debrief.meeting.${meetingId}.unfollowed`;

// Following, per tab: sessionStorage, read through an external store so every component
// that shows it agrees and a reload keeps it.
const followListeners = new Set<() => void>();
function subscribeToFollowing(listener: () => void): () => void {
  followListeners.add(listener);
  return () => followListeners.delete(listener);
}
function writeFollowing(meetingId: string, isFollowing: boolean): void {
  if (isFollowing) sessionStorage.removeItem(storageKey(meetingId));
  else sessionStorage.setItem(storageKey(meetingId), "1");
  for (const listener of followListeners) listener();
}

export function MeetingProvider({
  reference,
  viewerId,
  meeting,
  children,
}: {
  reference: string;
  viewerId: string;
  meeting: MeetingBarData | null;
  children: ReactNode;
}) {
  const router = useRouter();
  // The latest focus heard live: the layout's data is not fetched again on navigation.
  const [heardFocus, setHeardFocus] = useState<{ meetingId: string; focus: FocusTarget } | null>(
    null,
  );
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const meetingId = meeting?.id ?? null;
  const isFollowing = useSyncExternalStore(
    subscribeToFollowing,
    () => !meetingId || sessionStorage.getItem(storageKey(meetingId)) !== "1",
    () => true,
  );

  const isLeader = meeting?.leaderId === viewerId;
  const focus =
    heardFocus && heardFocus.meetingId === meetingId ? heardFocus.focus : (meeting?.focus ?? null);

  useIncidentChanges(["meeting"], (change) => {
    const kind = change.detail?.kind;
    if (change.action === "focus" && typeof kind === "string" && isFocusKind(kind)) {
      const id = typeof change.detail?.id === "string" ? change.detail.id : null;
      const target = { kind, id };
      const changedMeeting = String(change.detail?.meetingId ?? "");
      setHeardFocus({ meetingId: changedMeeting, focus: target });
      if (changedMeeting === meetingId && isFollowing && !isLeader) {
        router.push(focusPath(reference, target));
        return;
      }
    }
    // Bursts (several people adding to the parking lot) gather into one refresh.
    if (refreshTimer.current) return;
    refreshTimer.current = setTimeout(() => {
      refreshTimer.current = null;
      router.refresh();
    }, GATHER_MS);
  });

  useEffect(
    () => () => {
      if (refreshTimer.current) clearTimeout(refreshTimer.current);
    },
    [],
  );

  const stopFollowing = useCallback(() => {
    if (!meetingId) return;
    writeFollowing(meetingId, false);
  }, [meetingId]);

  const followAgain = useCallback(() => {
    if (!meetingId) return;
    writeFollowing(meetingId, true);
    if (focus) router.push(focusPath(reference, focus));
  }, [meetingId, focus, reference, router]);

  const focusEveryone = useCallback(
    async (target: FocusTarget): Promise<string | null> => {
      if (!meetingId) return "No meeting is running.";
      try {
        const result = await setMeetingFocusAction(reference, meetingId, target);
        if (result.status === "error") return result.message;
        setHeardFocus({ meetingId, focus: target });
        router.refresh();
        return null;
      } catch {
        return "Debrief could not be reached. Check the connection and try again.";
      }
    },
    [meetingId, reference, router],
  );

  if (!meeting) return <>{children}</>;
  return (
    <MeetingContext.Provider
      value={{
        reference,
        meeting,
        focus,
        isLeader,
        isFollowing,
        stopFollowing,
        followAgain,
        focusEveryone,
      }}
    >
      {children}
    </MeetingContext.Provider>
  );
}

export function useRunningMeeting(): MeetingContextValue | null {
  return useContext(MeetingContext);
}
