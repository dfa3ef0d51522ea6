import type { Contact } from '../../src/contract/index.ts';

/** Each user's contacts by contact address, with a reverse index so deletions can clean up references. */
export class ContactBook {
  private readonly byOwner = new Map<number, Map<string, Contact>>();
  private readonly ownersOf = new Map<string, Set<number>>();

  set(owner: number, contact: Contact): void {
    let contacts = this.byOwner.get(owner);
    if (!contacts) {
      contacts = new Map();
      this.byOwner.set(owner, contacts);
    }
    contacts.set(contact.address, contact);
    let owners = this.ownersOf.get(contact.address);
    if (!owners) {
      owners = new Set();
      this.ownersOf.set(contact.address, owners);
    }
    owners.add(owner);
  }

  get(owner: number, address: string): Contact | undefined {
    return this.byOwner.get(owner)?.get(address);
  }

  remove(owner: number, address: string): boolean {
    const removed = this.byOwner.get(owner)?.delete(address) ?? false;
    if (this.byOwner.get(owner)?.size === 0) this.byOwner.delete(owner);
    const owners = this.ownersOf.get(address);
    owners?.delete(owner);
    if (owners?.size === 0) this.ownersOf.delete(address);
    return removed;
  }

  contactsOf(owner: number): Contact[] {
    return [...(this.byOwner.get(owner)?.values() ?? [])];
  }

  /** Users who have `address` among their contacts. */
  ownersOfAddress(address: string): number[] {
    return [...(this.ownersOf.get(address) ?? [])];
  }

  /** Forgets a deleted user: its own contacts and every contact entry naming it. */
  forget(owner: number, address: string): void {
    for (const contact of this.contactsOf(owner)) this.remove(owner, contact.address);
    for (const other of this.ownersOfAddress(address)) this.remove(other, address);
  }

  entries(): [number, Contact[]][] {
    return [...this.byOwner.entries()].map(([owner, contacts]) => [owner, [...contacts.values()]]);
  }
}
