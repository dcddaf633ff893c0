// The page registry: each page of an application is one module, registered with its route, its
// label in the navigation and what a signed-in person needs to open it. The shell asks the
// registry which pages to list and which page a route opens; it never names a page itself.

export function createRegistry() {
  const pages = [];

  return {
    /**
     * `route` the first part of the location's hash; `label` the text of its link; `opens(context)`
     * whether the signed-in person may open it; `load()` imports its module, whose default export
     * draws the page: render(root, context, ...the route's further parts).
     */
    add(route, {label, opens = () => true, load, inNavigation = true}) {
      pages.push({route, label, opens, load, inNavigation});
      return this;
    },
    /** The pages the navigation lists for this person, in the order they were added. */
    navigation(context) {
      return pages.filter(page => page.inNavigation && page.opens(context));
    },
    find(route) {
      return pages.find(page => page.route === route) || null;
    },
  };
}

/** The location's hash as a route: `#/tickets/42?company=7` gives {name: 'tickets', parts: ['42'], query}. */
export function currentRoute(fallback) {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...parts] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return {name: name || fallback, parts, query: new URLSearchParams(search)};
}

/** Marks the navigation's link of the page shown (`aria-current`), and only it. */
export function markCurrent(route) {
  document.querySelectorAll('nav a[data-route]').forEach(link => {
    if (link.dataset.route === route) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
}
