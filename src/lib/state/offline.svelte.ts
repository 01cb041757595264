/** Where the offline copy of the app stands, as shown by the "available offline" indicator. */
export type OfflineStatus =
  /** No service worker: the development server, an old browser, or a page opened from `file://`. */
  | 'unsupported'
  /** The service worker is downloading this version of the app into its cache. */
  | 'saving'
  /** A complete copy is cached: the page loads and works with the network off. */
  | 'ready'
  /** Saving failed (storage full, a file missing on the server): the page still works online. */
  | 'failed';

/**
 * The service worker seen from the page: registers `./sw.js` (next to index.html, so any sub-path
 * works), reports when the offline copy is complete, and offers a newer version when one is waiting.
 */
export class OfflineState {
  status = $state<OfflineStatus>('unsupported');
  /** A newer version is installed and waits for the user to reload. */
  updateReady = $state(false);
  #registration: ServiceWorkerRegistration | null = null;
  #reloadOnChange = false;

  /** Register the worker. Production builds only: the dev server's modules are not one fixed build. */
  async start(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): Promise<void> {
    if (!container || !import.meta.env.PROD) return;
    this.status = 'saving';
    try {
      const registration = await container.register('./sw.js', { scope: './', updateViaCache: 'none' });
      this.#registration = registration;
      container.addEventListener('controllerchange', () => {
        // Only after the user asked for the new version; the first install also changes the controller.
        if (this.#reloadOnChange) location.reload();
      });
      registration.addEventListener('updatefound', () => this.#track(registration, container));
      this.#track(registration, container);
      await container.ready;
      if (this.status === 'saving') this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
  }

  /** Follow the worker being installed: waiting (a new version) or redundant (saving failed). */
  #track(registration: ServiceWorkerRegistration, container: ServiceWorkerContainer): void {
    const update = () => {
      // A waiting worker with a page already controlled is a new version; on a first visit there is none.
      this.updateReady = Boolean(registration.waiting && container.controller);
      if (registration.active && this.status !== 'ready') this.status = 'ready';
    };
    update();
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'redundant' && !registration.active) this.status = 'failed';
      else update();
    });
  }

  /** Switch to the waiting version and reload once it has taken over. */
  applyUpdate(): void {
    const waiting = this.#registration?.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    this.#reloadOnChange = true;
    waiting.postMessage({ type: 'skip-waiting' });
  }
}

/** The page's one offline state. */
export const offline = new OfflineState();
