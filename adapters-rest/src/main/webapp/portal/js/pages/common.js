// What several of the portal's pages show the same way.
import {day, h, table} from '../../../common/js/dom.js';
import {t} from '../../../common/js/texts.js';

/** A section with its heading, named by it. */
export function section(id, title, ...children) {
  return h('section', {'aria-labelledby': id}, h('h2', {id}, title), ...children);
}

/** The live-session coupon codes, a table named `Coupons`. */
export function couponTable(coupons) {
  return table(t('coupons.caption'), [
    [t('column.code'), c => h('code', {}, c.code)],
    [t('column.kind'), c => c.kind],
    [t('column.validUntil'), c => day(c.validUntil)],
    [t('column.used'), c => (c.usedAt ? day(c.usedAt.slice(0, 10)) : t('coupons.unused'))],
  ], coupons, t('coupons.none'));
}

/** What the membership's level allows, in the API's own sentences. */
export function allowedList(allowed) {
  return h('ul', {class: 'allowed'}, (allowed || []).map(a => h('li', {}, a.text)));
}

/** A ticket's number and subject, the subject a link to the ticket's page. */
export function ticketLink(ticket) {
  return h('a', {href: `#/tickets/${encodeURIComponent(ticket.id)}`}, ticket.subject);
}

/** A button that shows and hides the form below it, saying which it is doing. */
export function toggle(text, content) {
  content.hidden = true;
  const control = h('button', {type: 'button', 'aria-expanded': 'false', class: 'secondary'}, text);
  control.addEventListener('click', () => {
    content.hidden = !content.hidden;
    control.setAttribute('aria-expanded', String(!content.hidden));
    if (!content.hidden) {
      const first = content.querySelector('input, select, textarea');
      if (first) {
        first.focus();
      }
    }
  });
  return [control, content];
}
