import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { UnreadCountResponse } from '../../../../schemas/notifications.ts';
import { api } from '../../api/client.ts';

const CHANGED = 'zimao:notifications-changed';

/** Tells the header badge its count is stale, e.g. after a notification was marked read. */
export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * The signed-in user's unread notifications: asked on each navigation, every minute, and when
 * announced. 0 for the public, and while the count cannot be had (the badge simply hides).
 */
export function useUnreadCount(signedIn: boolean): number {
  const { pathname } = useLocation();
  const [count, setCount] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!signedIn) {
      setCount(0);
      return;
    }
    const controller = new AbortController();
    api
      .get<UnreadCountResponse>('/api/me/notifications/unread-count', undefined, controller.signal)
      .then((r) => setCount(r.unread))
      .catch(() => undefined);
    return () => controller.abort();
  }, [signedIn, pathname, tick]);

  useEffect(() => {
    if (!signedIn) return;
    const refresh = () => setTick((n) => n + 1);
    window.addEventListener(CHANGED, refresh);
    const timer = window.setInterval(refresh, 60_000);
    return () => {
      window.removeEventListener(CHANGED, refresh);
      window.clearInterval(timer);
    };
  }, [signedIn]);

  return count;
}
