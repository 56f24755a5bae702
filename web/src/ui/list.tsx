/**
 * What every paginated list page shares: filters kept in the URL, a search box
 * that writes to it, and the states of a DRF-style page of results (loading,
 * failed with a retry, empty, the rows, the pager).
 */
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { nextParams, readPage } from '../lib/url-state.js';
import type { LoadState } from '../lib/use-async.js';
import { ErrorPanel, Loading } from './feedback.js';
import { SearchBox } from './forms.js';
import { Pagination } from './pagination.js';

export interface UrlFilters {
  params: URLSearchParams;
  page: number;
  /** A string that changes whenever a filter or the page does (a `useLoad` dependency). */
  key: string;
  get: (name: string) => string;
  update: (changes: Record<string, string | number | undefined>) => void;
}

export function useUrlFilters(): UrlFilters {
  const [params, setParams] = useSearchParams();
  return {
    params,
    page: readPage(params),
    key: params.toString(),
    get: (name) => params.get(name) ?? '',
    update: (changes) => setParams(nextParams(params, changes)),
  };
}

/**
 * The filter bar: a search box bound to one URL parameter (written on submit),
 * and the page's other filters as children (they write to the URL as they change).
 */
export function FilterBar({
  filters,
  param = 'search',
  label,
  searchLabel = 'Search',
  button,
  placeholder,
  children,
}: {
  filters: UrlFilters;
  param?: string;
  label: string;
  searchLabel?: string;
  button?: string;
  placeholder?: string;
  children?: ReactNode;
}) {
  const current = filters.get(param);
  const [text, setText] = useState(current);
  // Back and forward change the URL: the box follows.
  useEffect(() => setText(current), [current]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    filters.update({ [param]: text });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={label}>
      <SearchBox
        label={searchLabel}
        id={`filter-${param}`}
        {...(button ? { button } : {})}
        {...(placeholder ? { placeholder } : {})}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {children}
    </form>
  );
}

interface PageOf<T> {
  count: number;
  results: T[];
}

/** Loading, error with retry, empty, the results (kept while the next page loads), and the pager. */
export function PagedList<T>({
  list,
  filters,
  pageSize,
  label,
  loadingLabel,
  empty,
  children,
}: {
  list: LoadState<PageOf<T>> & { reload: () => void };
  /** Where the page number lives. */
  filters: Pick<UrlFilters, 'page' | 'update'>;
  pageSize: number;
  /** Names the pager ("Order pages"). */
  label: string;
  loadingLabel: string;
  empty: ReactNode;
  children: (results: T[], busy: boolean) => ReactNode;
}) {
  const data = list.data;
  return (
    <>
      {list.status === 'error' ? <ErrorPanel problem={list.problem} onRetry={list.reload} /> : null}
      {!data && list.status === 'loading' ? <Loading label={loadingLabel} /> : null}
      {data && data.results.length === 0 ? <div className="empty">{empty}</div> : null}
      {data && data.results.length > 0 ? children(data.results, list.status === 'loading') : null}
      {data ? (
        <Pagination
          label={label}
          page={filters.page}
          pageSize={pageSize}
          count={data.count}
          onPage={(page) => filters.update({ page })}
        />
      ) : null}
    </>
  );
}

/** A list table: a caption for screen readers, the column headings, the rows (cards on phones). */
export function Table({
  caption,
  columns,
  busy,
  children,
}: {
  caption: string;
  /** Headings; an empty string is an unlabelled actions column. */
  columns: readonly string[];
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <table className="table" aria-busy={busy || undefined}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column || 'actions'} scope="col">
              {column || <span className="visually-hidden">Actions</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
