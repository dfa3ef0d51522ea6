/**
 * A stand-in for a plain mesibo backend in unit tests: it answers only the four documented user ops
 * (useradd, userset, userdel, usersget) in mesibo's shapes, and refuses every other op, `capabilities`
 * included, as mesibo refuses an op it does not know (`result: false` with a string error). Its users
 * carry what mesibo's user parameters hold (uid, address, active, profile) and none of the console's
 * extensions (no version, times, presence, parent or permissions in the answer).
 */
export interface PlainMesiboUser {
  uid: number;
  address: string;
  active?: boolean;
  /** mesibo's profile fields: name, image, tn, status, description. */
  profile?: Record<string, string>;
}

interface Request {
  op?: unknown;
  token?: unknown;
  count?: unknown;
  user?: {
    uid?: number;
    address?: string;
    active?: boolean;
    name?: string;
    linked?: boolean;
    token?: Record<string, unknown>;
    profile?: Record<string, unknown> & { update?: boolean; remove?: boolean };
  };
}

const PROFILE_FIELDS = ['name', 'image', 'tn', 'status', 'description'] as const;

export interface PlainMesiboBackend {
  fetch: typeof fetch;
  /** Every request body received, in order. */
  requests: Request[];
  get(uid: number): PlainMesiboUser | undefined;
}

export function createPlainMesiboBackend(appToken: string, seed: readonly PlainMesiboUser[]): PlainMesiboBackend {
  const users = new Map(seed.map((user) => [user.uid, structuredClone(user)]));
  let nextUid = Math.max(0, ...users.keys()) + 1;
  const requests: Request[] = [];

  function find(user: Request['user']): PlainMesiboUser | undefined {
    if (user?.uid !== undefined) return users.get(user.uid);
    return [...users.values()].find((each) => each.address === user?.address);
  }

  function change(user: PlainMesiboUser, request: NonNullable<Request['user']>): void {
    if (request.active !== undefined) user.active = request.active;
    const params = request.profile;
    if (params?.remove) {
      delete user.profile;
    } else if (params) {
      const fields = Object.fromEntries(
        PROFILE_FIELDS.flatMap((field) => (typeof params[field] === 'string' ? [[field, params[field]]] : [])),
      );
      user.profile = params.update ? { ...user.profile, ...fields } : fields;
    }
    if (request.name !== undefined) user.profile = { ...user.profile, name: request.name };
  }

  function answer(body: Request): Record<string, unknown> {
    const { op } = body;
    const refuse = (error: string) => ({ op, result: false, error });
    if (body.token !== appToken) return refuse('invalid token');
    const request = body.user;
    switch (op) {
      case 'usersget': {
        const count = typeof body.count === 'number' ? body.count : 20;
        let found = [...users.values()].sort((a, b) => a.uid - b.uid);
        if (request?.uid !== undefined) found = found.filter((user) => user.uid === request.uid);
        else if (request?.address !== undefined) found = found.filter((user) => wildcard(request.address as string).test(user.address));
        return { op, result: true, users: found.slice(0, count) };
      }
      case 'useradd': {
        if (!request?.address) return refuse('address is required');
        const user = find({ address: request.address }) ?? { uid: nextUid++, address: request.address, active: true };
        change(user, request);
        users.set(user.uid, user);
        return { op, result: true, user: { uid: user.uid, address: user.address, ...(request.token ? { token: `plain-token-${user.uid}` } : {}) } };
      }
      case 'userset': {
        const user = find(request);
        if (!user || !request) return refuse('user not found');
        change(user, request);
        return { op, result: true, user: { uid: user.uid, address: user.address } };
      }
      case 'userdel': {
        const user = find(request);
        if (!user) return refuse('user not found');
        users.delete(user.uid);
        return { op, result: true, user: { uid: user.uid } };
      }
      default:
        return refuse('invalid op');
    }
  }

  const plainFetch: typeof fetch = (_input, init) => {
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Request;
    requests.push(body);
    return Promise.resolve(Response.json(answer(body)));
  };
  return { fetch: plainFetch, requests, get: (uid) => users.get(uid) };
}

/** mesibo's address pattern: `*` matches any run of characters, the rest literally. */
function wildcard(pattern: string): RegExp {
  const literal = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`);
}
