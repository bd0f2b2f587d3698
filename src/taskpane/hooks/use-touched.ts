/**
 * Which fields the user has left, so their messages show. A field is marked when it loses
 * focus, but not while a mouse button is down: the message appearing on blur pushes the
 * content below it down, and the button the user is pressing (say 'Maak specificatie')
 * would move away before the click lands. Marking waits until the click is done.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useTouched(): { touched: ReadonlySet<string>; touch: (field: string) => void } {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const pointerDown = useRef(false);
  const pending = useRef<string[]>([]);

  const apply = useCallback((fields: string[]) => {
    if (fields.length === 0) return;
    setTouched((s) => (fields.every((f) => s.has(f)) ? s : new Set([...s, ...fields])));
  }, []);

  useEffect(() => {
    const down = () => {
      pointerDown.current = true;
    };
    const up = () => {
      // After this task, so the click event that follows pointerup has been handled.
      setTimeout(() => {
        pointerDown.current = false;
        const fields = pending.current;
        pending.current = [];
        apply(fields);
      }, 0);
    };
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, [apply]);

  const touch = useCallback(
    (field: string) => {
      if (pointerDown.current) pending.current.push(field);
      else apply([field]);
    },
    [apply],
  );

  return { touched, touch };
}
