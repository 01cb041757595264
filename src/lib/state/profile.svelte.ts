/**
 * Which customer's profile is open, one for the whole app: any list (customers, at-risk, a cohort
 * cell's customers) opens it, and closing returns focus to what opened it.
 */
class ProfileState {
  /** The open customer's id (the user's text: shown as text, queried through literal()). */
  id = $state<string | null>(null);
  #opener: HTMLElement | null = null;

  open(id: string, opener: EventTarget | null = null): void {
    this.#opener = opener instanceof HTMLElement ? opener : null;
    this.id = id;
  }

  close(): void {
    this.id = null;
    const back = this.#opener;
    this.#opener = null;
    // The opener may have been scrolled out of a virtual list; focus only what is still on the page.
    if (back?.isConnected) back.focus();
  }
}

export const profile = new ProfileState();
