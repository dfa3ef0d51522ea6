import { describe, expect, it } from 'vitest';
import { auditFiltersFormSchema, noAuditFilters, parseAuditSearch, toAuditFilter, toAuditSearchParams, userRefOf } from './url-state.ts';

const parse = (query: string) => parseAuditSearch(new URLSearchParams(query));

describe('the audit log’s filters in the URL', () => {
  it('reads each filter and writes back only those that are set', () => {
    const { search, notes } = parse('operator=Ada&user=bob%40example.com&action=userset&from=2026-06-01T09:30&to=2026-06-02T18:00');
    expect(notes).toEqual([]);
    expect(search).toEqual({ operator: 'Ada', user: 'bob@example.com', action: 'userset', from: '2026-06-01T09:30', to: '2026-06-02T18:00' });
    expect(toAuditSearchParams(search).toString()).toBe('operator=Ada&user=bob%40example.com&action=userset&from=2026-06-01T09%3A30&to=2026-06-02T18%3A00');
    expect(toAuditSearchParams(noAuditFilters).toString()).toBe('');
  });

  it('leaves out each malformed value with a note, keeping the rest', () => {
    const { search, notes } = parse(`action=drop-table&from=yesterday&user=a*b&operator=${'x'.repeat(65)}&to=2026-06-02T18:00`);
    expect(search).toEqual({ ...noAuditFilters, to: '2026-06-02T18:00' });
    expect(notes).toEqual([
      expect.stringMatching(/^Operator “x{40}…” was left out: Operator must be at most 64 characters\.$/),
      'User “a*b” was left out: User must be a uid (digits only) or one exact address (no * or spaces).',
      'Action “drop-table” was left out: Action must be one of the listed actions.',
      'From “yesterday” was left out: From must be a date and time like 2026-06-01T09:30.',
    ]);
    expect(parse('from=2026-02-30T10:00').notes).toEqual(['From “2026-02-30T10:00” was left out: From is not a real date and time.']);
  });

  it('drops a time range that ends before it starts, saying so', () => {
    const { search, notes } = parse('from=2026-06-02T10:00&to=2026-06-01T10:00&action=userdel');
    expect(search).toEqual({ ...noAuditFilters, action: 'userdel' });
    expect(notes).toEqual(['The time range was left out: To (2026-06-01T10:00) is before From (2026-06-02T10:00).']);
    const form = auditFiltersFormSchema.safeParse({ ...noAuditFilters, from: '2026-06-02T10:00', to: '2026-06-01T10:00' });
    expect(form.success ? [] : form.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['to', 'To must not be before From']]);
  });

  it('tells a uid from an address', () => {
    expect(userRefOf('')).toEqual({ kind: 'none' });
    expect(userRefOf('42')).toEqual({ kind: 'uid', uid: 42 });
    expect(userRefOf('ada@example.com')).toEqual({ kind: 'address', address: 'ada@example.com' });
    expect(userRefOf('+14155550123')).toEqual({ kind: 'address', address: '+14155550123' });
  });

  it('turns the filters into an auditget filter; “To” includes its whole minute, in local time', () => {
    const search = { operator: 'sam', user: '7', action: 'userset', from: '2026-06-01T09:30', to: '2026-06-01T09:45' } as const;
    expect(toAuditFilter(search, 7)).toEqual({
      operator: 'sam',
      uid: 7,
      op: 'userset',
      from: new Date(2026, 5, 1, 9, 30).getTime(),
      to: new Date(2026, 5, 1, 9, 45, 59, 999).getTime(),
    });
    expect(toAuditFilter(noAuditFilters, undefined)).toEqual({});
  });
});
