/** The WorkbookHost reaches components through context, so tests can hand in a fake. */
import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbookHost } from '../host/host';

const HostContext = createContext<WorkbookHost | null>(null);

export function HostProvider({ host, children }: { host: WorkbookHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): WorkbookHost {
  const h = useContext(HostContext);
  if (!h) throw new Error('useHost outside HostProvider');
  return h;
}
