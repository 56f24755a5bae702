import { useEffect } from 'react';

/** Sets `<title>` to "<page> · Mercato" (or just "Mercato") while the page is shown. */
export function useDocumentTitle(page?: string): void {
  useEffect(() => {
    document.title = page ? `${page} · Mercato` : 'Mercato';
  }, [page]);
}
