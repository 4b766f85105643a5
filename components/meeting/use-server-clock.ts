"use client";
// A clock that agrees with the server's: the page carries the server's "now", the browser
// keeps the difference to its own clock and ticks every second. The first render uses the
// server's instant exactly, so the server and browser renders match.
import { useEffect, useState } from "react";

export function useServerClock(serverNow: string): number {
  const serverInstant = Date.parse(serverNow);
  const [now, setNow] = useState(serverInstant);
  useEffect(() => {
    // Measured when the page arrives: off by the time it took to load, well under a second.
    const offset = serverInstant - Date.now();
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [serverInstant]);
  return now;
}
