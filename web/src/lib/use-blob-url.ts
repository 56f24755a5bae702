/**
 * Images and downloads from the API, loaded through the API client: an
 * `<img src="/api/...">` or a plain link cannot send `X-Client-ID`, so with
 * `REQUIRE_API_CLIENT=true` the server would refuse them. These fetch the bytes
 * with the client's headers and hand the page a `blob:` URL instead.
 */
import { useEffect, useState } from 'react';

/** A `blob:` URL for what `load` fetches (again whenever `key` changes), or undefined until it is there. */
export function useBlobUrl(
  key: string | undefined,
  load: (signal: AbortSignal) => Promise<Blob | undefined>,
): string | undefined {
  const [url, setUrl] = useState<string | undefined>();
  const [loader] = useState(() => ({ load }));
  loader.load = load;
  useEffect(() => {
    if (key === undefined) return;
    const controller = new AbortController();
    let made: string | undefined;
    loader
      .load(controller.signal)
      .then((blob) => {
        if (!blob || controller.signal.aborted) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch(() => {});
    return () => {
      controller.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [key, loader]);
  return url;
}

/** Fetches a file with `load` and saves it as `filename`, as a `download` link would. */
export async function downloadBlob(
  load: () => Promise<Blob | undefined>,
  filename: string,
): Promise<boolean> {
  const blob = await load();
  if (!blob) return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
