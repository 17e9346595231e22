/** The window's inner height, followed while `active` (presentation scales its type by it). */
import { useEffect, useState } from 'react';

export function useWindowHeight(active: boolean): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    if (!active) return;
    const update = () => setHeight(window.innerHeight);
    update(); // entering fullscreen may already have changed it
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [active]);
  return height;
}
