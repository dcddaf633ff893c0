// Home: what the level allows, the open tickets, the company's open warnings for the levels they
// reach, and the coupons.
import {h, page, table, when} from '../../../common/js/dom.js';
import {ApiError, get, query} from '../../../common/js/api.js';
import {t} from '../../../common/js/texts.js';
import {allowedList, couponTable, section, ticketLink} from './common.js';

/** The company's open warnings, or null where the level does not receive them (the API decides). */
async function openWarnings(context) {
  try {
    return (await get(context.company('warnings'))).items;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      return null;
    }
    throw error;
  }
}

export default async function home(root, context) {
  const {me} = context;
  const [profile, tickets, warnings] = await Promise.all([get('me/profile'),
    get('tickets' + query({scope: 'mine', limit: 20})), openWarnings(context)]);
  page(root, t('home.title'),
      h('p', {class: 'lead'}, t('home.welcome', {name: me.fullName, company: me.company.name,
        level: context.levelName(me.level)})),
      warnings === null ? null : section('warnings-heading', t('home.warnings'),
          table(t('home.warningsCaption'), [
            [t('column.warning'), w => h('span', {}, h('strong', {}, w.message), h('br'), h('code', {}, w.code))],
            [t('column.since'), w => when(w.since)]], warnings, t('home.noWarnings'))),
      section('tickets-heading', t('home.tickets'),
          table(t('home.ticketsCaption'), [[t('column.number'), x => x.number], [t('column.subject'), ticketLink],
            [t('column.status'), x => t(`status.${x.status}`)], [t('column.opened'), x => when(x.createdAt)]],
          tickets.items.filter(x => x.status !== 'CLOSED'), t('home.noTickets')),
          h('p', {}, h('a', {href: '#/tickets'}, t('home.allTickets')))),
      section('coupons-heading', t('home.coupons'), h('p', {}, t('home.couponsUse')), couponTable(profile.coupons)),
      section('allowed-heading', t('home.allowed'), allowedList(profile.allowed)));
}
