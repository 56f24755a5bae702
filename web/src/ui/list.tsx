/**
 * What every paginated list page shares: filters kept in the URL, a search box
 * that writes to it, and the states of a DRF-style page of results (loading,
 * failed with a retry, empty, the rows, the pager).
 */
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Loaded } from '../lib/query.js';
import { nextParams, readPage } from '../lib/url-state.js';
import { LoadStatus } from './feedback.js';
import { SearchBox } from './forms.js';
import { Pagination } from './pagination.js';

export interface UrlFilters {
  params: URLSearchParams;
  page: number;
  /** A string that changes whenever a filter or the page does (part of a query key). */
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
  list: Loaded<PageOf<T>>;
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
      <LoadStatus state={list} loadingLabel={loadingLabel} />
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

/**
 * A whole list page: the heading with its line of context and actions, the
 * filter bar, notices, then the paged results (loading, problem, empty state,
 * the rows, the pager).
 */
export function ListPage<T>({
  titleId,
  title,
  intro,
  actions,
  filterBar,
  notices,
  list,
  filters,
  pageSize,
  pagerLabel,
  loadingLabel,
  empty,
  dialogs,
  children,
}: {
  titleId: string;
  title: string;
  intro?: ReactNode;
  /** Buttons next to the heading ("Add a user"). */
  actions?: ReactNode;
  filterBar?: ReactNode;
  /** Success and failure messages of the page's actions. */
  notices?: ReactNode;
  list: Loaded<PageOf<T>>;
  filters: Pick<UrlFilters, 'page' | 'update'>;
  pageSize: number;
  pagerLabel: string;
  loadingLabel: string;
  empty: ReactNode;
  /** The page's open dialog, if any. */
  dialogs?: ReactNode;
  children: (results: T[], busy: boolean) => ReactNode;
}) {
  return (
    <section aria-labelledby={titleId} className="page">
      <header className={actions ? 'page__head page__head--row' : 'page__head'}>
        <div>
          <h1 id={titleId}>{title}</h1>
          {intro ? <p className="muted">{intro}</p> : null}
        </div>
        {actions}
      </header>
      {filterBar}
      {notices}
      <PagedList
        list={list}
        filters={filters}
        pageSize={pageSize}
        label={pagerLabel}
        loadingLabel={loadingLabel}
        empty={empty}
      >
        {children}
      </PagedList>
      {dialogs}
    </section>
  );
}
