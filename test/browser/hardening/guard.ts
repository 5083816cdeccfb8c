/**
 * What a host page would notice: uncaught exceptions, unhandled rejections, script that ran from
 * data, and CSP violation reports. A test starts a guard and asserts it stayed quiet.
 */
export interface Guard {
  errors: string[];
  violations: string[];
  stop(): void;
}

declare global {
  interface Window {
    /** Set by a payload that managed to execute. */
    __owPwned?: string[];
  }
}

export function guard(): Guard {
  const g: Guard = { errors: [], violations: [], stop: () => {} };
  const onError = (e: ErrorEvent) => g.errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => g.errors.push(`unhandled rejection: ${String(e.reason)}`);
  const onViolation = (e: SecurityPolicyViolationEvent) => g.violations.push(`${e.effectiveDirective} ${e.blockedURI}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  window.__owPwned = [];
  g.stop = () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('securitypolicyviolation', onViolation);
  };
  return g;
}

/** Lets pending renders, microtasks and a chart draw finish before a guard is read. */
export const settle = (ms = 100) => new Promise((r) => setTimeout(r, ms));

/** Every element in a widget's shadow tree, through nested widgets. */
export function deepElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** The text a reader sees, through nested widgets. */
export function deepText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element) {
        if (child.localName === 'style') continue;
        walk(child.shadowRoot ?? child);
      }
    }
  };
  walk(root.shadowRoot ?? root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Resolves when the widget and every widget inside it has loaded or failed. */
export async function settledDeep(el: Element, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const widgets = [el, ...deepElements(el)].filter((c) => c.localName.includes('-'));
    await Promise.all(widgets.map((c) => (c as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
    if (!widgets.some((c) => c.shadowRoot?.querySelector('[part=loading]'))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`<${el.localName}> still loading after ${timeout} ms`);
}
